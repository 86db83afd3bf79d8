/**
 * `export --org ID`: the live organization's managed settings as a policy file that
 * validates, so that `export` then `plan` on it shows no changes. Revocation rules are not
 * exported: they exist only in policy, the live organization has sessions, not rules.
 */
import { writeFileSync } from "node:fs";
import { resolve } from "node:path";
import { stringify } from "yaml";
import { ExitCode } from "../../exit-codes";
import { formatSessionLength, parseSessionLength } from "../../policy/duration";
import { exportedPolicy, exportWritten, unexportableSessionLength } from "../../reconcile/messages";
import { withApiSession } from "../api-session";
import type { CommandContext } from "../io";
import type { ExportOptions } from "../options";

/** The schema line editors read to autocomplete and check the exported file. */
export const POLICY_SCHEMA_URL = "https://nordpass-policy.example/schemas/policy.schema.json";

export async function execute(
  _args: string[],
  options: ExportOptions,
  context: CommandContext,
): Promise<number> {
  return withApiSession(options, context, async (session) => {
    const settings = await session.api.getAuthenticationSettings(options.org);
    const text = policyText(
      options.org,
      settings.sessionLengthSeconds,
      new Date(),
      session.context,
    );
    if (options.out === undefined) {
      session.context.io.stdout.write(text);
    } else {
      writeFileSync(resolve(session.context.io.cwd, options.out), text);
      session.context.logger.info(exportWritten(options.org, options.out));
    }
    return ExitCode.Ok;
  });
}

function policyText(
  organization: string,
  sessionLengthSeconds: number,
  now: Date,
  context: CommandContext,
): string {
  const sessionLength = formatSessionLength(sessionLengthSeconds);
  const expressible = !("error" in parseSessionLength(sessionLength));
  if (!expressible)
    context.logger.warn(unexportableSessionLength(organization, sessionLengthSeconds));

  const document = expressible
    ? { version: 1, organization, sessionLength }
    : { version: 1, organization };
  return (
    `# yaml-language-server: $schema=${POLICY_SCHEMA_URL}\n` +
    exportedPolicy(organization, now.toISOString())
      .split("\n")
      .map((line) => `# ${line}\n`)
      .join("") +
    stringify(document)
  );
}

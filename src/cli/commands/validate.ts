/**
 * `validate PATH...`: parse and check policies offline. Problems go to stderr like a
 * compiler's; the result goes to stdout: one summary line per organization (text), or one
 * JSON object (json) holding the summaries and every diagnostic.
 */
import { stableStringify } from "../../policy/canonical";
import { loadPolicies } from "../../policy/index";
import type { Diagnostic } from "../../policy/diagnostic";
import type { OrganizationPolicy } from "../../policy/model";
import { ExitCode } from "../../exit-codes";
import type { CommandContext } from "../io";
import type { ValidateOptions } from "../options";
import { loadPolicyInput } from "../policy-input";

/** What validate reports about one organization. */
export interface OrganizationSummary {
  organization: string;
  /** null when the policy leaves the live value alone. */
  sessionLength: { seconds: number; text: string } | null;
  revocationRules: number;
  protectedMembers: number;
  maxRevocations: number;
  /** The files with a document for this organization, sorted. */
  files: string[];
}

export async function execute(
  args: string[],
  options: ValidateOptions,
  context: CommandContext,
): Promise<number> {
  if (options.format === "json") return validateAsJson(args, context);
  const input = loadPolicyInput(args, context);
  if (input === null) return ExitCode.Error;
  for (const org of input.state.organizations) {
    context.io.stdout.write(`${summaryLine(summarize(org))}\n`);
  }
  return ExitCode.Ok;
}

function validateAsJson(args: string[], context: CommandContext): number {
  const result = loadPolicies(args, { cwd: context.io.cwd });
  const report = {
    valid: result.state !== null,
    organizations: (result.state?.organizations ?? []).map(summarize),
    diagnostics: result.diagnostics.map(plainDiagnostic),
    files: result.files,
  };
  context.io.stdout.write(`${stableStringify(report, 2)}\n`);
  return result.state === null ? ExitCode.Error : ExitCode.Ok;
}

function plainDiagnostic(d: Diagnostic): Diagnostic {
  const { file, line, col, severity, code, message } = d;
  return { file, line, col, severity, code, message };
}

export function summarize(org: OrganizationPolicy): OrganizationSummary {
  const length = org.sessionLength;
  return {
    organization: org.organization,
    sessionLength: length ? { seconds: length.seconds, text: length.text } : null,
    revocationRules: org.revocations.length,
    protectedMembers: org.protectedMembers.length,
    maxRevocations: org.maxRevocations,
    files: [...new Set(org.sources.map((s) => s.file))].sort(),
  };
}

/** `acme: session length 7d, 2 revocation rules, 1 protected member (3 files)` */
export function summaryLine(s: OrganizationSummary): string {
  const length = s.sessionLength
    ? `session length ${s.sessionLength.text}`
    : "session length unmanaged";
  const parts = [
    length,
    counted(s.revocationRules, "revocation rule"),
    counted(s.protectedMembers, "protected member"),
  ];
  return `${s.organization}: ${parts.join(", ")} (${counted(s.files.length, "file")})`;
}

function counted(n: number, noun: string): string {
  return `${n} ${noun}${n === 1 ? "" : "s"}`;
}

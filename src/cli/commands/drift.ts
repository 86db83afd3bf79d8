/**
 * `drift PATH...`: the plan for scheduled runs, worded as a report. Exit 2 when the live
 * organizations differ from the policy; a failed read exits 1 and is never called drift.
 */
import { ExitCode } from "../../exit-codes";
import { renderPlan } from "../../render";
import { hasChanges } from "../../render/wording";
import { withApiSession } from "../api-session";
import type { CommandContext } from "../io";
import type { DriftOptions } from "../options";
import { loadDesiredState, logWarnings, planDesiredState } from "../reconcile-run";

export async function execute(
  paths: string[],
  options: DriftOptions,
  context: CommandContext,
): Promise<number> {
  const now = new Date();
  const desired = await loadDesiredState(paths, context, now, options);
  if (desired === null) return ExitCode.Error;

  return withApiSession(options, context, async (session) => {
    const plan = await planDesiredState(desired, options, session, now);
    if (options.format === "json") logWarnings(plan, session.context);
    session.context.io.stdout.write(
      renderPlan(plan, options.format, { kind: "drift", color: context.color }),
    );
    return hasChanges(plan) ? ExitCode.Changes : ExitCode.Ok;
  });
}

/**
 * `plan PATH...`: read the live organizations, print what apply would do. Never writes to
 * the API. With --out it also saves the plan for `apply FILE`.
 */
import { writeFileSync } from "node:fs";
import { resolve } from "node:path";
import { ExitCode } from "../../exit-codes";
import { enforceGuardrails } from "../../reconcile/guardrails";
import { planSaved } from "../../reconcile/messages";
import { serializePlan } from "../../reconcile/planfile";
import { renderPlan } from "../../render";
import { hasChanges } from "../../render/wording";
import { withApiSession } from "../api-session";
import type { CommandContext } from "../io";
import type { PlanOptions } from "../options";
import { loadDesiredState, logWarnings, planDesiredState } from "../reconcile-run";

export async function execute(
  paths: string[],
  options: PlanOptions,
  context: CommandContext,
): Promise<number> {
  const now = new Date();
  const desired = await loadDesiredState(paths, context, now, options);
  if (desired === null) return ExitCode.Error;

  return withApiSession(options, context, async (session) => {
    const plan = await planDesiredState(desired, options, session, now);
    const { io } = session.context;
    if (options.format === "json") logWarnings(plan, session.context);
    io.stdout.write(renderPlan(plan, options.format, { kind: "plan", color: context.color }));

    // Printed first so the reviewer sees what tripped it; saved only when it may be applied.
    enforceGuardrails(plan, options.allowMassRevocation);
    if (options.out !== undefined) {
      const file = resolve(io.cwd, options.out);
      writeFileSync(file, serializePlan(plan));
      session.context.logger.info(planSaved(options.out));
    }
    return options.detailedExitcode && hasChanges(plan) ? ExitCode.Changes : ExitCode.Ok;
  });
}

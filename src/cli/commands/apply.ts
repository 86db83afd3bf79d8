/**
 * `apply PATH...` carries out a fresh plan; `apply PLANFILE` carries out exactly a saved
 * one, after checking that the settings it depends on have not moved. Either way the plan
 * is printed first, the guardrail checked, and confirmation asked before any write.
 */
import { ExitCode } from "../../exit-codes";
import { RefusedError, UsageError } from "../../errors";
import { applyPlan, type ApplyOutcome } from "../../reconcile/apply";
import { enforceGuardrails } from "../../reconcile/guardrails";
import {
  applyCancelled,
  applyIncomplete,
  applyNeedsApproval,
  confirmQuestion,
  onlyWithSavedPlan,
  orgWithSavedPlan,
  stalePlan,
} from "../../reconcile/messages";
import type { Plan } from "../../reconcile/plan";
import { staleDependencies } from "../../reconcile/stale";
import { renderPlan } from "../../render";
import { planReport } from "../../render/json";
import { outcomeReport, outcomeTotals, renderOutcomeText } from "../../render/outcome";
import { hasChanges, organizationsWithChanges } from "../../render/wording";
import { resolveActor } from "../actor";
import { type ApiSession, withApiSession } from "../api-session";
import { confirm } from "../confirm";
import type { CommandContext } from "../io";
import type { ApplyOptions } from "../options";
import { startProgress } from "../progress";
import { loadDesiredState, logWarnings, planDesiredState } from "../reconcile-run";
import { savedPlanArgument } from "../saved-plan";

export async function execute(
  args: string[],
  options: ApplyOptions,
  context: CommandContext,
): Promise<number> {
  if (args.length === 0) throw new UsageError("apply needs policy paths or one saved plan file");
  const saved = savedPlanArgument(args, context.io.cwd);
  if (saved) {
    if (options.only !== undefined) throw new UsageError(onlyWithSavedPlan());
    if (options.org !== undefined) throw new UsageError(orgWithSavedPlan());
    return withApiSession(options, context, async (session) => {
      await refuseStalePlan(saved, session, options.concurrency);
      return applyAndReport(saved, options, session, context.color);
    });
  }

  const now = new Date();
  const desired = await loadDesiredState(args, context, now, options);
  if (desired === null) return ExitCode.Error;
  return withApiSession(options, context, async (session) => {
    const plan = await planDesiredState(desired, options, session, now);
    return applyAndReport(plan, options, session, context.color);
  });
}

async function refuseStalePlan(
  plan: Plan,
  session: ApiSession,
  concurrency: number,
): Promise<void> {
  const moved = await staleDependencies(plan, session.api, concurrency);
  if (moved.length > 0) throw new RefusedError(stalePlan(moved));
}

async function applyAndReport(
  plan: Plan,
  options: ApplyOptions,
  session: ApiSession,
  color: boolean,
): Promise<number> {
  const { io, logger } = session.context;
  const json = options.format === "json";
  if (json) logWarnings(plan, session.context);
  else io.stdout.write(renderPlan(plan, options.format, { kind: "plan", color }));

  enforceGuardrails(plan, options.allowMassRevocation);
  if (!hasChanges(plan)) {
    if (json) io.stdout.write(jsonDocument(plan, undefined));
    return ExitCode.Ok;
  }
  await obtainApproval(plan, options, session);

  const outcome = await applyWithProgress(plan, options, session);
  io.stdout.write(json ? jsonDocument(plan, outcome) : renderOutcomeText(outcome, plan));

  const totals = outcomeTotals(outcome);
  if (totals.organizationsFailed > 0) {
    logger.error(applyIncomplete(totals.sessionsNotDone));
    return ExitCode.Error;
  }
  if (totals.organizationsRefused > 0) {
    const refused = outcome.organizations.flatMap((o) => (o.refused ? [o.refused] : []));
    throw new RefusedError(refused.join("\n"));
  }
  return ExitCode.Ok;
}

async function obtainApproval(
  plan: Plan,
  options: ApplyOptions,
  session: ApiSession,
): Promise<void> {
  if (options.autoApprove) return;
  const { io } = session.context;
  if (!io.stdin.isTTY) throw new RefusedError(applyNeedsApproval());
  const changes = plan.summary.settingChanges + plan.summary.sessionRevocations;
  const approved = await confirm(io, confirmQuestion(changes, organizationsWithChanges(plan)));
  if (!approved) throw new RefusedError(applyCancelled());
}

async function applyWithProgress(
  plan: Plan,
  options: ApplyOptions,
  session: ApiSession,
): Promise<ApplyOutcome> {
  const actor = resolveActor(options.actor, session.context.io.env);
  session.context.logger.debug(`recording actor ${actor} on every write`);
  const total = plan.summary.sessionRevocations;
  const progress =
    total > 0 ? startProgress(session.context.io.stderr, "Revoking sessions", total) : undefined;
  try {
    return await applyPlan(plan, session.api, {
      actor,
      concurrency: options.concurrency,
      onSessionsDone: (done) => progress?.update(done),
    });
  } finally {
    progress?.stop();
  }
}

function jsonDocument(plan: Plan, outcome: ApplyOutcome | undefined): string {
  const result = outcome ? outcomeReport(outcome) : { nothingToApply: true };
  return `${JSON.stringify({ ...planReport(plan), result }, null, 2)}\n`;
}

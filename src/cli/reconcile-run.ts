/**
 * The read half shared by plan, apply and drift: load the policy, narrow it with --only,
 * read the live organizations it names, and diff them into a Plan.
 */
import type { DesiredState } from "../policy/model";
import type { Plan } from "../reconcile/plan";
import type { ApiSession } from "./api-session";
import type { CommandContext } from "./io";
import { startProgress } from "./progress";

export interface PlanRunOptions {
  only?: string;
  concurrency: number;
}

/**
 * Loads the policies in `paths` (diagnostics go to stderr) and narrows them to `--org`,
 * then to `--only`. Null when they have errors: the command exits 1 and nothing was sent.
 */
export async function loadDesiredState(
  paths: string[],
  context: CommandContext,
  now: Date,
  narrowing: { org?: string; only?: string },
): Promise<DesiredState | null> {
  // Loaded here, not at the top: `apply PLANFILE` shares this module and must start without
  // the policy loader (yaml, ajv), which a saved plan does not need.
  const { loadPolicyInput } = await import("./policy-input");
  const input = loadPolicyInput(paths, context, { now });
  if (input === null) return null;
  const { narrowDesiredState, narrowToOrganization } = await import("../reconcile/only");
  let desired = input.state;
  if (narrowing.org !== undefined) desired = narrowToOrganization(desired, narrowing.org);
  if (narrowing.only !== undefined) desired = narrowDesiredState(desired, narrowing.only);
  return desired;
}

/**
 * A fresh plan of `desired` against the live organizations it names, diffed page by page
 * as the sessions are read.
 */
export async function planDesiredState(
  desired: DesiredState,
  options: PlanRunOptions,
  session: ApiSession,
  now: Date,
): Promise<Plan> {
  // Loaded here for the same reason: `apply PLANFILE` never reads the live organizations.
  const { planLiveOrganizations } = await import("../reconcile/live-plan");
  const progress = startProgress(session.context.io.stderr, "Reading sessions");
  try {
    return await planLiveOrganizations(session.api, desired, now, {
      concurrency: options.concurrency,
      only: options.only,
      onSessionsRead: (count) => progress.update(count),
    });
  } finally {
    progress.stop();
  }
}

/** Plan warnings as log lines, for formats whose stdout has no place for them (JSON). */
export function logWarnings(plan: Plan, context: CommandContext): void {
  for (const organization of plan.organizations) {
    for (const warning of organization.warnings) {
      context.logger.warn(`${organization.organization}: ${warning}`);
    }
  }
}

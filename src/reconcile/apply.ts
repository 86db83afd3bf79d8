/**
 * Apply: carry out a Plan through the AdminApi. Per organization the session length goes
 * first (If-Match the planned ETag), then the revocations: one revoke-all per member the
 * plan marks member-wide, batch revokes of up to 500 sessions per rule for the rest.
 *
 * Nothing is stored: when a call fails, the others still run, the outcome says what was
 * and was not done, and a rerun plans only what is left. A session already gone counts as
 * done, so a rerun revokes nothing twice.
 */
import { MAX_BATCH_REVOKE, type AdminApi, type WriteContext } from "../api/types";
import { formatSessionLength } from "../policy/duration";
import { mapConcurrently } from "./concurrency";
import { revocationsSkipped, sessionLengthChangedSincePlan } from "./messages";
import type {
  OrganizationPlan,
  Plan,
  RevokeSessionChange,
  UpdateSessionLengthChange,
} from "./plan";

/** The audit-log rule id of a session-length write (the `--only` item's name). */
export const SESSION_LENGTH_RULE_ID = "session-length";

export interface ApplyOptions {
  /** Recorded on every write. */
  actor: string;
  /** Organizations, and calls within one, in flight at once. */
  concurrency: number;
  /** Called with the running total of planned sessions that are gone. */
  onSessionsDone?: (total: number) => void;
}

export type SettingOutcome = "none" | "updated" | "refused" | "failed";

/** What apply did in one organization. */
export interface OrganizationOutcome {
  organization: string;
  setting: SettingOutcome;
  /** Planned sessions this run ended. */
  revoked: number;
  /** Planned sessions that were gone already (revoked elsewhere or expired). */
  alreadyGone: number;
  /** Planned sessions still live as far as this run knows: a call failed or was skipped. */
  notDone: number;
  /** Why something was not done, one line each. */
  problems: string[];
  /** Set when the organization was refused (a stale setting), as a message. */
  refused?: string;
}

export interface ApplyOutcome {
  organizations: OrganizationOutcome[];
}

/**
 * Carries out `plan`. An API failure is recorded in the outcome and the other calls go on;
 * only a refused token (401, 403) rejects, since no other write could succeed either.
 */
export async function applyPlan(
  plan: Plan,
  api: AdminApi,
  options: ApplyOptions,
): Promise<ApplyOutcome> {
  let done = 0;
  const progress = (count: number): void => {
    done += count;
    options.onSessionsDone?.(done);
  };
  const organizations = await mapConcurrently(plan.organizations, options.concurrency, (o) =>
    applyOrganization(o, api, options, progress),
  );
  return { organizations };
}

async function applyOrganization(
  plan: OrganizationPlan,
  api: AdminApi,
  options: ApplyOptions,
  progress: (count: number) => void,
): Promise<OrganizationOutcome> {
  const revocations = plan.changes.filter(isRevocation);
  const outcome: OrganizationOutcome = {
    organization: plan.organization,
    setting: "none",
    revoked: 0,
    alreadyGone: 0,
    notDone: revocations.length,
    problems: [],
  };
  const setting = plan.changes.find(isSettingChange);
  if (setting) {
    await applySetting(plan, setting, api, options.actor, outcome);
    // The revocations were planned for the new length; without it they may be wrong.
    if (outcome.setting !== "updated") {
      if (revocations.length > 0) outcome.problems.push(revocationsSkipped(revocations.length));
      return outcome;
    }
  }

  const calls = revocationCalls(plan, revocations, options.actor);
  await mapConcurrently(calls, options.concurrency, async (call) => {
    try {
      const result = await call.run(api, plan.organization);
      outcome.revoked += result.revoked;
      outcome.alreadyGone += result.alreadyGone;
      outcome.notDone -= call.sessions;
      progress(call.sessions);
    } catch (error) {
      if (isAccessDenied(error)) throw error;
      outcome.problems.push(`${call.describe}: ${messageOf(error)}`);
    }
  });
  outcome.problems.sort();
  return outcome;
}

async function applySetting(
  plan: OrganizationPlan,
  change: UpdateSessionLengthChange,
  api: AdminApi,
  actor: string,
  outcome: OrganizationOutcome,
): Promise<void> {
  const context: WriteContext = {
    actor,
    ruleId: SESSION_LENGTH_RULE_ID,
    reason: `policy sets the session length to ${change.to.text}`,
  };
  try {
    await api.putAuthenticationSettings(
      plan.organization,
      change.to.seconds,
      plan.dependencies.settingsEtag,
      context,
    );
    outcome.setting = "updated";
  } catch (error) {
    if (isAccessDenied(error)) throw error;
    if (statusOf(error) === 412) {
      outcome.setting = "refused";
      outcome.refused = await describeMovedSetting(plan, api);
      return;
    }
    outcome.setting = "failed";
    outcome.problems.push(`session length not updated: ${messageOf(error)}`);
  }
}

async function describeMovedSetting(plan: OrganizationPlan, api: AdminApi): Promise<string> {
  const planned = formatSessionLength(plan.dependencies.sessionLengthSeconds);
  try {
    const live = await api.getAuthenticationSettings(plan.organization);
    return sessionLengthChangedSincePlan(
      plan.organization,
      planned,
      formatSessionLength(live.sessionLengthSeconds),
    );
  } catch {
    return sessionLengthChangedSincePlan(plan.organization, planned, "an unknown value");
  }
}

interface RevocationCall {
  /** Planned sessions this call covers. */
  sessions: number;
  describe: string;
  run(api: AdminApi, organization: string): Promise<{ revoked: number; alreadyGone: number }>;
}

/** Revoke-all calls for member-wide members, then batches per first rule id. */
function revocationCalls(
  plan: OrganizationPlan,
  revocations: readonly RevokeSessionChange[],
  actor: string,
): RevocationCall[] {
  const context = (ruleId: string): WriteContext => ({
    actor,
    ruleId,
    reason: plan.reasons[ruleId] ?? ruleId,
  });
  const memberWide = new Set(plan.memberWideRevocations);
  const byMember = groupBy(
    revocations.filter((c) => memberWide.has(c.memberId)),
    (c) => c.memberId,
  );
  const byRule = groupBy(
    revocations.filter((c) => !memberWide.has(c.memberId)),
    (c) => c.rules[0] as string,
  );

  const calls: RevocationCall[] = [];
  for (const [memberId, changes] of byMember) {
    const ruleId = (changes[0] as RevokeSessionChange).rules[0] as string;
    calls.push({
      sessions: changes.length,
      describe: `sessions of ${(changes[0] as RevokeSessionChange).member} not revoked`,
      run: async (api, organization) => {
        await api.revokeAllMemberSessions(organization, memberId, context(ruleId));
        return { revoked: changes.length, alreadyGone: 0 };
      },
    });
  }
  for (const [ruleId, changes] of byRule) {
    for (let start = 0; start < changes.length; start += MAX_BATCH_REVOKE) {
      const ids = changes.slice(start, start + MAX_BATCH_REVOKE).map((c) => c.sessionId);
      calls.push({
        sessions: ids.length,
        describe: `${ids.length} sessions of rule ${ruleId} not revoked`,
        run: async (api, organization) => {
          const result = await api.batchRevokeSessions(organization, ids, context(ruleId));
          return { revoked: result.revoked.length, alreadyGone: result.notFound.length };
        },
      });
    }
  }
  return calls;
}

function isRevocation(change: { action: string }): change is RevokeSessionChange {
  return change.action === "revoke-session";
}

function isSettingChange(change: { action: string }): change is UpdateSessionLengthChange {
  return change.action === "update-session-length";
}

function groupBy<T>(items: readonly T[], key: (item: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const list = groups.get(key(item)) ?? [];
    list.push(item);
    groups.set(key(item), list);
  }
  return new Map([...groups].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
}

function statusOf(error: unknown): number | undefined {
  const status = (error as { status?: unknown } | null)?.status;
  return typeof status === "number" ? status : undefined;
}

/**
 * 401 and 403 hold for every write of the run (the token cannot write), so apply stops at
 * the first one instead of collecting the same refusal for each call.
 */
function isAccessDenied(error: unknown): boolean {
  const status = statusOf(error);
  return status === 401 || status === 403;
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

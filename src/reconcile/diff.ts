/**
 * The diff: desired state against live organizations gives a Plan. Pure: no I/O, no clock
 * (`now` comes in), and the same inputs always give the same, sorted plan.
 */
import type { DesiredState, OrganizationPolicy } from "../policy/model";
import type { LiveOrganization } from "./live";
import { compareText, OrganizationDiff } from "./organization-diff";
import { PLAN_FORMAT_VERSION, type OrganizationPlan, type Plan, type PlanSummary } from "./plan";

export { compareText, isMemberWide } from "./organization-diff";

/**
 * Builds the plan of every organization in `desired`. `live` must hold each of them.
 * `only` is recorded when the desired state was narrowed by `--only`.
 */
export function buildPlan(
  desired: DesiredState,
  live: readonly LiveOrganization[],
  now: Date,
  only?: string,
): Plan {
  const byId = new Map(live.map((o) => [o.organization, o]));
  const organizations = desired.organizations.map((policy) => {
    const liveOrganization = byId.get(policy.organization);
    if (!liveOrganization) throw new Error(`no live state read for ${policy.organization}`);
    return diffOrganization(policy, liveOrganization, now);
  });
  return assemblePlan(organizations, now, only);
}

/**
 * One organization's changes: the session length first (when it differs), then one
 * revoke-session per live session that a rule matches. Sessions that a shorter session
 * length ends at once are counted in its impact and not revoked: they end anyway.
 * The whole of `live` at once; the CLI feeds an OrganizationDiff page by page instead.
 */
export function diffOrganization(
  desired: OrganizationPolicy,
  live: LiveOrganization,
  now: Date,
): OrganizationPlan {
  const diff = new OrganizationDiff(desired, live.settings, now);
  diff.addSessions(live.sessions);
  return diff.finish(new Set(live.members.map((m) => m.email.toLowerCase())));
}

/** The plan of organizations already diffed, sorted by organization id, with its summary. */
export function assemblePlan(
  organizations: readonly OrganizationPlan[],
  now: Date,
  only?: string,
): Plan {
  const sorted = [...organizations].sort((a, b) => compareText(a.organization, b.organization));
  return {
    formatVersion: PLAN_FORMAT_VERSION,
    createdAt: now.toISOString(),
    ...(only === undefined ? {} : { only }),
    organizations: sorted,
    summary: summarize(sorted),
  };
}

function summarize(organizations: readonly OrganizationPlan[]): PlanSummary {
  let settingChanges = 0;
  let sessionRevocations = 0;
  let membersAffected = 0;
  for (const organization of organizations) {
    const members = new Set<string>();
    for (const change of organization.changes) {
      if (change.action === "update-session-length") settingChanges += 1;
      else {
        sessionRevocations += 1;
        members.add(change.memberId);
      }
    }
    membersAffected += members.size;
  }
  return { settingChanges, sessionRevocations, membersAffected };
}

/**
 * The diff: desired state against live organizations gives a Plan. Pure: no I/O, no clock
 * (`now` comes in), and the same inputs always give the same, sorted plan.
 */
import type { Session } from "../api/types";
import { formatSessionLength } from "../policy/duration";
import type { DesiredState, OrganizationPolicy, RevocationRule } from "../policy/model";
import type { LiveOrganization } from "./live";
import { ruleFailed, unknownMember } from "./messages";
import {
  PLAN_FORMAT_VERSION,
  type Change,
  type OrganizationPlan,
  type Plan,
  type PlanSummary,
  type RevokeSessionChange,
  type UpdateSessionLengthChange,
} from "./plan";

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
  const organizations = [...desired.organizations]
    .sort((a, b) => compareText(a.organization, b.organization))
    .map((policy) => {
      const liveOrganization = byId.get(policy.organization);
      if (!liveOrganization) throw new Error(`no live state read for ${policy.organization}`);
      return diffOrganization(policy, liveOrganization, now);
    });
  return {
    formatVersion: PLAN_FORMAT_VERSION,
    createdAt: now.toISOString(),
    ...(only === undefined ? {} : { only }),
    organizations,
    summary: summarize(organizations),
  };
}

/**
 * One organization's changes: the session length first (when it differs), then one
 * revoke-session per live session that a rule matches. Sessions that a shorter session
 * length ends at once are counted in its impact and not revoked: they end anyway.
 */
export function diffOrganization(
  desired: OrganizationPolicy,
  live: LiveOrganization,
  now: Date,
): OrganizationPlan {
  const warnings = unknownMemberWarnings(desired, live);
  const setting = sessionLengthChange(desired, live, now);
  const endedAtOnce = setting ? endedSessions(live.sessions, setting.to.seconds, now) : new Set();
  const survivors = live.sessions.filter((s) => !endedAtOnce.has(s.id));
  const revocations = revocationChanges(desired, survivors, now, warnings);
  const changes: Change[] = setting ? [setting, ...revocations] : revocations;

  return {
    organization: desired.organization,
    changes,
    warnings,
    dependencies: {
      settingsEtag: live.settings.etag,
      sessionLengthSeconds: live.settings.sessionLengthSeconds,
    },
    reasons: reasonsOf(desired.revocations, revocations),
    memberWideRevocations: memberWideRevocations(desired.revocations, survivors, revocations),
    maxRevocations: desired.maxRevocations,
  };
}

function sessionLengthChange(
  desired: OrganizationPolicy,
  live: LiveOrganization,
  now: Date,
): UpdateSessionLengthChange | undefined {
  const to = desired.sessionLength?.seconds;
  const from = live.settings.sessionLengthSeconds;
  if (to === undefined || to === from) return undefined;

  const ended = live.sessions.filter((s) => endsAtOnce(s, to, now));
  return {
    action: "update-session-length",
    from: { seconds: from, text: formatSessionLength(from) },
    to: { seconds: to, text: formatSessionLength(to) },
    impact: { sessions: ended.length, members: new Set(ended.map((s) => s.memberId)).size },
  };
}

/** A session ends at lastLoginAt + session length; a shorter length can put that in the past. */
function endsAtOnce(session: Session, sessionLengthSeconds: number, now: Date): boolean {
  return Date.parse(session.lastLoginAt) + sessionLengthSeconds * 1000 <= now.getTime();
}

function endedSessions(sessions: readonly Session[], seconds: number, now: Date): Set<string> {
  return new Set(sessions.filter((s) => endsAtOnce(s, seconds, now)).map((s) => s.id));
}

function revocationChanges(
  desired: OrganizationPolicy,
  sessions: readonly Session[],
  now: Date,
  warnings: string[],
): RevokeSessionChange[] {
  const protectedMembers = new Set(desired.protectedMembers);
  const broken = new Set<string>();
  const changes: RevokeSessionChange[] = [];

  for (const session of sessions) {
    // The model's matches() excludes protected members already; checking here as well
    // keeps that promise even if a rule implementation gets it wrong.
    if (protectedMembers.has(session.memberEmail.toLowerCase())) continue;
    const rules = matchingRules(desired.revocations, session, now, broken, warnings);
    if (rules.length > 0) changes.push(revokeSession(session, rules));
  }
  return changes.sort(
    (a, b) => compareText(a.member, b.member) || compareText(a.sessionId, b.sessionId),
  );
}

/**
 * Ids of the rules that match `session`, sorted. A rule that throws is reported once and
 * skipped from then on; it never stops the other rules.
 */
function matchingRules(
  rules: readonly RevocationRule[],
  session: Session,
  now: Date,
  broken: Set<string>,
  warnings: string[],
): string[] {
  const ids: string[] = [];
  for (const rule of rules) {
    if (broken.has(rule.id)) continue;
    try {
      if (rule.matches(session, now) === true) ids.push(rule.id);
    } catch (error) {
      broken.add(rule.id);
      warnings.push(ruleFailed(rule.id, error));
    }
  }
  return ids.sort(compareText);
}

function revokeSession(session: Session, rules: string[]): RevokeSessionChange {
  return {
    action: "revoke-session",
    sessionId: session.id,
    member: session.memberEmail,
    memberId: session.memberId,
    rules,
    deviceType: session.deviceType,
    browser: session.browser,
    platform: session.platform,
    platformVersion: session.platformVersion,
    ipAddress: session.ipAddress,
    lastLoginAt: session.lastLoginAt,
  };
}

function unknownMemberWarnings(desired: OrganizationPolicy, live: LiveOrganization): string[] {
  const known = new Set(live.members.map((m) => m.email.toLowerCase()));
  const warnings: string[] = [];
  for (const rule of desired.revocations) {
    if (rule.members === "*") continue;
    for (const email of rule.members) {
      if (!known.has(email.toLowerCase())) warnings.push(unknownMember(rule.id, email));
    }
  }
  return warnings;
}

function reasonsOf(
  rules: readonly RevocationRule[],
  changes: readonly RevokeSessionChange[],
): Record<string, string> {
  const named = new Set(changes.flatMap((c) => c.rules));
  const reasons: Record<string, string> = {};
  for (const rule of [...rules].sort((a, b) => compareText(a.id, b.id))) {
    if (named.has(rule.id)) reasons[rule.id] = rule.reason;
  }
  return reasons;
}

/**
 * Members whose every surviving session is revoked and whose first matching rule would
 * match any session of theirs: a revoke-all for them ends nothing the policy would keep.
 */
function memberWideRevocations(
  rules: readonly RevocationRule[],
  sessions: readonly Session[],
  changes: readonly RevokeSessionChange[],
): string[] {
  const memberWide = new Set(rules.filter(isMemberWide).map((r) => r.id));
  const liveCount = countBy(sessions, (s) => s.memberId);
  const planned = new Map<string, RevokeSessionChange[]>();
  for (const change of changes) {
    const list = planned.get(change.memberId) ?? [];
    list.push(change);
    planned.set(change.memberId, list);
  }

  const members: string[] = [];
  for (const [memberId, memberChanges] of planned) {
    const everySession = memberChanges.length === liveCount.get(memberId);
    const wide = memberChanges.every((c) => memberWide.has(c.rules[0] as string));
    if (everySession && wide) members.push(memberId);
  }
  return members.sort(compareText);
}

/** No match keys and no time window: the rule matches every session of a listed member. */
export function isMemberWide(rule: RevocationRule): boolean {
  const keys = Object.values(rule.match).filter((value) => value !== undefined);
  return keys.length === 0 && !rule.lastLoginBefore && !rule.lastLoginAfter;
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

function countBy<T>(items: readonly T[], key: (item: T) => string): Map<string, number> {
  const counts = new Map<string, number>();
  for (const item of items) counts.set(key(item), (counts.get(key(item)) ?? 0) + 1);
  return counts;
}

/** Code-point order, independent of the locale, so plans diff the same on every machine. */
export function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/**
 * One organization's diff, fed page by page: sessions go in as the admin API hands them
 * over and only what the plan needs stays. That is the matched sessions (as changes), the
 * counts of a shorter session length's impact, and each member's live session count (for
 * the revoke-all decision). Pure: no I/O, no clock (`now` comes in), and the same sessions
 * in the same order always give the same, sorted plan, however they were split into pages.
 */
import type { Session, VersionedSettings } from "../api/types";
import { formatSessionLength } from "../policy/duration";
import type { OrganizationPolicy, RevocationRule } from "../policy/model";
import { ruleFailed, unknownMember } from "./messages";
import type {
  Change,
  OrganizationPlan,
  RevokeSessionChange,
  UpdateSessionLengthChange,
} from "./plan";

/** Accumulates one organization's plan over pages of live sessions. */
export class OrganizationDiff {
  private readonly protectedMembers: ReadonlySet<string>;
  /** Rules that threw once: reported and skipped from then on. */
  private readonly broken = new Set<string>();
  private readonly ruleWarnings: string[] = [];
  private readonly revocations: RevokeSessionChange[] = [];
  /** Sessions each member keeps after the new session length, by member id. */
  private readonly liveCount = new Map<string, number>();
  /** The new session length when it differs from the live one. */
  private readonly newLengthSeconds: number | undefined;
  private endedSessions = 0;
  private readonly endedMembers = new Set<string>();

  /**
   * @param settings the live settings: the session length the diff compares against, and
   * the ETag a saved plan depends on.
   */
  constructor(
    private readonly desired: OrganizationPolicy,
    private readonly settings: VersionedSettings,
    private readonly now: Date,
  ) {
    this.protectedMembers = new Set(desired.protectedMembers);
    const to = desired.sessionLength?.seconds;
    const unchanged = to === undefined || to === settings.sessionLengthSeconds;
    this.newLengthSeconds = unchanged ? undefined : to;
  }

  /** Takes one page of live sessions, in the server's order. */
  addSessions(sessions: readonly Session[]): void {
    for (const session of sessions) this.addSession(session);
  }

  /**
   * The organization's plan: the session length first (when it differs), then one
   * revoke-session per matched session, sorted by member and session.
   * @param memberEmails every live member's email, lowercased: a rule naming an email not
   * among them gets a warning.
   */
  finish(memberEmails: ReadonlySet<string>): OrganizationPlan {
    const revocations = this.revocations.sort(
      (a, b) => compareText(a.member, b.member) || compareText(a.sessionId, b.sessionId),
    );
    const setting = this.sessionLengthChange();
    const changes: Change[] = setting ? [setting, ...revocations] : revocations;

    return {
      organization: this.desired.organization,
      changes,
      warnings: [...unknownMemberWarnings(this.desired, memberEmails), ...this.ruleWarnings],
      dependencies: {
        settingsEtag: this.settings.etag,
        sessionLengthSeconds: this.settings.sessionLengthSeconds,
      },
      reasons: reasonsOf(this.desired.revocations, revocations),
      memberWideRevocations: this.memberWideRevocations(),
      maxRevocations: this.desired.maxRevocations,
    };
  }

  /**
   * A session that the new, shorter length ends at once counts in its impact and is not
   * revoked: it ends anyway. Any other session counts as one its member keeps.
   */
  private addSession(session: Session): void {
    if (this.newLengthSeconds !== undefined && this.endsAtOnce(session, this.newLengthSeconds)) {
      this.endedSessions += 1;
      this.endedMembers.add(session.memberId);
      return;
    }
    this.liveCount.set(session.memberId, (this.liveCount.get(session.memberId) ?? 0) + 1);

    // The model's matches() excludes protected members already; checking here as well
    // keeps that promise even if a rule implementation gets it wrong.
    if (this.protectedMembers.has(session.memberEmail.toLowerCase())) return;
    const rules = this.matchingRules(session);
    if (rules.length > 0) this.revocations.push(revokeSession(session, rules));
  }

  /** A session ends at lastLoginAt + session length; a shorter one can put that in the past. */
  private endsAtOnce(session: Session, sessionLengthSeconds: number): boolean {
    return Date.parse(session.lastLoginAt) + sessionLengthSeconds * 1000 <= this.now.getTime();
  }

  /**
   * Ids of the rules that match `session`, sorted. A rule that throws is reported once and
   * skipped from then on; it never stops the other rules.
   */
  private matchingRules(session: Session): string[] {
    const ids: string[] = [];
    for (const rule of this.desired.revocations) {
      if (this.broken.has(rule.id)) continue;
      try {
        if (rule.matches(session, this.now) === true) ids.push(rule.id);
      } catch (error) {
        this.broken.add(rule.id);
        this.ruleWarnings.push(ruleFailed(rule.id, error));
      }
    }
    return ids.sort(compareText);
  }

  private sessionLengthChange(): UpdateSessionLengthChange | undefined {
    const to = this.newLengthSeconds;
    if (to === undefined) return undefined;
    const from = this.settings.sessionLengthSeconds;
    return {
      action: "update-session-length",
      from: { seconds: from, text: formatSessionLength(from) },
      to: { seconds: to, text: formatSessionLength(to) },
      impact: { sessions: this.endedSessions, members: this.endedMembers.size },
    };
  }

  /**
   * Members whose every surviving session is revoked and whose first matching rule would
   * match any session of theirs: a revoke-all for them ends nothing the policy would keep.
   */
  private memberWideRevocations(): string[] {
    const memberWide = new Set(this.desired.revocations.filter(isMemberWide).map((r) => r.id));
    const planned = new Map<string, { count: number; wide: boolean }>();
    for (const change of this.revocations) {
      const member = planned.get(change.memberId) ?? { count: 0, wide: true };
      member.count += 1;
      member.wide &&= memberWide.has(change.rules[0] as string);
      planned.set(change.memberId, member);
    }

    const members: string[] = [];
    for (const [memberId, member] of planned) {
      if (member.wide && member.count === this.liveCount.get(memberId)) members.push(memberId);
    }
    return members.sort(compareText);
  }
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

function unknownMemberWarnings(
  desired: OrganizationPolicy,
  known: ReadonlySet<string>,
): string[] {
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

/** No match keys and no time window: the rule matches every session of a listed member. */
export function isMemberWide(rule: RevocationRule): boolean {
  const keys = Object.values(rule.match).filter((value) => value !== undefined);
  return keys.length === 0 && !rule.lastLoginBefore && !rule.lastLoginAfter;
}

/** Code-point order, independent of the locale, so plans diff the same on every machine. */
export function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

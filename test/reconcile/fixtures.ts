/**
 * Desired and live values for the pure reconciler tests. Rules here implement the model's
 * matches() contract for the keys these tests use (members, session ids, device types,
 * the time window, protected members); the policy loader's own rules are tested in
 * test/policy/.
 */
import type { Member, Session } from "../../src/api/types";
import type {
  NormalizedMatch,
  OrganizationPolicy,
  RevocationRule,
  SessionFacts,
} from "../../src/policy/model";
import type { LiveOrganization } from "../../src/reconcile/live";

export const NOW = new Date("2026-12-02T12:00:00Z");
const HOUR = 3600;
const DAY = 86400;

export interface RuleSpec {
  id: string;
  reason?: string;
  members: "*" | string[];
  match?: NormalizedMatch;
  lastLoginBefore?: string;
  lastLoginAfter?: string;
}

export function rule(spec: RuleSpec, protectedMembers: string[] = []): RevocationRule {
  const match = spec.match ?? {};
  return {
    id: spec.id,
    reason: spec.reason ?? `reason of ${spec.id}`,
    members: spec.members,
    lastLoginBefore: spec.lastLoginBefore,
    lastLoginAfter: spec.lastLoginAfter,
    match,
    source: { file: "policy.yaml", line: 1, col: 1 },
    canonical: {},
    matches(session: SessionFacts): boolean {
      const email = session.memberEmail.toLowerCase();
      if (protectedMembers.includes(email)) return false;
      if (spec.members !== "*" && !spec.members.includes(email)) return false;
      if (match.sessionIds && !match.sessionIds.includes(session.id)) return false;
      if (match.deviceTypes && !match.deviceTypes.includes(session.deviceType)) return false;
      const at = Date.parse(session.lastLoginAt);
      if (spec.lastLoginBefore && !(at < Date.parse(spec.lastLoginBefore))) return false;
      if (spec.lastLoginAfter && !(at >= Date.parse(spec.lastLoginAfter))) return false;
      return true;
    },
  };
}

export function policy(
  organization: string,
  options: {
    sessionLengthSeconds?: number;
    protectedMembers?: string[];
    maxRevocations?: number;
    rules?: RuleSpec[];
  } = {},
): OrganizationPolicy {
  const protectedMembers = [...(options.protectedMembers ?? [])].sort();
  const seconds = options.sessionLengthSeconds;
  return {
    organization,
    sessionLength:
      seconds === undefined
        ? null
        : { seconds, text: `${seconds}s`, source: { file: "policy.yaml", line: 3, col: 16 } },
    protectedMembers,
    maxRevocations: options.maxRevocations ?? 100,
    revocations: (options.rules ?? []).map((r) => rule(r, protectedMembers)),
    sources: [{ file: "policy.yaml", line: 1, col: 1 }],
  };
}

let sessionCounter = 0;

/** A session of `email` whose last login was `hoursAgo` hours before NOW. */
export function session(email: string, hoursAgo: number, fields: Partial<Session> = {}): Session {
  sessionCounter += 1;
  const lastLoginAt = new Date(NOW.getTime() - hoursAgo * HOUR * 1000).toISOString();
  return {
    id: fields.id ?? `s-${String(sessionCounter).padStart(4, "0")}`,
    memberId: `m-${email.split("@")[0]}`,
    memberEmail: email,
    deviceType: "desktop",
    browser: "Firefox",
    platform: "extension",
    platformVersion: "5.21.0",
    ipAddress: "198.51.100.7",
    lastLoginAt,
    expiresAt: new Date(Date.parse(lastLoginAt) + 30 * DAY * 1000).toISOString(),
    ...fields,
  };
}

export function live(
  organization: string,
  sessions: Session[],
  sessionLengthSeconds = 30 * DAY,
  extraMembers: string[] = [],
): LiveOrganization {
  const emails = [...new Set([...sessions.map((s) => s.memberEmail), ...extraMembers])].sort();
  const members: Member[] = emails.map((email) => ({
    id: `m-${email.split("@")[0]}`,
    email,
    role: "member",
  }));
  return {
    organization,
    settings: { sessionLengthSeconds, etag: `"etag-${organization}-${sessionLengthSeconds}"` },
    members,
    sessions,
  };
}

export { DAY, HOUR };

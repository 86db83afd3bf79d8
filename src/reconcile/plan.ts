/**
 * A plan is pure data computed from two inputs, the desired state and the live
 * organization; apply is a separate step that takes it. The JSON renderer prints this
 * shape (minus `dependencies`), and a saved plan file is exactly this shape.
 */

export const PLAN_FORMAT_VERSION = 1;

export interface Duration {
  seconds: number;
  /** Canonical text, e.g. "7d". */
  text: string;
}

export interface SessionLengthImpact {
  /** Live sessions that the new, shorter length ends at once. */
  sessions: number;
  /** Distinct members owning those sessions. */
  members: number;
}

export interface UpdateSessionLengthChange {
  action: "update-session-length";
  from: Duration;
  to: Duration;
  impact: SessionLengthImpact;
}

export interface RevokeSessionChange {
  action: "revoke-session";
  sessionId: string;
  /** The member's email. */
  member: string;
  memberId: string;
  /** Ids of every rule that matched, sorted. The first one is recorded in the audit log. */
  rules: string[];
  deviceType: string;
  browser: string;
  platform: string;
  platformVersion: string;
  ipAddress: string;
  lastLoginAt: string;
}

export type Change = UpdateSessionLengthChange | RevokeSessionChange;

/** What each change depends on, so that applying a saved plan can tell when it is stale. */
export interface OrganizationDependencies {
  /** The settings ETag read when planning. */
  settingsEtag: string;
  /** sessionLengthSeconds read when planning. */
  sessionLengthSeconds: number;
}

export interface OrganizationPlan {
  organization: string;
  /** Setting first, then revocations sorted by member email and session id. */
  changes: Change[];
  /** Plan-time warnings, e.g. a rule naming a member the organization does not have. */
  warnings: string[];
  dependencies: OrganizationDependencies;
  /** Reason of every rule a change names, by rule id: each write records it. */
  reasons: Record<string, string>;
  /**
   * Member ids (sorted) whose every live session this plan revokes and whose first matching
   * rule is member-wide (no match keys, no window): apply ends them with one revoke-all.
   */
  memberWideRevocations: string[];
  /** The organization's guardrails.maxRevocations when planned; apply checks it again. */
  maxRevocations: number;
}

export interface PlanSummary {
  settingChanges: number;
  sessionRevocations: number;
  /** Members with at least one session to revoke. */
  membersAffected: number;
}

export interface Plan {
  formatVersion: typeof PLAN_FORMAT_VERSION;
  /** ISO 8601 instant the live state was read at. */
  createdAt: string;
  /** Set by `--only`: the one item this plan is narrowed to. */
  only?: string;
  /** Sorted by organization id. */
  organizations: OrganizationPlan[];
  summary: PlanSummary;
}

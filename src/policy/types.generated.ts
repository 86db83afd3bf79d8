// Generated from schemas/policy.schema.json by `npm run generate` (scripts/generate-types.js).
// Do not edit: change the schema and run the command again.

/**
 * A member's email address.
 *
 * This interface was referenced by `PolicyDocument`'s JSON-Schema
 * via the `definition` "Email".
 */
export type Email = string;
/**
 * A member's email address, or "*" for every member.
 *
 * This interface was referenced by `PolicyDocument`'s JSON-Schema
 * via the `definition` "Member".
 */
export type Member = "*" | string;
/**
 * Text that is not empty.
 *
 * This interface was referenced by `PolicyDocument`'s JSON-Schema
 * via the `definition` "NonEmptyText".
 */
export type NonEmptyText = string;
/**
 * Kind of device a session runs on.
 *
 * This interface was referenced by `PolicyDocument`'s JSON-Schema
 * via the `definition` "DeviceType".
 */
export type DeviceType = "desktop" | "mobile" | "tablet" | "unknown";
/**
 * NordPass platform a session runs on.
 *
 * This interface was referenced by `PolicyDocument`'s JSON-Schema
 * via the `definition` "Platform".
 */
export type Platform = "extension" | "desktop" | "web" | "ios" | "android";
/**
 * An ISO 8601 instant with a time zone, e.g. 2026-12-01T10:00:00Z.
 *
 * This interface was referenced by `PolicyDocument`'s JSON-Schema
 * via the `definition` "Instant".
 */
export type Instant = string;

/**
 * One YAML document of a nordpass-policy file (policy language version 1): the session policy of one NordPass organization. Documents naming the same organization merge; a setting given twice for one organization is an error.
 */
export interface PolicyDocument {
  /**
   * Policy language version of this document. Only 1 exists; omitted means 1.
   */
  version?: 1;
  /**
   * Organization id on the admin API, e.g. acme. Lower-case letters, digits and '-'.
   */
  organization: string;
  /**
   * Member session length that forces automatic logout: a preset (1h, 4h, 1d, 7d, 30d) or days, hours and minutes in that order (36h, 1d12h, 90m), from 1 hour to 30 days. Over 7 days gets a warning. Omit to leave the live value unmanaged.
   */
  sessionLength?: string;
  /**
   * Emails of members whose sessions no revocation rule ever revokes, e.g. break-glass accounts. Compared case-insensitively.
   */
  protectedMembers?: Email[];
  /**
   * Limits that stop a run before it does too much.
   */
  guardrails?: {
    /**
     * Most sessions one run may log out in this organization (default 100): those it revokes plus those a shorter sessionLength ends at once. More refuses the run unless --allow-mass-revocation is given.
     */
    maxRevocations?: number;
  };
  /**
   * Revocation rules: every live session a rule matches is revoked.
   */
  revocations?: RevocationRule[];
}
/**
 * Revokes every live session of the listed members that matches all of its conditions, except sessions of protected members.
 *
 * This interface was referenced by `PolicyDocument`'s JSON-Schema
 * via the `definition` "RevocationRule".
 */
export interface RevocationRule {
  /**
   * Rule id, unique in the organization; recorded with every revocation. Lower-case letters, digits and '-'.
   */
  id: string;
  /**
   * Why the sessions are revoked, e.g. a ticket number; recorded in the audit log.
   */
  reason: string;
  /**
   * Emails of the members whose sessions the rule revokes, or "*" for every member. One value or a list.
   */
  members: Member | [Member, ...Member[]];
  /**
   * Only sessions whose last login is strictly before this instant. A rule with it is done once and stays done.
   */
  lastLoginBefore?: string;
  /**
   * Only sessions whose last login is at or after this instant.
   */
  lastLoginAfter?: string;
  /**
   * The rule stops applying at this instant; after it the rule matches nothing.
   */
  expiresAt?: string;
  match?: Match;
}
/**
 * Conditions on the session (device, browser, platform, version, address); every key given must match. Without it the rule matches every session of its members.
 */
export interface Match {
  /**
   * Session ids, compared exactly.
   */
  sessionIds?: NonEmptyText | [NonEmptyText, ...NonEmptyText[]];
  /**
   * Device types: desktop, mobile, tablet or unknown.
   */
  deviceTypes?: DeviceType | [DeviceType, ...DeviceType[]];
  /**
   * Browser names, compared case-insensitively, e.g. Safari.
   */
  browsers?: NonEmptyText | [NonEmptyText, ...NonEmptyText[]];
  /**
   * NordPass platforms: extension, desktop, web, ios or android.
   */
  platforms?: Platform | [Platform, ...Platform[]];
  /**
   * A semver range the session's platform version must satisfy, e.g. "<5.20.0".
   */
  platformVersion?: string;
  /**
   * IPv4 or IPv6 addresses and CIDR blocks, e.g. 198.51.100.0/24 or 2001:db8::/32.
   */
  ipAddresses?: NonEmptyText | [NonEmptyText, ...NonEmptyText[]];
}
/**
 * Conditions on the session; every key given must match. Each key takes one value or a list, and a list matches when any value does.
 *
 * This interface was referenced by `PolicyDocument`'s JSON-Schema
 * via the `definition` "Match".
 */
export interface Match1 {
  /**
   * Session ids, compared exactly.
   */
  sessionIds?: NonEmptyText | [NonEmptyText, ...NonEmptyText[]];
  /**
   * Device types: desktop, mobile, tablet or unknown.
   */
  deviceTypes?: DeviceType | [DeviceType, ...DeviceType[]];
  /**
   * Browser names, compared case-insensitively, e.g. Safari.
   */
  browsers?: NonEmptyText | [NonEmptyText, ...NonEmptyText[]];
  /**
   * NordPass platforms: extension, desktop, web, ios or android.
   */
  platforms?: Platform | [Platform, ...Platform[]];
  /**
   * A semver range the session's platform version must satisfy, e.g. "<5.20.0".
   */
  platformVersion?: string;
  /**
   * IPv4 or IPv6 addresses and CIDR blocks, e.g. 198.51.100.0/24 or 2001:db8::/32.
   */
  ipAddresses?: NonEmptyText | [NonEmptyText, ...NonEmptyText[]];
}

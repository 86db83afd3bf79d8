/**
 * The normalized desired state: what the policy files mean once loaded, merged and checked.
 * One model serves every consumer: the diff (reconcile/), the renderers and the Terraform
 * path (terraform/). Nothing here knows about YAML, HTTP or CDKTF.
 */
import type { SourcePosition } from "./diagnostic";

/** The facts of a live session that revocation rules look at. The API's Session fits it. */
export interface SessionFacts {
  id: string;
  memberEmail: string;
  deviceType: string;
  browser: string;
  platform: string;
  platformVersion: string;
  ipAddress: string;
  /** ISO 8601 instant. */
  lastLoginAt: string;
}

export interface DesiredState {
  /** Sorted by organization id. */
  organizations: OrganizationPolicy[];
}

export interface OrganizationPolicy {
  organization: string;
  /** null when no document sets it: the live value is left alone. */
  sessionLength: SessionLengthSetting | null;
  /** Lower-cased emails, sorted. Never revoked by any rule. */
  protectedMembers: string[];
  /** Per run and organization; 100 when not set. */
  maxRevocations: number;
  /** Sorted by rule id. */
  revocations: RevocationRule[];
  /** Where documents for this organization start, sorted. */
  sources: SourcePosition[];
}

export interface SessionLengthSetting {
  seconds: number;
  /** Canonical text: the largest units first, e.g. "7d", "1d12h", "90m" becomes "1h30m". */
  text: string;
  source: SourcePosition;
}

/** Lists are lower-cased where matching ignores case (browsers, platforms, device types). */
export interface NormalizedMatch {
  sessionIds?: string[];
  deviceTypes?: string[];
  browsers?: string[];
  platforms?: string[];
  /** A semver range as written, e.g. "<5.20.0". */
  platformVersion?: string;
  /** Addresses and CIDR blocks as written. */
  ipAddresses?: string[];
}

export interface RevocationRule {
  id: string;
  reason: string;
  /** "*" for every member, else lower-cased emails, sorted. */
  members: "*" | string[];
  /** ISO 8601 instants, normalized to UTC with a trailing Z. */
  lastLoginBefore?: string;
  lastLoginAfter?: string;
  expiresAt?: string;
  match: NormalizedMatch;
  source: SourcePosition;
  /**
   * The rule's desired state as plain JSON with sorted keys and no source positions:
   * what Terraform triggers hold, so that a rule changes its resource only when its
   * meaning changes.
   */
  canonical: Record<string, unknown>;
  /**
   * True when the rule wants this session revoked at `now`: the member is listed (or "*"),
   * every match key matches, lastLoginAt lies in the window, the rule has not expired, and
   * the member is not protected in the organization.
   */
  matches(session: SessionFacts, now: Date): boolean;
}

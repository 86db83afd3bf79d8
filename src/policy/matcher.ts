/**
 * Compiles a revocation rule into a predicate over live sessions: lower-cased sets, compiled
 * address blocks and one parsed semver range, so that matching a large organization's sessions
 * costs a few lookups per session. The predicate and the canonical form are built on first
 * use: `validate` loads thousands of rules and needs neither.
 */
import type { Range } from "semver";
import { addressIn, addressSetOf, parseAddressBlock, type AddressBlock } from "./addresses";
import { sortKeys } from "./canonical";
import type { RuleSpec } from "./document";
import { instantMillis } from "./instants";
import type { RevocationRule, SessionFacts } from "./model";
import { looseVersion, prereleaseRange } from "./versions";

type Check = (session: SessionFacts, now: number) => boolean;

/**
 * The rule as the model describes it. `protectedMembers` are the organization's, lower-cased;
 * they are part of the rule's meaning, so they are part of its canonical form too.
 */
export function compileRule(spec: RuleSpec, protectedMembers: readonly string[]): RevocationRule {
  let checks: Check[] | undefined;
  let canonical: Record<string, unknown> | undefined;
  const rule: RevocationRule = {
    id: spec.id,
    reason: spec.reason,
    members: spec.members,
    match: spec.match,
    source: spec.source,
    // A getter in the literal is an own enumerable property: spreads and JSON still see it.
    get canonical() {
      return (canonical ??= canonicalOf(spec, protectedMembers));
    },
    matches: (session, now) => {
      checks ??= compileChecks(spec, protectedMembers);
      const at = now.getTime();
      for (const check of checks) if (!check(session, at)) return false;
      return true;
    },
  };
  if (spec.lastLoginBefore !== undefined) rule.lastLoginBefore = spec.lastLoginBefore;
  if (spec.lastLoginAfter !== undefined) rule.lastLoginAfter = spec.lastLoginAfter;
  if (spec.expiresAt !== undefined) rule.expiresAt = spec.expiresAt;
  return rule;
}

function canonicalOf(spec: RuleSpec, protectedMembers: readonly string[]): Record<string, unknown> {
  const { source: _source, ...meaning } = spec;
  return sortKeys({ ...meaning, protectedMembers: [...protectedMembers].sort() }) as Record<
    string,
    unknown
  >;
}

/** Cheapest checks first: set lookups, then times, then addresses and versions. */
function compileChecks(spec: RuleSpec, protectedMembers: readonly string[]): Check[] {
  const checks: Check[] = [];
  const isProtected = new Set(protectedMembers.map((m) => m.toLowerCase()));
  checks.push((s) => !isProtected.has(s.memberEmail.toLowerCase()));
  if (spec.members !== "*") {
    const members = new Set(spec.members);
    checks.push((s) => members.has(s.memberEmail.toLowerCase()));
  }
  const { match } = spec;
  if (match.sessionIds) {
    const ids = new Set(match.sessionIds);
    checks.push((s) => ids.has(s.id));
  }
  addLowerCaseCheck(checks, match.deviceTypes, (s) => s.deviceType);
  addLowerCaseCheck(checks, match.browsers, (s) => s.browser);
  addLowerCaseCheck(checks, match.platforms, (s) => s.platform);
  addTimeChecks(checks, spec);
  if (match.ipAddresses) {
    const blocks = match.ipAddresses.map(parseAddressBlock);
    const set = addressSetOf(blocks.filter((b): b is AddressBlock => b !== undefined));
    checks.push((s) => addressIn(set, s.ipAddress));
  }
  if (match.platformVersion !== undefined) {
    const range = rangeOf(match.platformVersion);
    checks.push((s) => {
      const version = looseVersion(s.platformVersion);
      return range !== undefined && version !== null && range.test(version);
    });
  }
  return checks;
}

/**
 * Pre-releases count as their place in the order (5.20.0-beta.1 is below 5.20.0), which is
 * what a rule against old releases means. A range the loader rejected matches nothing.
 */
function rangeOf(text: string): Range | undefined {
  try {
    return prereleaseRange(text);
  } catch {
    return undefined;
  }
}

function addLowerCaseCheck(
  checks: Check[],
  wanted: readonly string[] | undefined,
  field: (s: SessionFacts) => string,
): void {
  if (!wanted) return;
  const set = new Set(wanted.map((v) => v.toLowerCase()));
  checks.push((s) => set.has(field(s).toLowerCase()));
}

/** Window: lastLoginAfter <= lastLoginAt < lastLoginBefore; expired from expiresAt on. */
function addTimeChecks(checks: Check[], spec: RuleSpec): void {
  if (spec.expiresAt !== undefined) {
    const expires = instantMillis(spec.expiresAt);
    checks.push((_s, now) => now < expires);
  }
  if (spec.lastLoginAfter === undefined && spec.lastLoginBefore === undefined) return;
  const after = spec.lastLoginAfter === undefined ? -Infinity : instantMillis(spec.lastLoginAfter);
  const before =
    spec.lastLoginBefore === undefined ? Infinity : instantMillis(spec.lastLoginBefore);
  checks.push((s) => {
    const at = Date.parse(s.lastLoginAt);
    return !Number.isNaN(at) && after <= at && at < before;
  });
}

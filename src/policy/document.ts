/**
 * The checks JSON Schema cannot make, on the parts of one document that conform to the
 * schema, and its normalized content: a fragment of an organization's policy, with the
 * places of its settings so that merging can cite both places of a conflict.
 */
import { parseAddressBlock } from "./addresses";
import type { Diagnostic, Severity, SourcePosition } from "./diagnostic";
import {
  parseSessionLength,
  RECOMMENDED_MAX_SESSION_LENGTH_SECONDS,
  sessionLengthInRange,
  formatSessionLength,
} from "./duration";
import { instantMillis, normalizeInstant } from "./instants";
import { type Problem, semantic } from "./messages";
import type { NormalizedMatch, RevocationRule } from "./model";
import { locate, type SourceDocument } from "./source";
import type { Match, PolicyDocument, RevocationRule as RuleDocument } from "./types.generated";
import { validRange } from "./versions";

/** A rule as written, normalized: a RevocationRule before its matcher is compiled. */
export type RuleSpec = Omit<RevocationRule, "canonical" | "matches">;

export interface Placed<T> {
  value: T;
  source: SourcePosition;
}

/** What one document says about its organization. */
export interface PolicyFragment {
  organization: string;
  source: SourcePosition;
  sessionLength?: Placed<number>;
  maxRevocations?: Placed<number>;
  protectedMembers: string[];
  rules: RuleSpec[];
}

/** Parts of a document that failed the schema, left out of the value checks. */
export interface NonConforming {
  keys: ReadonlySet<string>;
  rules: ReadonlySet<number>;
}

const NOTHING_FAILED: NonConforming = { keys: new Set(), rules: new Set() };

/**
 * Checks a document and normalizes it; problems are returned, never thrown. Parts named in
 * `failed` are skipped: the fragment is then incomplete and only its diagnostics count.
 */
export function readDocument(
  source: SourceDocument,
  now: Date,
  failed: NonConforming = NOTHING_FAILED,
): { fragment: PolicyFragment; diagnostics: Diagnostic[] } {
  const doc = withoutKeys(source.value as PolicyDocument, failed.keys);
  const diagnostics: Diagnostic[] = [];
  const report = (severity: Severity, p: Problem, path: string[]) =>
    diagnostics.push({ ...locate(source, path), severity, code: p.code, message: p.message });

  const fragment: PolicyFragment = {
    organization: doc.organization,
    source: locate(source, ["organization"]),
    protectedMembers: (doc.protectedMembers ?? []).map((e) => e.toLowerCase()),
    rules: [],
  };
  if (doc.sessionLength !== undefined) {
    const seconds = checkSessionLength(doc.sessionLength, (s, p) =>
      report(s, p, ["sessionLength"]),
    );
    fragment.sessionLength = { value: seconds, source: locate(source, ["sessionLength"]) };
  }
  if (doc.guardrails?.maxRevocations !== undefined) {
    const path = ["guardrails", "maxRevocations"];
    fragment.maxRevocations = {
      value: doc.guardrails.maxRevocations,
      source: locate(source, path),
    };
  }
  (doc.revocations ?? []).forEach((rule, index) => {
    if (failed.rules.has(index)) return;
    const at = (path: string[]) => ["revocations", String(index), ...path];
    const spec = readRule(rule, now, locate(source, at([])), (s, p, path) =>
      report(s, p, at(path)),
    );
    fragment.rules.push(spec);
  });
  return { fragment, diagnostics };
}

type Report = (severity: Severity, problem: Problem, path: string[]) => void;

function withoutKeys(doc: PolicyDocument, keys: ReadonlySet<string>): PolicyDocument {
  if (keys.size === 0) return doc;
  return Object.fromEntries(
    Object.entries(doc).filter(([key]) => !keys.has(key)),
  ) as unknown as PolicyDocument;
}

function checkSessionLength(text: string, report: (s: Severity, p: Problem) => void): number {
  const parsed = parseSessionLength(text);
  if ("error" in parsed) return 0; // the schema pattern already reported the grammar
  if (!sessionLengthInRange(parsed.seconds)) {
    report("error", semantic.sessionLengthRange(text));
  } else if (parsed.seconds > RECOMMENDED_MAX_SESSION_LENGTH_SECONDS) {
    report("warning", semantic.sessionLengthLong(formatSessionLength(parsed.seconds)));
  }
  return parsed.seconds;
}

function readRule(rule: RuleDocument, now: Date, source: SourcePosition, report: Report): RuleSpec {
  const spec: RuleSpec = {
    id: rule.id,
    reason: rule.reason,
    members: readMembers(rule.members, report),
    match: readMatch(rule.match ?? {}, report),
    source,
  };
  for (const key of ["lastLoginBefore", "lastLoginAfter", "expiresAt"] as const) {
    const value = rule[key];
    if (value !== undefined) spec[key] = normalizeInstant(value);
  }
  checkWindow(spec, report);
  if (spec.expiresAt !== undefined && instantMillis(spec.expiresAt) <= now.getTime()) {
    report("warning", semantic.expired(spec.id, spec.expiresAt), ["expiresAt"]);
  }
  return spec;
}

function checkWindow(spec: RuleSpec, report: Report): void {
  const { lastLoginAfter: after, lastLoginBefore: before } = spec;
  if (after === undefined || before === undefined) return;
  if (instantMillis(after) < instantMillis(before)) return;
  report("error", semantic.windowOrder(after, before), ["lastLoginAfter"]);
}

function readMembers(members: RuleDocument["members"], report: Report): "*" | string[] {
  const list = asList(members);
  if (list.includes("*")) {
    if (list.some((m) => m !== "*")) report("error", semantic.starWithEmails(), ["members"]);
    return "*";
  }
  return sortedUnique(list.map((m) => m.toLowerCase()));
}

function readMatch(match: Match, report: Report): NormalizedMatch {
  const out: NormalizedMatch = {};
  const lower = (values: string[]) => sortedUnique(values.map((v) => v.toLowerCase()));
  if (match.sessionIds !== undefined) out.sessionIds = sortedUnique(asList(match.sessionIds));
  if (match.deviceTypes !== undefined) out.deviceTypes = lower(asList(match.deviceTypes));
  if (match.browsers !== undefined) out.browsers = lower(asList(match.browsers));
  if (match.platforms !== undefined) out.platforms = lower(asList(match.platforms));
  if (match.platformVersion !== undefined) {
    if (validRange(match.platformVersion) === null) {
      report("error", semantic.badSemverRange(match.platformVersion), ["match", "platformVersion"]);
    }
    out.platformVersion = match.platformVersion;
  }
  if (match.ipAddresses !== undefined) {
    const single = !Array.isArray(match.ipAddresses);
    const list = asList(match.ipAddresses);
    list.forEach((value, i) => {
      if (parseAddressBlock(value) !== undefined) return;
      const path = single ? ["match", "ipAddresses"] : ["match", "ipAddresses", String(i)];
      report("error", semantic.badAddress(value), path);
    });
    out.ipAddresses = sortedUnique(list);
  }
  return out;
}

function asList<T>(value: T | readonly T[]): T[] {
  return Array.isArray(value) ? [...(value as T[])] : [value as T];
}

export function sortedUnique(values: readonly string[]): string[] {
  return [...new Set(values)].sort();
}

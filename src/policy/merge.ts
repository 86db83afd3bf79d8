/**
 * Merges the fragments of every document into one policy per organization: settings may be
 * set once per organization (a second setting is an error citing the first), lists
 * concatenate, and rule ids stay unique across documents.
 */
import type { Diagnostic, SourcePosition } from "./diagnostic";
import { compareDiagnostics } from "./diagnostic";
import type { PolicyFragment, RuleSpec, Placed } from "./document";
import { sortedUnique } from "./document";
import { formatSessionLength } from "./duration";
import { compileRule } from "./matcher";
import { type Problem, semantic } from "./messages";
import type { OrganizationPolicy } from "./model";

/** Applies when no document sets guardrails.maxRevocations. */
export const DEFAULT_MAX_REVOCATIONS = 100;

interface Gathered {
  organization: string;
  sources: SourcePosition[];
  sessionLength?: Placed<number>;
  maxRevocations?: Placed<number>;
  protectedMembers: string[];
  rules: RuleSpec[];
}

/** Fragments in file and document order; organizations come out sorted by id. */
export function mergeFragments(fragments: readonly PolicyFragment[]): {
  organizations: OrganizationPolicy[];
  diagnostics: Diagnostic[];
} {
  const diagnostics: Diagnostic[] = [];
  const conflict = (p: Problem, at: SourcePosition) =>
    diagnostics.push({ ...at, severity: "error", code: p.code, message: p.message });
  const byOrganization = new Map<string, Gathered>();

  for (const f of fragments) {
    const org = gathered(byOrganization, f.organization);
    org.sources.push(f.source);
    org.sessionLength = once(org.sessionLength, f.sessionLength, (first, second) =>
      conflict(semantic.setTwice("sessionLength", f.organization, place(first)), second),
    );
    org.maxRevocations = once(org.maxRevocations, f.maxRevocations, (first, second) =>
      conflict(
        semantic.setTwice("guardrails.maxRevocations", f.organization, place(first)),
        second,
      ),
    );
    org.protectedMembers.push(...f.protectedMembers);
    org.rules.push(...f.rules);
  }
  for (const org of byOrganization.values()) {
    const firstById = new Map<string, RuleSpec>();
    for (const rule of org.rules) {
      const first = firstById.get(rule.id);
      if (first)
        conflict(
          semantic.duplicateRuleId(rule.id, org.organization, place(first.source)),
          rule.source,
        );
      else firstById.set(rule.id, rule);
    }
  }
  const organizations = [...byOrganization.values()]
    .sort((a, b) => (a.organization < b.organization ? -1 : 1))
    .map(toPolicy);
  return { organizations, diagnostics: diagnostics.sort(compareDiagnostics) };
}

function gathered(map: Map<string, Gathered>, organization: string): Gathered {
  let org = map.get(organization);
  if (!org) {
    org = { organization, sources: [], protectedMembers: [], rules: [] };
    map.set(organization, org);
  }
  return org;
}

function once<T>(
  current: Placed<T> | undefined,
  next: Placed<T> | undefined,
  onConflict: (first: SourcePosition, second: SourcePosition) => void,
): Placed<T> | undefined {
  if (next === undefined) return current;
  if (current === undefined) return next;
  onConflict(current.source, next.source);
  return current;
}

/** `file:LINE`, how a message names another place. */
function place(pos: SourcePosition): string {
  return `${pos.file}:${pos.line}`;
}

function toPolicy(org: Gathered): OrganizationPolicy {
  const protectedMembers = sortedUnique(org.protectedMembers);
  const rules = [...org.rules]
    .sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
    .filter((rule, i, all) => i === 0 || all[i - 1]!.id !== rule.id)
    .map((rule) => compileRule(rule, protectedMembers));
  const length = org.sessionLength;
  return {
    organization: org.organization,
    sessionLength: length
      ? { seconds: length.value, text: formatSessionLength(length.value), source: length.source }
      : null,
    protectedMembers,
    maxRevocations: org.maxRevocations?.value ?? DEFAULT_MAX_REVOCATIONS,
    revocations: rules,
    sources: [...org.sources].sort(comparePositions),
  };
}

function comparePositions(a: SourcePosition, b: SourcePosition): number {
  if (a.file !== b.file) return a.file < b.file ? -1 : 1;
  return a.line - b.line || a.col - b.col;
}

/**
 * `triggers` of each null_resource: the managed item's canonical desired state, as
 * Terraform's `map(string)`. Terraform replaces the resource, and so runs its provisioner,
 * exactly when one of these strings changes; source positions stay out, so moving a rule
 * within a file or to another file changes nothing.
 */
import type { OrganizationPolicy, RevocationRule, SessionLengthSetting } from "../policy/model";
import { SESSION_LENGTH_ITEM, revocationItem } from "./names";

export type Triggers = Record<string, string>;

/** JSON with object keys sorted at every depth, no whitespace: one text for one value. */
export function canonicalJson(value: unknown): string {
  return JSON.stringify(sortKeys(value));
}

function sortKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(sortKeys);
  if (value === null || typeof value !== "object") return value;
  const entries = Object.entries(value as Record<string, unknown>)
    .filter(([, v]) => v !== undefined)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return Object.fromEntries(entries.map(([k, v]) => [k, sortKeys(v)]));
}

export function sessionLengthTriggers(
  organization: string,
  sessionLength: SessionLengthSetting,
): Triggers {
  return {
    organization,
    item: SESSION_LENGTH_ITEM,
    desired: canonicalJson({ seconds: sessionLength.seconds, text: sessionLength.text }),
  };
}

/**
 * The rule's canonical form, as the policy loader builds it: it carries the organization's
 * protected members too, since they decide which sessions the rule may revoke.
 */
export function revocationTriggers(policy: OrganizationPolicy, rule: RevocationRule): Triggers {
  return {
    organization: policy.organization,
    item: revocationItem(rule.id),
    desired: canonicalJson(rule.canonical),
  };
}

/**
 * Desired-state values built directly, as the policy loader would produce them, so the
 * Terraform path can be tested on exact inputs (rule ids, odd organization ids) that a YAML
 * fixture would only obscure.
 */
import type { OrganizationPolicy, RevocationRule } from "../../src/policy/model";

export function revocationRule(
  id: string,
  fields: Partial<Pick<RevocationRule, "reason" | "members" | "lastLoginBefore">> = {},
  file = "policies/acme.yaml",
): RevocationRule {
  const reason = fields.reason ?? `reason of ${id}`;
  const members = fields.members ?? [`${id}@acme.example`];
  const canonical: Record<string, unknown> = { id, match: {}, members, reason };
  if (fields.lastLoginBefore) canonical.lastLoginBefore = fields.lastLoginBefore;
  return {
    id,
    reason,
    members,
    lastLoginBefore: fields.lastLoginBefore,
    match: {},
    source: { file, line: 10, col: 5 },
    canonical,
    matches() {
      throw new Error("the Terraform path must never evaluate a rule against a session");
    },
  };
}

export function organizationPolicy(
  organization: string,
  fields: Partial<Omit<OrganizationPolicy, "organization">> = {},
): OrganizationPolicy {
  const file = `policies/${organization}.yaml`;
  return {
    organization,
    sessionLength:
      fields.sessionLength === undefined
        ? { seconds: 604800, text: "7d", source: { file, line: 3, col: 16 } }
        : fields.sessionLength,
    protectedMembers: fields.protectedMembers ?? [],
    maxRevocations: fields.maxRevocations ?? 100,
    revocations: fields.revocations ?? [],
    sources: fields.sources ?? [{ file, line: 1, col: 1 }],
  };
}

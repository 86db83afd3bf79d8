/**
 * `--only ITEM`: narrow the desired state to one managed item before diffing, so that plan
 * and apply touch nothing else (how Terraform's null resources run one item each).
 */
import { UsageError } from "../errors";
import type { DesiredState, OrganizationPolicy } from "../policy/model";
import { unknownOnlyItem, unknownOrganization } from "./messages";

export const SESSION_LENGTH_ITEM = "session-length";
const REVOCATION_PREFIX = "revocation:";

/** Every item `--only` accepts for this desired state, sorted. */
export function onlyItems(desired: DesiredState): string[] {
  const items = new Set<string>();
  for (const organization of desired.organizations) {
    if (organization.sessionLength) items.add(SESSION_LENGTH_ITEM);
    for (const rule of organization.revocations) items.add(`${REVOCATION_PREFIX}${rule.id}`);
  }
  return [...items].sort();
}

/**
 * The desired state narrowed to `item`: `session-length` keeps only the session length;
 * `revocation:ID` keeps only that rule and leaves the session length unmanaged.
 * Organizations with nothing left to manage drop out.
 * Throws a UsageError listing the valid items when `item` names nothing in the policy.
 */
export function narrowDesiredState(desired: DesiredState, item: string): DesiredState {
  const valid = onlyItems(desired);
  if (!valid.includes(item)) throw new UsageError(unknownOnlyItem(item, valid));

  const narrow =
    item === SESSION_LENGTH_ITEM
      ? (o: OrganizationPolicy): OrganizationPolicy => ({ ...o, revocations: [] })
      : (o: OrganizationPolicy): OrganizationPolicy => ({
          ...o,
          sessionLength: null,
          revocations: o.revocations.filter((r) => r.id === item.slice(REVOCATION_PREFIX.length)),
        });
  // Organizations left with nothing to manage are not read at all.
  const organizations = desired.organizations
    .map(narrow)
    .filter((o) => o.sessionLength !== null || o.revocations.length > 0);
  return { organizations };
}

/**
 * The desired state narrowed to one organization (`--org`), so that a run, for instance one
 * Terraform stack's provisioner, touches no other organization named in the same files.
 * Throws a UsageError listing the organizations of the policy when `organization` is not one.
 */
export function narrowToOrganization(desired: DesiredState, organization: string): DesiredState {
  const organizations = desired.organizations.filter((o) => o.organization === organization);
  if (organizations.length === 0) {
    const known = desired.organizations.map((o) => o.organization);
    throw new UsageError(unknownOrganization(organization, known));
  }
  return { organizations };
}

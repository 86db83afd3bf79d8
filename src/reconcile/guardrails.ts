/**
 * The maxRevocations guardrail: a plan that revokes more sessions in one organization than
 * its policy allows is refused (exit 3) before any write, unless the run lifts it.
 */
import { RefusedError } from "../errors";
import { massRevocation } from "./messages";
import type { Plan } from "./plan";

export interface GuardrailBreach {
  organization: string;
  revocations: number;
  maxRevocations: number;
}

/** Organizations whose planned revocations exceed their maxRevocations, sorted. */
export function guardrailBreaches(plan: Plan): GuardrailBreach[] {
  return plan.organizations
    .map((o) => ({
      organization: o.organization,
      revocations: o.changes.filter((c) => c.action === "revoke-session").length,
      maxRevocations: o.maxRevocations,
    }))
    .filter((b) => b.revocations > b.maxRevocations);
}

/** Throws a RefusedError naming every breach, unless `allowMassRevocation`. */
export function enforceGuardrails(plan: Plan, allowMassRevocation: boolean): void {
  if (allowMassRevocation) return;
  const breaches = guardrailBreaches(plan);
  if (breaches.length > 0) throw new RefusedError(massRevocation(breaches));
}

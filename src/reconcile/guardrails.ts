/**
 * The maxRevocations guardrail: a plan that logs out more sessions in one organization than
 * its policy allows is refused (exit 3) before any write, unless the run lifts it. Sessions
 * that a shorter session length ends at once count as well as revoked ones: for the member
 * it is the same logout, and a mistyped `sessionLength: 1h` must not pass where a rule
 * revoking every session would not.
 */
import { RefusedError } from "../errors";
import { massRevocation } from "./messages";
import type { Plan } from "./plan";

export interface GuardrailBreach {
  organization: string;
  /** Sessions the plan revokes. */
  revocations: number;
  /** Sessions the plan's shorter session length ends at once. */
  endedBySessionLength: number;
  maxRevocations: number;
}

/** Organizations whose planned logouts exceed their maxRevocations, sorted. */
export function guardrailBreaches(plan: Plan): GuardrailBreach[] {
  return plan.organizations
    .map((o) => {
      let revocations = 0;
      let endedBySessionLength = 0;
      for (const change of o.changes) {
        if (change.action === "revoke-session") revocations += 1;
        else endedBySessionLength += change.impact.sessions;
      }
      return {
        organization: o.organization,
        revocations,
        endedBySessionLength,
        maxRevocations: o.maxRevocations,
      };
    })
    .filter((b) => b.revocations + b.endedBySessionLength > b.maxRevocations);
}

/** Throws a RefusedError naming every breach, unless `allowMassRevocation`. */
export function enforceGuardrails(plan: Plan, allowMassRevocation: boolean): void {
  if (allowMassRevocation) return;
  const breaches = guardrailBreaches(plan);
  if (breaches.length > 0) throw new RefusedError(massRevocation(breaches));
}

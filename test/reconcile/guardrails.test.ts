import { describe, expect, it } from "vitest";
import { RefusedError } from "../../src/errors";
import { buildPlan } from "../../src/reconcile/diff";
import { enforceGuardrails, guardrailBreaches } from "../../src/reconcile/guardrails";
import { NOW, live, policy, session } from "./fixtures";

function planRevoking(count: number, maxRevocations: number) {
  const sessions = Array.from({ length: count }, (_, i) => session(`user${i}@acme.example`, 1));
  return buildPlan(
    { organizations: [policy("acme", { maxRevocations, rules: [{ id: "all", members: "*" }] })] },
    [live("acme", sessions)],
    NOW,
  );
}

describe("maxRevocations guardrail", () => {
  it("allows exactly maxRevocations revocations", () => {
    expect(guardrailBreaches(planRevoking(3, 3))).toEqual([]);
    expect(() => enforceGuardrails(planRevoking(3, 3), false)).not.toThrow();
  });

  it("refuses one more, naming the organization, the count and the limit", () => {
    const plan = planRevoking(4, 3);
    expect(guardrailBreaches(plan)).toEqual([
      { organization: "acme", revocations: 4, maxRevocations: 3 },
    ]);
    let refused: unknown;
    try {
      enforceGuardrails(plan, false);
    } catch (error) {
      refused = error;
    }
    expect(refused).toBeInstanceOf(RefusedError);
    expect((refused as Error).message).toContain(
      "acme: the plan revokes 4 sessions, more than guardrails.maxRevocations (3)",
    );
    expect((refused as Error).message).toContain("--allow-mass-revocation");
  });

  it("is lifted by --allow-mass-revocation", () => {
    expect(() => enforceGuardrails(planRevoking(4, 3), true)).not.toThrow();
  });
});

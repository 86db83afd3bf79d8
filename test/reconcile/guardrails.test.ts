import { describe, expect, it } from "vitest";
import { RefusedError } from "../../src/errors";
import { buildPlan } from "../../src/reconcile/diff";
import { enforceGuardrails, guardrailBreaches } from "../../src/reconcile/guardrails";
import { DAY, NOW, live, policy, session } from "./fixtures";

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
      { organization: "acme", revocations: 4, endedBySessionLength: 0, maxRevocations: 3 },
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

describe("maxRevocations and a shorter session length", () => {
  // Four members logged in 2 days ago: a 1-day session length ends all four at once.
  const sessions = Array.from({ length: 4 }, (_, i) => session(`user${i}@acme.example`, 48));

  function planShortening(maxRevocations: number) {
    const desired = policy("acme", { maxRevocations, sessionLengthSeconds: DAY });
    return buildPlan({ organizations: [desired] }, [live("acme", sessions)], NOW);
  }

  it("counts the sessions the shorter length ends at once as logouts", () => {
    expect(guardrailBreaches(planShortening(3))).toEqual([
      { organization: "acme", revocations: 0, endedBySessionLength: 4, maxRevocations: 3 },
    ]);
    expect(() => enforceGuardrails(planShortening(3), false)).toThrow(
      "acme: the plan logs out 4 sessions (0 revoked, 4 ended by the shorter session length), " +
        "more than guardrails.maxRevocations (3)",
    );
  });

  it("lets the same change through within the limit or with --allow-mass-revocation", () => {
    expect(guardrailBreaches(planShortening(4))).toEqual([]);
    expect(() => enforceGuardrails(planShortening(3), true)).not.toThrow();
  });
});

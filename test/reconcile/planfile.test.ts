import { describe, expect, it } from "vitest";
import { ExternalError } from "../../src/errors";
import { buildPlan } from "../../src/reconcile/diff";
import { looksLikePlanFile, parsePlan, serializePlan } from "../../src/reconcile/planfile";
import { DAY, NOW, live, policy, session } from "./fixtures";

const plan = buildPlan(
  {
    organizations: [
      policy("acme", {
        sessionLengthSeconds: 7 * DAY,
        rules: [{ id: "off-jane", members: ["jane@acme.example"] }],
      }),
    ],
  },
  [live("acme", [session("jane@acme.example", 1)])],
  NOW,
);

function problem(text: string): string {
  try {
    parsePlan(text, "plan.json");
  } catch (error) {
    expect(error).toBeInstanceOf(ExternalError);
    return (error as Error).message;
  }
  throw new Error("expected the plan to be refused");
}

describe("saved plans", () => {
  it("round-trips a plan with its dependencies and reasons", () => {
    const text = serializePlan(plan);
    expect(text.endsWith("}\n")).toBe(true);
    expect(parsePlan(text, "plan.json")).toEqual(plan);
    expect(JSON.parse(text).organizations[0]).toMatchObject({
      dependencies: { settingsEtag: `"etag-acme-2592000"`, sessionLengthSeconds: 30 * DAY },
      reasons: { "off-jane": "reason of off-jane" },
    });
  });

  it("is recognised by content, not by file name", () => {
    expect(looksLikePlanFile(serializePlan(plan))).toBe(true);
    expect(looksLikePlanFile("version: 1\norganization: acme\n")).toBe(false);
    expect(looksLikePlanFile('{"version": 1, "organization": "acme"}')).toBe(false);
  });

  it("refuses an unknown formatVersion", () => {
    const text = serializePlan({ ...plan, formatVersion: 2 as 1 });
    expect(problem(text)).toContain("formatVersion 2");
  });

  it("refuses malformed JSON and a broken structure, saying where", () => {
    expect(problem('{"formatVersion": 1,')).toContain("invalid JSON");
    const broken = JSON.parse(serializePlan(plan));
    delete broken.organizations[0].dependencies.settingsEtag;
    expect(problem(JSON.stringify(broken))).toContain("organizations[0].dependencies.settingsEtag");
    const unexplained = JSON.parse(serializePlan(plan));
    unexplained.organizations[0].reasons = {};
    expect(problem(JSON.stringify(unexplained))).toContain("rule off-jane has no reason");
  });
});

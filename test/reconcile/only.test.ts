import { describe, expect, it } from "vitest";
import { UsageError } from "../../src/errors";
import { narrowDesiredState, narrowToOrganization, onlyItems } from "../../src/reconcile/only";
import { DAY, policy } from "./fixtures";

const desired = {
  organizations: [
    policy("acme", {
      sessionLengthSeconds: 7 * DAY,
      rules: [
        { id: "off-jane", members: ["jane@acme.example"] },
        { id: "phones", members: "*" },
      ],
    }),
    policy("globex", { rules: [{ id: "off-jane", members: ["jane@globex.example"] }] }),
  ],
};

describe("--only", () => {
  it("lists the items a policy manages", () => {
    expect(onlyItems(desired)).toEqual([
      "revocation:off-jane",
      "revocation:phones",
      "session-length",
    ]);
  });

  it("keeps only the session length for session-length, dropping organizations without one", () => {
    const narrowed = narrowDesiredState(desired, "session-length");
    expect(
      narrowed.organizations.map((o) => [
        o.organization,
        o.sessionLength?.seconds ?? null,
        o.revocations.length,
      ]),
    ).toEqual([["acme", 7 * DAY, 0]]);
  });

  it("keeps one rule and leaves the session length unmanaged for revocation:ID", () => {
    const narrowed = narrowDesiredState(desired, "revocation:off-jane");
    expect(
      narrowed.organizations.map((o) => [o.sessionLength, o.revocations.map((r) => r.id)]),
    ).toEqual([
      [null, ["off-jane"]],
      [null, ["off-jane"]],
    ]);
  });

  it("refuses an unknown item with a usage error listing the valid ones", () => {
    expect(() => narrowDesiredState(desired, "revocation:nope")).toThrow(UsageError);
    expect(() => narrowDesiredState(desired, "sessionLength")).toThrow(
      "valid items: revocation:off-jane, revocation:phones, session-length",
    );
  });
});

describe("--org", () => {
  it("keeps one organization whole", () => {
    const narrowed = narrowToOrganization(desired, "globex");
    expect(narrowed.organizations.map((o) => o.organization)).toEqual(["globex"]);
    expect(narrowed.organizations[0]!.revocations.map((r) => r.id)).toEqual(["off-jane"]);
  });

  it("refuses an organization the policy does not name, listing those it does", () => {
    expect(() => narrowToOrganization(desired, "initech")).toThrow(UsageError);
    expect(() => narrowToOrganization(desired, "initech")).toThrow(/organizations: acme, globex/);
  });
});

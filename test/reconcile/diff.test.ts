import { describe, expect, it } from "vitest";
import { buildPlan, diffOrganization } from "../../src/reconcile/diff";
import type { RevokeSessionChange } from "../../src/reconcile/plan";
import { DAY, NOW, live, policy, session } from "./fixtures";

const revocations = (changes: { action: string }[]) =>
  changes.filter((c): c is RevokeSessionChange => c.action === "revoke-session");

describe("diffOrganization", () => {
  it("puts the session length change first with its impact on live sessions", () => {
    const sessions = [
      session("jane@acme.example", 10 * 24), // 10 days ago: a 7d length ends it
      session("jane@acme.example", 8 * 24),
      session("tom@acme.example", 2), // recent: survives
    ];
    const plan = diffOrganization(
      policy("acme", {
        sessionLengthSeconds: 7 * DAY,
        rules: [{ id: "off-tom", members: ["tom@acme.example"] }],
      }),
      live("acme", sessions),
      NOW,
    );

    expect(plan.changes[0]).toEqual({
      action: "update-session-length",
      from: { seconds: 30 * DAY, text: "30d" },
      to: { seconds: 7 * DAY, text: "7d" },
      impact: { sessions: 2, members: 1 },
    });
    expect(revocations(plan.changes).map((c) => c.member)).toEqual(["tom@acme.example"]);
  });

  it("does not revoke sessions that the shorter session length ends anyway", () => {
    const old = session("jane@acme.example", 9 * 24);
    const recent = session("jane@acme.example", 1);
    const plan = diffOrganization(
      policy("acme", {
        sessionLengthSeconds: 7 * DAY,
        rules: [{ id: "off-jane", members: ["jane@acme.example"] }],
      }),
      live("acme", [old, recent]),
      NOW,
    );

    expect(revocations(plan.changes).map((c) => c.sessionId)).toEqual([recent.id]);
    // The surviving session is every session jane keeps, so one revoke-all does it.
    expect(plan.memberWideRevocations).toEqual(["m-jane"]);
  });

  it("plans no setting change when the session length is unmanaged or equal", () => {
    const sessions = [session("a@acme.example", 1)];
    expect(diffOrganization(policy("acme"), live("acme", sessions), NOW).changes).toEqual([]);
    expect(
      diffOrganization(
        policy("acme", { sessionLengthSeconds: 30 * DAY }),
        live("acme", sessions),
        NOW,
      ).changes,
    ).toEqual([]);
  });

  it("lists every matching rule id, sorted, and sorts revocations by member and session", () => {
    const sessions = [
      session("tom@acme.example", 3, { id: "s-b", deviceType: "mobile" }),
      session("jane@acme.example", 2, { id: "s-z" }),
      session("jane@acme.example", 1, { id: "s-a" }),
    ];
    const plan = diffOrganization(
      policy("acme", {
        rules: [
          { id: "zz-all", members: "*" },
          { id: "lost-phone", members: ["tom@acme.example"], match: { deviceTypes: ["mobile"] } },
        ],
      }),
      live("acme", sessions),
      NOW,
    );

    expect(revocations(plan.changes).map((c) => [c.member, c.sessionId, c.rules])).toEqual([
      ["jane@acme.example", "s-a", ["zz-all"]],
      ["jane@acme.example", "s-z", ["zz-all"]],
      ["tom@acme.example", "s-b", ["lost-phone", "zz-all"]],
    ]);
    expect(plan.reasons).toEqual({
      "lost-phone": "reason of lost-phone",
      "zz-all": "reason of zz-all",
    });
  });

  it("never revokes a protected member, even when a rule's matches() says so", () => {
    const sessions = [session("breakglass@acme.example", 1), session("jane@acme.example", 1)];
    const desired = policy("acme", {
      protectedMembers: ["breakglass@acme.example"],
      rules: [{ id: "everyone", members: "*" }],
    });
    // A misbehaving rule that ignores protection: the diff still keeps the member.
    const careless = { ...desired.revocations[0]!, matches: () => true };
    const plan = diffOrganization(
      { ...desired, revocations: [careless] },
      live("acme", sessions),
      NOW,
    );

    expect(revocations(plan.changes).map((c) => c.member)).toEqual(["jane@acme.example"]);
  });

  it("warns about a rule naming an unknown member and still applies the rule", () => {
    const sessions = [session("jane@acme.example", 1)];
    const plan = diffOrganization(
      policy("acme", {
        rules: [{ id: "off", members: ["ghost@acme.example", "jane@acme.example"] }],
      }),
      live("acme", sessions),
      NOW,
    );

    expect(plan.warnings).toEqual([
      "rule off names unknown member ghost@acme.example; it revokes nothing for that member",
    ]);
    expect(revocations(plan.changes)).toHaveLength(1);
  });

  it("skips a rule that throws, warns once, and lets the other rules run", () => {
    const sessions = [session("jane@acme.example", 1), session("tom@acme.example", 1)];
    const desired = policy("acme", {
      rules: [
        { id: "broken", members: "*" },
        { id: "off-tom", members: ["tom@acme.example"] },
      ],
    });
    const broken = {
      ...desired.revocations[0]!,
      matches: () => {
        throw new Error("bad range");
      },
    };
    const plan = diffOrganization(
      { ...desired, revocations: [broken, desired.revocations[1]!] },
      live("acme", sessions),
      NOW,
    );

    expect(plan.warnings).toEqual([
      "rule broken could not be evaluated (bad range); it was skipped, the other rules still apply",
    ]);
    expect(revocations(plan.changes).map((c) => c.rules)).toEqual([["off-tom"]]);
  });

  it("uses revoke-all only for members whose every session goes under a member-wide rule", () => {
    const sessions = [
      session("jane@acme.example", 1, { id: "s-j1" }),
      session("jane@acme.example", 2, { id: "s-j2" }),
      session("tom@acme.example", 1, { id: "s-t1", deviceType: "mobile" }),
      session("tom@acme.example", 1, { id: "s-t2" }),
      session("ann@acme.example", 1, { id: "s-a1", deviceType: "mobile" }),
    ];
    const plan = diffOrganization(
      policy("acme", {
        rules: [
          { id: "off-jane", members: ["jane@acme.example"] },
          {
            id: "phones",
            members: ["tom@acme.example", "ann@acme.example"],
            match: { deviceTypes: ["mobile"] },
          },
        ],
      }),
      live("acme", sessions),
      NOW,
    );

    // tom keeps a desktop session; ann loses all, but by a rule with match keys.
    expect(plan.memberWideRevocations).toEqual(["m-jane"]);
  });

  it("records the settings ETag, the session length read, and the guardrail", () => {
    const plan = diffOrganization(
      policy("acme", { maxRevocations: 5 }),
      live("acme", [], 7 * DAY),
      NOW,
    );
    expect(plan.dependencies).toEqual({
      settingsEtag: `"etag-acme-604800"`,
      sessionLengthSeconds: 7 * DAY,
    });
    expect(plan.maxRevocations).toBe(5);
  });
});

describe("buildPlan", () => {
  it("sorts organizations, counts the summary and is deterministic", () => {
    const desired = {
      organizations: [
        policy("globex", { sessionLengthSeconds: 7 * DAY }),
        policy("acme", { rules: [{ id: "all", members: "*" }] }),
      ],
    };
    const liveOrganizations = [
      live("globex", []),
      live("acme", [
        session("jane@acme.example", 1),
        session("jane@acme.example", 2),
        session("tom@acme.example", 3),
      ]),
    ];

    const plan = buildPlan(desired, liveOrganizations, NOW, "revocation:all");
    expect(plan.organizations.map((o) => o.organization)).toEqual(["acme", "globex"]);
    expect(plan.summary).toEqual({ settingChanges: 1, sessionRevocations: 3, membersAffected: 2 });
    expect(plan.createdAt).toBe(NOW.toISOString());
    expect(plan.only).toBe("revocation:all");
    expect(
      JSON.stringify(buildPlan(desired, [...liveOrganizations].reverse(), NOW, "revocation:all")),
    ).toBe(JSON.stringify(plan));
  });
});

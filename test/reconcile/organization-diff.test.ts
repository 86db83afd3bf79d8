/**
 * The page-by-page diff: however the live sessions are split into pages, the plan is the one
 * diffOrganization gives for all of them at once, down to the byte.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { diffOrganization } from "../../src/reconcile/diff";
import { OrganizationDiff } from "../../src/reconcile/organization-diff";
import type { OrganizationPolicy } from "../../src/policy/model";
import { DAY, NOW, live, policy, session } from "./fixtures";

const sessions = [
  session("jane@acme.example", 1, { id: "s-j1" }),
  session("jane@acme.example", 9 * 24, { id: "s-j2" }), // ended by the 7d length
  session("tom@acme.example", 3, { id: "s-t1", deviceType: "mobile" }),
  session("tom@acme.example", 2, { id: "s-t2" }),
  session("ann@acme.example", 8 * 24, { id: "s-a1", deviceType: "mobile" }),
  session("ann@acme.example", 1, { id: "s-a2", deviceType: "mobile" }),
  session("breakglass@acme.example", 1, { id: "s-b1", deviceType: "mobile" }),
  session("zed@acme.example", 4, { id: "s-z1" }),
];
const liveAcme = live("acme", sessions, 30 * DAY, ["quiet@acme.example"]);

function desired(): OrganizationPolicy {
  const base = policy("acme", {
    sessionLengthSeconds: 7 * DAY,
    protectedMembers: ["breakglass@acme.example"],
    rules: [
      { id: "off-jane", members: ["jane@acme.example", "ghost@acme.example"] },
      { id: "phones", members: "*", match: { deviceTypes: ["mobile"] } },
      { id: "zed-all", members: ["zed@acme.example"] },
      { id: "flaky", members: "*" },
    ],
  });
  // A rule that throws on its second session: the warning and what it skips depend on the
  // order sessions arrive in, which pages must not change.
  let calls = 0;
  const flaky = {
    ...base.revocations[3]!,
    matches: () => {
      calls += 1;
      if (calls === 2) throw new Error("bad range");
      return false;
    },
  };
  return { ...base, revocations: [...base.revocations.slice(0, 3), flaky] };
}

/** `items` cut before each index of `cuts` (sorted, deduplicated). */
function pagesOf<T>(items: readonly T[], cuts: number[]): T[][] {
  const bounds = [0, ...new Set(cuts.filter((c) => c > 0 && c < items.length))].sort(
    (a, b) => a - b,
  );
  return bounds.map((start, i) => items.slice(start, bounds[i + 1] ?? items.length));
}

function emailsOf(organization: typeof liveAcme): Set<string> {
  return new Set(organization.members.map((m) => m.email.toLowerCase()));
}

describe("OrganizationDiff", () => {
  it("gives the plan of all sessions at once, for any split into pages", () => {
    const whole = JSON.stringify(diffOrganization(desired(), liveAcme, NOW));

    fc.assert(
      fc.property(fc.array(fc.nat({ max: sessions.length }), { maxLength: 8 }), (cuts) => {
        const diff = new OrganizationDiff(desired(), liveAcme.settings, NOW);
        for (const page of pagesOf(sessions, cuts)) diff.addSessions(page);
        expect(JSON.stringify(diff.finish(emailsOf(liveAcme)))).toBe(whole);
      }),
    );
  });

  it("keeps only matched sessions, counts the rest into the impact and revoke-all", () => {
    const diff = new OrganizationDiff(desired(), liveAcme.settings, NOW);
    for (const page of pagesOf(sessions, [3, 6])) diff.addSessions(page);
    const plan = diff.finish(emailsOf(liveAcme));

    expect(plan.changes[0]).toMatchObject({ impact: { sessions: 2, members: 2 } });
    const revoked = plan.changes.flatMap((c) =>
      c.action === "revoke-session" ? [c.sessionId] : [],
    );
    expect(revoked).toEqual(["s-a2", "s-j1", "s-t1", "s-z1"]);
    // jane and zed lose every session they keep under member-wide rules; ann's rule has keys.
    expect(plan.memberWideRevocations).toEqual(["m-jane", "m-zed"]);
    expect(plan.warnings).toEqual([
      "rule off-jane names unknown member ghost@acme.example; it revokes nothing for that member",
      "rule flaky could not be evaluated (bad range); it was skipped, the other rules still apply",
    ]);
  });

  it("plans an organization without sessions", () => {
    const empty = live("acme", [], 7 * DAY);
    const plan = new OrganizationDiff(desired(), empty.settings, NOW).finish(new Set());
    expect(plan.changes).toEqual([]);
    expect(plan.memberWideRevocations).toEqual([]);
    expect(plan.dependencies).toEqual({
      settingsEtag: `"etag-acme-604800"`,
      sessionLengthSeconds: 7 * DAY,
    });
  });
});

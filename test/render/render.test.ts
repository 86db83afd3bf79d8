import { describe, expect, it } from "vitest";
import { buildPlan } from "../../src/reconcile/diff";
import type { Plan } from "../../src/reconcile/plan";
import { renderJson } from "../../src/render/json";
import { MARKDOWN_LIMIT, renderMarkdown } from "../../src/render/markdown";
import { renderText } from "../../src/render/text";
import { DAY, NOW, live, policy, session } from "../reconcile/fixtures";

function samplePlan(): Plan {
  return buildPlan(
    {
      organizations: [
        policy("acme", {
          sessionLengthSeconds: 7 * DAY,
          rules: [
            { id: "off-jane", members: ["jane@acme.example", "ghost@acme.example"] },
            { id: "phones", members: "*", match: { deviceTypes: ["mobile"] } },
          ],
        }),
        policy("globex"),
      ],
    },
    [
      live("acme", [
        session("jane@acme.example", 10 * 24, { id: "s-old" }),
        session("jane@acme.example", 1, {
          id: "s-j1",
          deviceType: "mobile",
          browser: "Safari",
          platform: "ios",
        }),
        session("tom@acme.example", 2, { id: "s-t1" }),
      ]),
      live("globex", []),
    ],
    NOW,
  );
}

function emptyPlan(): Plan {
  return buildPlan({ organizations: [policy("globex")] }, [live("globex", [])], NOW);
}

describe("JSON renderer", () => {
  it("prints exactly the contract's fields in a stable order", () => {
    const json = renderJson(samplePlan());
    expect(json.endsWith("}\n")).toBe(true);
    expect(json).toContain('\n  "formatVersion": 1,');
    const report = JSON.parse(json);
    expect(Object.keys(report)).toEqual(["formatVersion", "organizations", "summary"]);
    expect(report.summary).toEqual({
      settingChanges: 1,
      sessionRevocations: 1,
      membersAffected: 1,
    });
    expect(Object.keys(report.organizations[0])).toEqual(["organization", "changes"]);
    expect(report.organizations[0].changes[0]).toEqual({
      action: "update-session-length",
      from: { seconds: 30 * DAY, text: "30d" },
      to: { seconds: 7 * DAY, text: "7d" },
      impact: { sessions: 1, members: 1 },
    });
    expect(report.organizations[0].changes[1]).toMatchObject({
      action: "revoke-session",
      sessionId: "s-j1",
      member: "jane@acme.example",
      rules: ["off-jane", "phones"],
    });
    expect(json).not.toContain("dependencies");
    expect(json).not.toContain("etag");
  });
});

describe("text renderer", () => {
  it("shows the setting with its impact, each session, warnings and the summary line", () => {
    const text = renderText(samplePlan(), { color: false, kind: "plan" });
    expect(text).toContain("Organization acme\n");
    expect(text).toContain("  ~ sessionLength: 30d -> 7d  (logs out 1 session of 1 member)");
    expect(text).toMatch(
      new RegExp(
        "- revoke session s-j1  jane@acme\\.example  mobile Safari on ios 5\\.21\\.0  " +
          "198\\.51\\.100\\.7  last login \\S+  rules: off-jane, phones",
      ),
    );
    expect(text).toContain("warning: rule off-jane names unknown member ghost@acme.example");
    expect(text).toContain("Unchanged: globex.");
    expect(text.trimEnd().split("\n").at(-1)).toBe(
      "Plan: 1 setting change, 1 session revocation (1 member).",
    );
    expect(text).not.toContain("\u001b[");
  });

  it("colours with ANSI only when asked", () => {
    expect(renderText(samplePlan(), { color: true, kind: "plan" })).toContain(
      "\u001b[33m~\u001b[39m",
    );
  });

  it("says so when there is nothing to do, for plan and for drift", () => {
    expect(renderText(emptyPlan(), { color: false, kind: "plan" })).toContain(
      "No changes. The live organizations match the policy.",
    );
    const drift = renderText(emptyPlan(), { color: false, kind: "drift" });
    expect(drift.startsWith("No drift\n")).toBe(true);
    expect(renderText(samplePlan(), { color: false, kind: "drift" })).toMatch(
      /^Drift detected in 1 organization\n/,
    );
  });

  it("keeps terminal escapes in live data from reaching the terminal", () => {
    const plan = buildPlan(
      { organizations: [policy("acme", { rules: [{ id: "all", members: "*" }] })] },
      [live("acme", [session("eve@acme.example", 1, { browser: "Evil\u001b[2J" })])],
      NOW,
    );
    expect(renderText(plan, { color: false, kind: "plan" })).not.toContain("\u001b");
  });
});

describe("Markdown renderer", () => {
  it("has a heading, a summary table and folded revocations", () => {
    const markdown = renderMarkdown(samplePlan(), { kind: "plan" });
    expect(markdown.startsWith("## nordpass-policy plan\n")).toBe(true);
    expect(markdown).toContain("| acme | 30d → 7d | 1 | 1 |");
    expect(markdown).toContain("<details><summary>1 session revocation (1 member)</summary>");
    expect(markdown).toContain("</details>");
    expect(markdown).toContain("**Plan: 1 setting change, 1 session revocation (1 member).**");
  });

  it("stays under 65,000 characters for a 50,000-session plan and says what it left out", () => {
    const sessions = Array.from({ length: 50_000 }, (_, i) =>
      session(`member${String(i).padStart(5, "0")}@acme.example`, 1, {
        id: `s-${String(i).padStart(5, "0")}`,
      }),
    );
    const plan = buildPlan(
      {
        organizations: [
          policy("acme", { maxRevocations: 100_000, rules: [{ id: "all", members: "*" }] }),
        ],
      },
      [live("acme", sessions)],
      NOW,
    );

    const markdown = renderMarkdown(plan, { kind: "plan" });
    expect(markdown.length).toBeLessThan(MARKDOWN_LIMIT);
    expect(markdown).toMatch(/\.\.\. and \d+ more sessions \(see the JSON plan\)/);
    expect(markdown).toContain("</details>");
    expect(
      markdown
        .trimEnd()
        .endsWith("**Plan: 0 setting changes, 50000 session revocations (50000 members).**"),
    ).toBe(true);
  });

  it("stays under the limit with thousands of organizations", () => {
    const organizations = Array.from(
      { length: 3000 },
      (_, i) => `org-${String(i).padStart(4, "0")}`,
    );
    const plan = buildPlan(
      {
        organizations: organizations.map((o) =>
          policy(o, { rules: [{ id: "all", members: "*" }] }),
        ),
      },
      organizations.map((o) =>
        live(o, [session(`a@${o}.example`, 1), session(`b@${o}.example`, 1)]),
      ),
      NOW,
    );
    const markdown = renderMarkdown(plan, { kind: "drift" });
    expect(markdown.length).toBeLessThan(MARKDOWN_LIMIT);
    expect(markdown).toMatch(/more organizations \(see the JSON plan\)/);
  });

  it("escapes Markdown and HTML in live data", () => {
    const plan = buildPlan(
      { organizations: [policy("acme", { rules: [{ id: "all", members: "*" }] })] },
      [live("acme", [session("eve@acme.example", 1, { browser: "<img src=x>|x" })])],
      NOW,
    );
    const markdown = renderMarkdown(plan, { kind: "plan" });
    expect(markdown).toContain("&lt;img src=x&gt;\\|x");
    expect(markdown).not.toContain("<img");
  });
});

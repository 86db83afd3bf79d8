/**
 * apply under injected faults (10% 5xx, 5% 429, 2% dropped connections): it converges,
 * and every targeted session is revoked exactly once (one audit event each).
 */
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { createAdminClient } from "../../src/api/client";
import type { SeedDocument } from "../../src/emulator";
import { startTestEmulator, type TestEmulator } from "../helpers/emulator";
import { ADMIN_TOKEN, Workspace, hoursAgo, runCli } from "./e2e-harness";

const MEMBERS = 60;

/** 60 members with a phone, a tablet and a desktop session each; offboarded-* lose all. */
function faultSeed(): SeedDocument {
  const members = Array.from({ length: MEMBERS }, (_, i) => {
    const local = i < 5 ? `offboarded-${i}` : `member-${String(i).padStart(2, "0")}`;
    const base = {
      browser: "Safari",
      platform: "ios" as const,
      platformVersion: "5.19.2",
      ipAddress: "198.51.100.9",
    };
    return {
      email: `${local}@faulty.example`,
      sessions: [
        {
          id: `s-${local}-phone`,
          ...base,
          deviceType: "mobile" as const,
          lastLoginAt: hoursAgo(1 + (i % 5)),
        },
        {
          id: `s-${local}-tablet`,
          ...base,
          deviceType: "tablet" as const,
          lastLoginAt: hoursAgo(2 + (i % 7)),
        },
        {
          id: `s-${local}-desk`,
          browser: "Firefox",
          platform: "extension" as const,
          platformVersion: "5.24.1",
          ipAddress: "203.0.113.9",
          deviceType: "desktop" as const,
          lastLoginAt: hoursAgo(3),
        },
      ],
    };
  });
  return {
    organizations: [
      {
        id: "faulty",
        sessionLength: "30d",
        tokens: [{ name: "ci", token: ADMIN_TOKEN, role: "admin" }],
        members,
      },
    ],
  };
}

const POLICY = `version: 1
organization: faulty
sessionLength: 7d
guardrails:
  maxRevocations: 1000
revocations:
  - id: no-old-ios
    reason: iOS app before 5.20 leaks the vault key, SEC-9
    members: "*"
    match:
      platforms: [ios]
  - id: departed
    reason: Left the company
    members: [${Array.from({ length: 5 }, (_, i) => `offboarded-${i}@faulty.example`).join(", ")}]
`;

let emulator: TestEmulator;
let workspace: Workspace;

beforeEach(async () => {
  emulator = await startTestEmulator(faultSeed(), {
    faults: "error5xx=0.1,rate429=0.05,drop=0.02",
    faultSeed: 20261203,
  });
  workspace = new Workspace();
  workspace.write("faulty.yaml", POLICY);
});

afterEach(async () => {
  await emulator.close();
  workspace.remove();
});

describe("apply under faults", () => {
  it("converges, revoking every targeted session exactly once", async () => {
    const cli = (argv: string[]) =>
      runCli(argv, { url: emulator.url, token: ADMIN_TOKEN, cwd: workspace.dir });
    const expected = 55 * 2 + 5 * 3;

    const runs: number[] = [];
    for (let attempt = 0; attempt < 4; attempt += 1) {
      const result = await cli(["apply", "faulty.yaml", "--auto-approve", "--format", "json"]);
      runs.push(result.code);
      if (result.code === 0) break;
    }
    expect(runs.at(-1)).toBe(0);

    const plan = await cli(["plan", "faulty.yaml", "--detailed-exitcode"]);
    expect(plan.code).toBe(0);

    // A client with retries reads the audit log through the same faults.
    const client = createAdminClient({
      baseUrl: emulator.url,
      token: ADMIN_TOKEN,
      timeoutMs: 5000,
      budgetMs: 60_000,
      concurrency: 4,
      maxAttempts: 10,
    });
    const events = await client.listEvents("faulty");
    const revocations = events.filter((e) => e.action === "revoke-session");
    const perSession = new Map<string, number>();
    for (const e of revocations) perSession.set(e.target, (perSession.get(e.target) ?? 0) + 1);
    expect(perSession.size).toBe(expected);
    expect([...perSession.values()].every((n) => n === 1)).toBe(true);
    expect(events.filter((e) => e.action === "update-session-length")).toHaveLength(1);
    const departed = revocations.filter((e) => e.ruleId === "departed").map((e) => e.target);
    expect(departed).toHaveLength(15);

    const live = await client.listSessions("faulty");
    expect(
      live.map((s) => s.id).every((id) => id.endsWith("-desk") && !id.includes("offboarded")),
    ).toBe(true);
    expect(live).toHaveLength(55);
  });
});

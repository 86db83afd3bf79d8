/**
 * Roles and guardrails end to end: what an auditor token may do, maxRevocations, protected
 * members, and the confirmation before apply.
 */
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { api, control, startTestEmulator, type TestEmulator } from "../helpers/emulator";
import {
  ADMIN_TOKEN,
  AUDITOR_TOKEN,
  Workspace,
  acmePolicy,
  hoursAgo,
  runCli,
  testSeed,
} from "./e2e-harness";

let emulator: TestEmulator;
let workspace: Workspace;

beforeEach(async () => {
  emulator = await startTestEmulator(testSeed());
  workspace = new Workspace();
  workspace.write("policies/acme.yaml", acmePolicy({ annBefore: hoursAgo(0) }));
});

afterEach(async () => {
  await emulator.close();
  workspace.remove();
});

const cli = (argv: string[], token = ADMIN_TOKEN, options = {}) =>
  runCli(argv, { url: emulator.url, token, cwd: workspace.dir }, options);

async function writeRequests(): Promise<number> {
  const { byRoute } = await control(emulator).requests();
  return Object.entries(byRoute)
    .filter(([route]) => /^(PUT|POST|DELETE) \/v1\//.test(route))
    .reduce((sum, [, n]) => sum + n, 0);
}

async function liveSessionIds(): Promise<string[]> {
  const response = await api(emulator, ADMIN_TOKEN).get(
    "/v1/organizations/acme/sessions?limit=1000",
  );
  return (response.body.items as { id: string }[]).map((s) => s.id).sort();
}

describe("an auditor token", () => {
  it("plans and drifts", async () => {
    expect((await cli(["plan", "policies"], AUDITOR_TOKEN)).code).toBe(0);
    expect((await cli(["drift", "policies"], AUDITOR_TOKEN)).code).toBe(2);
    expect(await writeRequests()).toBe(0);
  });

  it("cannot apply: it fails at the first write and nothing is written", async () => {
    const result = await cli(["apply", "policies", "--auto-approve"], AUDITOR_TOKEN);
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/admin|owner/);
    const { byRoute } = await control(emulator).requests();
    const accepted = Object.keys(byRoute).filter((r) => /^(POST|DELETE) /.test(r));
    expect(accepted).toEqual([]);
    expect(await liveSessionIds()).toHaveLength(8);
    const settings = await api(emulator, ADMIN_TOKEN).get(
      "/v1/organizations/acme/settings/authentication",
    );
    expect(settings.body.sessionLengthSeconds).toBe(30 * 86400);
  });
});

describe("maxRevocations", () => {
  it("refuses a plan over the limit with exit 3, and apply writes nothing", async () => {
    workspace.write(
      "policies/acme.yaml",
      acmePolicy({ annBefore: hoursAgo(0), maxRevocations: 4 }),
    );

    const plan = await cli(["plan", "policies"]);
    expect(plan.code).toBe(3);
    expect(plan.stdout).toContain("Plan: 1 setting change, 5 session revocations (3 members).");
    expect(plan.stderr).toContain(
      "acme: the plan logs out 6 sessions (5 revoked, 1 ended by the shorter session length), " +
        "more than guardrails.maxRevocations (4)",
    );

    const apply = await cli(["apply", "policies", "--auto-approve"]);
    expect(apply.code).toBe(3);
    expect(apply.stderr).toContain("--allow-mass-revocation");
    expect(await writeRequests()).toBe(0);
  });

  it("is lifted for one run by --allow-mass-revocation, and protected members stay", async () => {
    workspace.write(
      "policies/acme.yaml",
      acmePolicy({ annBefore: hoursAgo(0), maxRevocations: 4 }),
    );

    const apply = await cli(["apply", "policies", "--auto-approve", "--allow-mass-revocation"]);
    expect(apply.code).toBe(0);
    expect(await liveSessionIds()).toEqual(["s-bg", "s-tom-desk"]);
  });
});

describe("confirmation", () => {
  it("refuses with exit 3 when stdin is not a terminal and --auto-approve is missing", async () => {
    const result = await cli(["apply", "policies"]);
    expect(result.code).toBe(3);
    expect(result.stderr).toContain("--auto-approve");
    expect(await writeRequests()).toBe(0);
  });

  it("asks on a terminal and applies only on 'yes'", async () => {
    const declined = await cli(["apply", "policies"], ADMIN_TOKEN, { tty: true, stdin: "y\n" });
    expect(declined.code).toBe(3);
    expect(declined.stderr).toContain(
      "Apply these 6 changes to 1 organization? Only 'yes' is accepted:",
    );
    expect(declined.stderr).toContain("apply cancelled");
    expect(await writeRequests()).toBe(0);

    const accepted = await cli(["apply", "policies"], ADMIN_TOKEN, { tty: true, stdin: "yes\n" });
    expect(accepted.code).toBe(0);
    expect(await liveSessionIds()).toEqual(["s-bg", "s-tom-desk"]);
  });

  it("needs no confirmation for an empty plan", async () => {
    expect((await cli(["apply", "policies", "--auto-approve"])).code).toBe(0);
    const again = await cli(["apply", "policies"]);
    expect(again.code).toBe(0);
    expect(again.stdout).toContain("No changes.");
  });
});

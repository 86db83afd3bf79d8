/**
 * The loop end to end: plan, apply, plan again, and saved plans, against the emulator.
 */
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import {
  control,
  api,
  writeHeaders,
  startTestEmulator,
  type TestEmulator,
} from "../helpers/emulator";
import { ADMIN_TOKEN, Workspace, acmePolicy, hoursAgo, runCli, testSeed } from "./e2e-harness";

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

const cli = (argv: string[], token = ADMIN_TOKEN) =>
  runCli(argv, { url: emulator.url, token, cwd: workspace.dir });

async function writeRequests(): Promise<number> {
  const { byRoute } = await control(emulator).requests();
  return Object.entries(byRoute)
    .filter(([route]) => /^(PUT|POST|DELETE) \/v1\//.test(route))
    .reduce((sum, [, n]) => sum + n, 0);
}

async function liveSessionIds(org = "acme"): Promise<string[]> {
  const response = await api(emulator, ADMIN_TOKEN).get(
    `/v1/organizations/${org}/sessions?limit=1000`,
  );
  return (response.body.items as { id: string }[]).map((s) => s.id).sort();
}

async function events(
  org = "acme",
): Promise<
  { action: string; target: string; actor: string; ruleId: string | null; reason: string | null }[]
> {
  const response = await api(emulator, ADMIN_TOKEN).get(
    `/v1/organizations/${org}/events?limit=1000`,
  );
  return response.body.items;
}

async function setSessionLength(seconds: number, org = "acme"): Promise<void> {
  const http = api(emulator, OWNER);
  const current = await http.get(`/v1/organizations/${org}/settings/authentication`);
  const answer = await http.put(
    `/v1/organizations/${org}/settings/authentication`,
    { sessionLengthSeconds: seconds },
    {
      "If-Match": current.headers.get("etag") as string,
      ...writeHeaders("someone-in-the-admin-panel"),
    },
  );
  expect(answer.status).toBe(200);
}
const OWNER = "np_test_owner_0b1d";

describe("plan, apply, plan", () => {
  it("applies once; the second plan is empty, the second apply writes nothing", async () => {
    const first = await cli(["plan", "policies", "--no-color"]);
    expect(first.code).toBe(0);
    expect(first.stdout).toContain("~ sessionLength: 30d -> 7d  (logs out 1 session of 1 member)");
    expect(first.stdout).toContain("Plan: 1 setting change, 5 session revocations (3 members).");
    expect(first.stdout).toContain("rule lost-phone names unknown member ghost@acme.example");
    expect(first.stdout).not.toContain("s-bg");
    expect(await writeRequests()).toBe(0);

    const applied = await cli(["apply", "policies", "--auto-approve", "--actor", "ci@abc123"]);
    expect(applied.code).toBe(0);
    // jane loses every session to a member-wide rule: one revoke-all; the rest go in batches.
    const { byRoute } = await control(emulator).requests();
    expect(byRoute["POST /v1/organizations/{org}/members/{memberId}/sessions/revoke-all"]).toBe(1);
    expect(byRoute["POST /v1/organizations/{org}/sessions/batch-revoke"]).toBe(2);
    expect(applied.stdout).toContain("Apply complete: 1 setting change, 5 session revocations.");
    expect(await liveSessionIds()).toEqual(["s-bg", "s-tom-desk"]);

    const audit = await events();
    const revoked = audit.filter((e) => e.action === "revoke-session");
    expect(revoked.map((e) => e.target).sort()).toEqual([
      "s-ann-1",
      "s-ann-2",
      "s-jane-1",
      "s-jane-2",
      "s-tom-phone",
    ]);
    expect(audit.every((e) => e.actor === "ci@abc123")).toBe(true);
    expect(revoked.find((e) => e.target === "s-tom-phone")).toMatchObject({
      ruleId: "lost-phone",
      reason: "Phone lost, INC-77",
    });
    expect(audit.find((e) => e.action === "update-session-length")).toMatchObject({
      ruleId: "session-length",
    });

    const second = await cli(["plan", "policies", "--detailed-exitcode"]);
    expect(second.code).toBe(0);
    expect(second.stdout).toContain("No changes. The live organizations match the policy.");

    await control(emulator).resetRequests();
    const eventsBefore = (await events()).length;
    const again = await cli(["apply", "policies", "--auto-approve"]);
    expect(again.code).toBe(0);
    expect(await writeRequests()).toBe(0);
    expect((await events()).length).toBe(eventsBefore);
  });

  it("plans with --detailed-exitcode 2 and JSON of the contract's shape", async () => {
    const result = await cli(["plan", "policies", "--format", "json", "--detailed-exitcode"]);
    expect(result.code).toBe(2);
    const report = JSON.parse(result.stdout);
    expect(report.summary).toEqual({
      settingChanges: 1,
      sessionRevocations: 5,
      membersAffected: 3,
    });
    expect(report.organizations[0].changes[0].action).toBe("update-session-length");
    expect(result.stderr).toContain(
      "warning: acme: rule lost-phone names unknown member ghost@acme.example",
    );
  });

  it("narrows plan and apply to one item with --only", async () => {
    const plan = await cli([
      "plan",
      "policies",
      "--only",
      "revocation:lost-phone",
      "--format",
      "json",
    ]);
    expect(plan.code).toBe(0);
    expect(JSON.parse(plan.stdout).summary).toEqual({
      settingChanges: 0,
      sessionRevocations: 1,
      membersAffected: 1,
    });

    const applied = await cli(["apply", "policies", "--only", "session-length", "--auto-approve"]);
    expect(applied.code).toBe(0);
    expect((await events()).map((e) => e.action)).toEqual(["update-session-length"]);

    const unknown = await cli(["plan", "policies", "--only", "revocation:nope"]);
    expect(unknown.code).toBe(1);
    expect(unknown.stderr).toContain("valid items: revocation:ann-incident, revocation:lost-phone");
  });
});

describe("saved plans", () => {
  it("refuses with exit 3, naming it, when the session length moved out of band", async () => {
    const saved = await cli(["plan", "policies", "--out", "acme.plan.json"]);
    expect(saved.code).toBe(0);
    await setSessionLength(86400);
    await control(emulator).resetRequests();

    const applied = await cli(["apply", "acme.plan.json", "--auto-approve"]);
    expect(applied.code).toBe(3);
    expect(applied.stderr).toContain("acme: session length is now 1d (was 30d when planned)");
    expect(await writeRequests()).toBe(0);
  });

  it("succeeds when a session it targets is already gone, counting it as done", async () => {
    expect((await cli(["plan", "policies", "--out", "plan.json"])).code).toBe(0);
    const gone = await api(emulator, ADMIN_TOKEN).delete(
      "/v1/organizations/acme/sessions/s-ann-2",
      writeHeaders(),
    );
    expect(gone.status).toBe(204);

    const applied = await cli(["apply", "plan.json", "--auto-approve"]);
    expect(applied.code).toBe(0);
    expect(applied.stdout).toContain("1 session already gone");
    expect(await liveSessionIds()).toEqual(["s-bg", "s-tom-desk"]);
  });

  it("applies exactly the saved plan, not a fresh one", async () => {
    expect(
      (await cli(["plan", "policies", "--only", "revocation:lost-phone", "--out", "phone.json"]))
        .code,
    ).toBe(0);
    const applied = await cli(["apply", "phone.json", "--auto-approve"]);
    expect(applied.code).toBe(0);
    expect((await events()).map((e) => e.target)).toEqual(["s-tom-phone"]);
  });

  it("refuses a saved plan of an unknown format version or a broken one with exit 1", async () => {
    workspace.write("future.json", '{"formatVersion": 7, "organizations": []}\n');
    const future = await cli(["apply", "future.json", "--auto-approve"]);
    expect(future.code).toBe(1);
    expect(future.stderr).toContain("formatVersion 7");

    workspace.write("broken.json", '{"formatVersion": 1, "organizations": [');
    const broken = await cli(["apply", "broken.json", "--auto-approve"]);
    expect(broken.code).toBe(1);
    expect(broken.stderr).toContain("broken.json is not a usable saved plan: invalid JSON");
    expect(await writeRequests()).toBe(0);
  });
});

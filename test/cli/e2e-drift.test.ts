/**
 * drift end to end: exit 2 when the live organization moved, 0 when it matches, 1 when the
 * read failed; standing rules fire again on a new login, time-window rules do not.
 */
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import {
  api,
  control,
  startTestEmulator,
  writeHeaders,
  type TestEmulator,
} from "../helpers/emulator";
import {
  ADMIN_TOKEN,
  AUDITOR_TOKEN,
  OWNER_TOKEN,
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
  const applied = await cli(["apply", "policies", "--auto-approve"]);
  expect(applied.code).toBe(0);
});

afterEach(async () => {
  await emulator.close();
  workspace.remove();
});

const cli = (argv: string[], token = ADMIN_TOKEN) =>
  runCli(argv, { url: emulator.url, token, cwd: workspace.dir });

describe("drift", () => {
  it("exits 0 with no drift right after apply", async () => {
    const result = await cli(["drift", "policies"], AUDITOR_TOKEN);
    expect(result.code).toBe(0);
    expect(result.stdout.startsWith("No drift\n")).toBe(true);
  });

  it("exits 2 when the session length was changed out of band", async () => {
    const http = api(emulator, OWNER_TOKEN);
    const current = await http.get("/v1/organizations/acme/settings/authentication");
    await http.put(
      "/v1/organizations/acme/settings/authentication",
      { sessionLengthSeconds: 30 * 86400 },
      { "If-Match": current.headers.get("etag") as string, ...writeHeaders("admin-panel") },
    );

    const result = await cli(["drift", "policies", "--no-color"], AUDITOR_TOKEN);
    expect(result.code).toBe(2);
    expect(result.stdout).toMatch(/^Drift detected in 1 organization\n/);
    expect(result.stdout).toContain("~ sessionLength: 30d -> 7d");
  });

  it("exits 2 when an offboarded member logs in again against a standing rule", async () => {
    await control(emulator).login("acme", { memberEmail: "jane@acme.example", id: "s-jane-back" });

    const result = await cli(["drift", "policies", "--format", "json"], AUDITOR_TOKEN);
    expect(result.code).toBe(2);
    const changes = JSON.parse(result.stdout).organizations[0].changes;
    expect(
      changes.map((c: { sessionId: string; rules: string[] }) => [c.sessionId, c.rules]),
    ).toEqual([["s-jane-back", ["offboard-jane"]]]);
  });

  it("does not fire a lastLoginBefore rule on a login after its instant", async () => {
    await control(emulator).login("acme", { memberEmail: "ann@acme.example", id: "s-ann-back" });

    const result = await cli(["drift", "policies"], AUDITOR_TOKEN);
    expect(result.code).toBe(0);
    expect(result.stdout).not.toContain("s-ann-back");
  });

  it("exits 1, not 2, when the read fails", async () => {
    const down = await runCli(["drift", "policies"], {
      url: "http://127.0.0.1:9",
      token: AUDITOR_TOKEN,
      cwd: workspace.dir,
    });
    expect(down.code).toBe(1);
    expect(down.stdout).toBe("");
    expect(down.stderr).toMatch(/^error: /m);
  });

  it("writes a Markdown report for a pull-request comment", async () => {
    await control(emulator).login("acme", { memberEmail: "jane@acme.example", id: "s-jane-back" });
    const result = await cli(["drift", "policies", "--format", "markdown"], AUDITOR_TOKEN);
    expect(result.code).toBe(2);
    expect(result.stdout).toContain("## nordpass-policy drift: Drift detected in 1 organization");
    expect(result.stdout).toContain("<details>");
  });
});

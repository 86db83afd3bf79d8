/**
 * --org narrows plan and apply to one organization of the policy: what each Terraform
 * stack's provisioner relies on so that it never touches another stack's organization.
 */
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { DEMO_TOKENS } from "../../src/emulator";
import { control, startTestEmulator, type TestEmulator } from "../helpers/emulator";
import { runCli } from "./e2e-harness";

const REPO = join(__dirname, "..", "..");
let emulator: TestEmulator;

beforeEach(async () => {
  emulator = await startTestEmulator("demo");
});

afterEach(async () => {
  await emulator.close();
});

function cli(argv: string[]) {
  return runCli(argv, { url: emulator.url, token: DEMO_TOKENS.admin, cwd: REPO });
}

describe("--org", () => {
  it("plans one organization of examples/ and reads no other", async () => {
    await control(emulator).resetRequests();
    const result = await cli(["plan", "examples", "--org", "globex", "--format", "json"]);

    expect(result.code).toBe(0);
    const plan = JSON.parse(result.stdout);
    expect(plan.organizations.map((o: { organization: string }) => o.organization)).toEqual([
      "globex",
    ]);
    const narrowed = (await control(emulator).requests()).total;

    // Every demo organization fits one page of each read, so each costs the same requests.
    await control(emulator).resetRequests();
    expect((await cli(["plan", "examples", "--format", "json"])).code).toBe(0);
    const everything = (await control(emulator).requests()).total;
    expect(narrowed).toBeGreaterThan(0);
    expect(everything).toBe(7 * narrowed);
  });

  it("applies one item to one organization and leaves the others pending", async () => {
    const applied = await cli([
      "apply",
      "--org",
      "acme",
      "--only",
      "session-length",
      "--auto-approve",
      "examples",
    ]);
    expect(applied.code).toBe(0);

    const drift = await cli(["drift", "examples", "--format", "json"]);
    expect(drift.code).toBe(2);
    const pending = JSON.parse(drift.stdout).organizations.map(
      (o: { organization: string; changes: { action: string }[] }) => [
        o.organization,
        o.changes.some((c) => c.action === "update-session-length"),
      ],
    );
    expect(pending).toContainEqual(["acme", false]);
    expect(pending).toContainEqual(["globex", true]);
  });

  it("refuses an organization the policy does not name, before any request", async () => {
    await control(emulator).resetRequests();
    const result = await cli(["plan", "examples", "--org", "nowhere"]);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain("--org nowhere names no organization of this policy");
    expect((await control(emulator).requests()).total).toBe(0);
  });
});

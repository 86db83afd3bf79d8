/**
 * `export --org ID`: a policy file with the live session length that validates, and that
 * `plan` then shows as no change.
 */
import { readFileSync } from "node:fs";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { startTestEmulator, type TestEmulator } from "../helpers/emulator";
import { ADMIN_TOKEN, AUDITOR_TOKEN, Workspace, runCli, testSeed } from "./e2e-harness";

let emulator: TestEmulator;
let workspace: Workspace;

beforeEach(async () => {
  emulator = await startTestEmulator(testSeed());
  workspace = new Workspace();
});

afterEach(async () => {
  await emulator.close();
  workspace.remove();
});

const cli = (argv: string[], token = AUDITOR_TOKEN) =>
  runCli(argv, { url: emulator.url, token, cwd: workspace.dir });

describe("export", () => {
  it("writes the live session length, the schema line and a note on rules", async () => {
    const result = await cli(["export", "--org", "acme"]);
    expect(result.code).toBe(0);
    const lines = result.stdout.split("\n");
    expect(lines[0]).toBe(
      "# yaml-language-server: $schema=https://nordpass-policy.example/schemas/policy.schema.json",
    );
    expect(result.stdout).toContain("# Revocation rules are not exported");
    expect(result.stdout).toContain("version: 1\norganization: acme\nsessionLength: 30d\n");
  });

  it("gives a file that validates and that plan shows as no change", async () => {
    expect((await cli(["export", "--org", "globex", "--out", "globex.yaml"])).code).toBe(0);
    expect(readFileSync(workspace.path("globex.yaml"), "utf8")).toContain("sessionLength: 7d");

    expect((await cli(["validate", "globex.yaml"])).code).toBe(0);
    const plan = await cli(["plan", "globex.yaml", "--detailed-exitcode"]);
    expect(plan.code).toBe(0);
    expect(plan.stdout).toContain("No changes.");
  });

  it("fails with exit 1 for an organization the token cannot see", async () => {
    const result = await cli(["export", "--org", "nope"], ADMIN_TOKEN);
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/^error: /m);
  });
});

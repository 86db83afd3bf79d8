/**
 * plan's output rules: progress only on a terminal, colour only when allowed, and a saved
 * plan only when the guardrail lets it through.
 */
import { existsSync } from "node:fs";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { runCliInProcess } from "../helpers/cli";
import { startTestEmulator, type TestEmulator } from "../helpers/emulator";
import { ADMIN_TOKEN, Workspace, acmePolicy, hoursAgo, runCli, testSeed } from "./e2e-harness";

let emulator: TestEmulator;
let workspace: Workspace;

beforeEach(async () => {
  emulator = await startTestEmulator(testSeed());
  workspace = new Workspace();
  workspace.write("acme.yaml", acmePolicy({ annBefore: hoursAgo(0) }));
});

afterEach(async () => {
  await emulator.close();
  workspace.remove();
});

function runOnTerminal(argv: string[], env: NodeJS.ProcessEnv = {}) {
  return runCliInProcess(argv, {
    cwd: workspace.dir,
    env: { NORDPASS_API_URL: emulator.url, NORDPASS_API_TOKEN: ADMIN_TOKEN, ...env },
    outputTTY: true,
  });
}

describe("plan output", () => {
  it("draws a progress bar and colours on a terminal", async () => {
    const result = await runOnTerminal(["plan", "acme.yaml"]);
    expect(result.code).toBe(0);
    expect(result.stderr).toContain("Reading sessions");
    expect(result.stdout).toContain("\u001b[");
  });

  it("has no colour with --no-color or NO_COLOR, and no progress off a terminal", async () => {
    expect((await runOnTerminal(["plan", "acme.yaml", "--no-color"])).stdout).not.toContain(
      "\u001b[",
    );
    expect((await runOnTerminal(["plan", "acme.yaml"], { NO_COLOR: "1" })).stdout).not.toContain(
      "\u001b[",
    );
    const piped = await runCli(["plan", "acme.yaml"], {
      url: emulator.url,
      token: ADMIN_TOKEN,
      cwd: workspace.dir,
    });
    expect(piped.stderr).not.toContain("Reading sessions");
  });

  it("does not save a plan that the guardrail refuses", async () => {
    workspace.write("acme.yaml", acmePolicy({ annBefore: hoursAgo(0), maxRevocations: 1 }));
    const refused = await runCli(["plan", "acme.yaml", "--out", "plan.json"], {
      url: emulator.url,
      token: ADMIN_TOKEN,
      cwd: workspace.dir,
    });
    expect(refused.code).toBe(3);
    expect(existsSync(workspace.path("plan.json"))).toBe(false);

    const lifted = await runCli(
      ["plan", "acme.yaml", "--out", "plan.json", "--allow-mass-revocation"],
      {
        url: emulator.url,
        token: ADMIN_TOKEN,
        cwd: workspace.dir,
      },
    );
    expect(lifted.code).toBe(0);
    expect(existsSync(workspace.path("plan.json"))).toBe(true);
    // The saved plan keeps the guardrail: applying it needs the flag again.
    const apply = await runCli(["apply", "plan.json", "--auto-approve"], {
      url: emulator.url,
      token: ADMIN_TOKEN,
      cwd: workspace.dir,
    });
    expect(apply.code).toBe(3);
  });
});

/**
 * `apply PLANFILE` needs only the plan file and the API: it must not load the policy loader
 * (src/policy/index.ts) nor yaml or ajv. Neither form of apply loads what its run does not
 * use: the progress bars off a terminal, semver when no rule has a platformVersion. Like
 * startup.test.ts, the compiled CLI runs with a preload that records every module in
 * require.cache at exit; it needs the build in dist/.
 */
import { execFile } from "node:child_process";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { startTestEmulator, type TestEmulator } from "../helpers/emulator";
import { ADMIN_TOKEN, Workspace, acmePolicy, hoursAgo, runCli, testSeed } from "./e2e-harness";

const ROOT = join(__dirname, "..", "..");
/** The compiled CLI; NORDPASS_POLICY_DIST points elsewhere for a private build. */
const DIST = process.env.NORDPASS_POLICY_DIST ?? join(ROOT, "dist");
const BIN = join(DIST, "cli", "bin.js");
const POLICY_LOADER =
  /[\\/]node_modules[\\/](yaml|ajv|ajv-formats)[\\/]|[\\/]policy[\\/]index\.js$/;
const LIVE_READ = /[\\/]reconcile[\\/](live-plan|live|organization-diff)\.js$/;
const PROGRESS_BARS = /[\\/]node_modules[\\/]cli-progress[\\/]/;
const SEMVER = /[\\/]node_modules[\\/]semver[\\/]/;

const PRELOAD = `"use strict";
process.on("exit", () => {
  require("node:fs").writeFileSync(process.env.MODULES_OUT, Object.keys(require.cache).join("\\n"));
});
`;

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

/** Runs the compiled CLI in a child process (async: the emulator answers from this one). */
async function modulesLoadedBy(
  args: string[],
): Promise<{ code: number; stdout: string; stderr: string; modules: string[] }> {
  const dir = mkdtempSync(join(tmpdir(), "policy-saved-plan-"));
  const preload = join(dir, "record-modules.js");
  const out = join(dir, "modules.txt");
  writeFileSync(preload, PRELOAD);
  const env = {
    PATH: process.env.PATH ?? "",
    NORDPASS_API_URL: emulator.url,
    NORDPASS_API_TOKEN: ADMIN_TOKEN,
    MODULES_OUT: out,
  };
  let code = 0;
  let stdout = "";
  let stderr = "";
  try {
    const run = await promisify(execFile)(process.execPath, ["-r", preload, BIN, ...args], {
      cwd: workspace.dir,
      env,
    });
    stdout = run.stdout;
    stderr = run.stderr;
  } catch (error) {
    const failed = error as { code?: number; stdout?: string; stderr?: string };
    code = failed.code ?? -1;
    stdout = failed.stdout ?? "";
    stderr = failed.stderr ?? "";
  }
  return { code, stdout, stderr, modules: readFileSync(out, "utf8").split("\n") };
}

describe("apply of a saved plan", () => {
  it("loads neither the policy loader nor yaml nor ajv, and still applies", async () => {
    const planned = await runCli(["plan", "policies/", "--out", "plan.json"], {
      url: emulator.url,
      token: ADMIN_TOKEN,
      cwd: workspace.dir,
    });
    expect(planned.code).toBe(0);

    const run = await modulesLoadedBy(["apply", "plan.json", "--auto-approve"]);
    expect(run.code, run.stderr).toBe(0);
    const modules = run.modules;
    expect(modules.filter((m) => POLICY_LOADER.test(m))).toEqual([]);
    expect(modules.filter((m) => PROGRESS_BARS.test(m))).toEqual([]);
    expect(modules.filter((m) => LIVE_READ.test(m))).toEqual([]);
    // The recording works: the run did load the HTTP client it applied with.
    expect(modules.some((m) => /[\\/]node_modules[\\/]axios[\\/]/.test(m))).toBe(true);
  });

  it("differs from apply of policy paths, which loads the policy loader", async () => {
    const run = await modulesLoadedBy(["apply", "policies/", "--auto-approve"]);
    expect(run.code, run.stderr).toBe(0);
    expect(run.modules.some((m) => m.endsWith(join("policy", "index.js")))).toBe(true);
    expect(run.modules.some((m) => LIVE_READ.test(m))).toBe(true);
  });
});

describe("modules of a run off a terminal", () => {
  it("loads neither semver nor the progress bars when no rule has a platformVersion", async () => {
    const run = await modulesLoadedBy(["apply", "policies/", "--auto-approve"]);
    expect(run.code, run.stderr).toBe(0);
    expect(run.modules.filter((m) => SEMVER.test(m))).toEqual([]);
    expect(run.modules.filter((m) => PROGRESS_BARS.test(m))).toEqual([]);
  });

  it("loads semver when a rule has a platformVersion, and matches with it", async () => {
    workspace.write("policies/acme.yaml", platformVersionPolicy());

    const run = await modulesLoadedBy(["plan", "policies/", "--format", "json"]);
    expect(run.code, run.stderr).toBe(0);
    expect(run.modules.some((m) => SEMVER.test(m))).toBe(true);
    const plan = JSON.parse(run.stdout) as { summary: { sessionRevocations: number } };
    expect(plan.summary.sessionRevocations).toBeGreaterThan(0);
  });
});

/** Every session of tom's below version 999: the range matches any real version. */
function platformVersionPolicy(): string {
  return [
    "version: 1",
    "organization: acme",
    "revocations:",
    "  - id: old-apps",
    "    reason: Apps before 999.0.0",
    "    members: [tom@acme.example]",
    "    match:",
    '      platformVersion: "<999.0.0"',
    "",
  ].join("\n");
}

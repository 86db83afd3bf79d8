/**
 * `apply PLANFILE` needs only the plan file and the API: it must not load the policy loader
 * (src/policy/index.ts) nor yaml or ajv. Like startup.test.ts, the compiled CLI runs with a
 * preload that records every module in require.cache at exit; it needs the build in dist/.
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
): Promise<{ code: number; stderr: string; modules: string[] }> {
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
  let stderr = "";
  try {
    const run = await promisify(execFile)(process.execPath, ["-r", preload, BIN, ...args], {
      cwd: workspace.dir,
      env,
    });
    stderr = run.stderr;
  } catch (error) {
    const failed = error as { code?: number; stderr?: string };
    code = failed.code ?? -1;
    stderr = failed.stderr ?? "";
  }
  return { code, stderr, modules: readFileSync(out, "utf8").split("\n") };
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
    // The recording works: the run did load the HTTP client it applied with.
    expect(modules.some((m) => /[\\/]node_modules[\\/]axios[\\/]/.test(m))).toBe(true);
  });

  it("differs from apply of policy paths, which loads the policy loader", async () => {
    const run = await modulesLoadedBy(["apply", "policies/", "--auto-approve"]);
    expect(run.code, run.stderr).toBe(0);
    expect(run.modules.some((m) => m.endsWith(join("policy", "index.js")))).toBe(true);
  });
});

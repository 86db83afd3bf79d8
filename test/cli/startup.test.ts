/**
 * `validate`, `--help` and `--version` must start without loading the HTTP stack (axios) or
 * CDK for Terraform: the compiled CLI runs with a preload that records every module in
 * require.cache at exit. It needs the build in dist/ (npm test builds first).
 */
import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";

const ROOT = join(__dirname, "..", "..");
/** The compiled CLI; NORDPASS_POLICY_DIST points elsewhere for a private build. */
const DIST = process.env.NORDPASS_POLICY_DIST ?? join(ROOT, "dist");
const BIN = join(DIST, "cli", "bin.js");
const FORBIDDEN = /\/node_modules\/(axios|cdktf|@cdktf)\//;

const PRELOAD = `"use strict";
process.on("exit", () => {
  require("node:fs").writeFileSync(process.env.MODULES_OUT, Object.keys(require.cache).join("\\n"));
});
`;

function modulesLoadedBy(args: string[]): { status: number | null; modules: string[] } {
  const dir = mkdtempSync(join(tmpdir(), "policy-startup-"));
  const preload = join(dir, "record-modules.js");
  const out = join(dir, "modules.txt");
  writeFileSync(preload, PRELOAD);
  const run = spawnSync(process.execPath, ["-r", preload, BIN, ...args], {
    cwd: ROOT,
    env: { ...process.env, MODULES_OUT: out },
    encoding: "utf8",
  });
  return { status: run.status, modules: readFileSync(out, "utf8").split("\n") };
}

describe("start-up of the CLI", () => {
  it("finds the compiled CLI", () => {
    expect(existsSync(BIN), `${BIN} is missing: run npm run build`).toBe(true);
  });

  it.each([[["validate", "examples/"]], [["--help"]], [["--version"]], [["validate", "--help"]]])(
    "%j loads neither axios nor CDKTF",
    (args) => {
      const { status, modules } = modulesLoadedBy(args);
      expect(status).toBe(0);
      // The recording works: a real validation loads the policy loader, help does not.
      const loaded = modules.some((m) => m.endsWith(join("policy", "index.js")));
      expect(loaded).toBe(args.includes("examples/"));
      expect(modules.filter((m) => FORBIDDEN.test(m))).toEqual([]);
    },
  );
});

#!/usr/bin/env node
"use strict";
/**
 * `npm run bench [-- --quick]`: plan, apply, validate and cold start of the compiled CLI
 * against the emulator on loopback, each beside its floor. Prints a Markdown table and
 * writes the same figures as JSON to bench/results/latest.json (quick: quick.json).
 * Needs dist/ (npm run bench builds it first).
 */
const fs = require("node:fs");
const path = require("node:path");
const { cleanUpOnExit, killAll, makeTempDir, removeTempDirs } = require("./lib/children");
const { describeMachine, loadAverage } = require("./lib/machine");
const { markdownReport, planRows, SPREAD } = require("./lib/report");
const { benchApply } = require("./lib/scenarios/apply");
const { benchColdStart } = require("./lib/scenarios/cold-start");
const { benchPlan } = require("./lib/scenarios/plan");
const { benchValidate } = require("./lib/scenarios/validate");
const { judgeTargets } = require("./lib/targets");

const ROOT = path.join(__dirname, "..");
const BIN = path.join(ROOT, "bin", "nordpass-policy.js");
const RESULTS = path.join(__dirname, "results");

/** Sizes and repetitions; the deadline bounds the whole run. */
const PROFILES = {
  full: { runs: 5, planMembers: [1000, 10_000, 50_000], coldStartPairs: 20, deadlineMs: 15 * 60e3 },
  quick: { runs: 3, planMembers: [1000, 10_000], coldStartPairs: 10, deadlineMs: 4 * 60e3 },
};

const USAGE = [
  "usage: node bench/run.js [--quick] [--plan-members N]   (npm run bench [-- --quick])",
  "  --quick           1,000 and 10,000 members, 3 runs; writes bench/results/quick.json",
  "  --plan-members N  only the plan benchmark, at N members (5 runs, quick: 3); prints its",
  "                    rows and figures as JSON and writes no results file",
].join("\n");

async function main(argv) {
  const { quick, planMembers } = parseArgs(argv);
  const profile = quick ? PROFILES.quick : PROFILES.full;
  requireBuild();
  cleanUpOnExit();
  const watchdog = setTimeout(() => abort(profile.deadlineMs), profile.deadlineMs);
  watchdog.unref();

  const context = {
    bin: BIN,
    runs: profile.runs,
    tempDir: makeTempDir(quick ? "quick" : "full"),
    log: (line) => process.stderr.write(`bench: ${line}\n`),
  };
  if (planMembers !== undefined) {
    const plan = await benchPlan(context, planMembers);
    clearTimeout(watchdog);
    removeTempDirs();
    process.stdout.write(`${planRows(plan).join("\n")}\n${JSON.stringify(plan, null, 2)}\n`);
    return;
  }
  const report = await measure(context, profile, quick);
  clearTimeout(watchdog);
  removeTempDirs();

  const file = path.join(RESULTS, quick ? "quick.json" : "latest.json");
  writeJson(file, report);
  process.stdout.write(markdownReport(report));
  context.log(`figures written to ${path.relative(ROOT, file)}`);
}

async function measure(context, profile, quick) {
  const startedAt = new Date().toISOString();
  const loadAtStart = loadAverage();
  const plan = [];
  for (const members of profile.planMembers) plan.push(await benchPlan(context, members));
  const apply = await benchApply(context);
  const validate = await benchValidate(context);
  const coldStart = await benchColdStart(context, profile.coldStartPairs);
  const results = { plan, apply, validate, coldStart };
  return {
    formatVersion: 1,
    quick,
    startedAt,
    finishedAt: new Date().toISOString(),
    machine: describeMachine(),
    loadAverage: { start: loadAtStart, end: loadAverage() },
    runs: profile.runs,
    statistic: "median",
    spread: SPREAD,
    units: { time: "ms", memory: "MB (10^6 bytes)" },
    results,
    targets: judgeTargets(results),
  };
}

function parseArgs(argv) {
  if (argv.includes("--help") || argv.includes("-h")) {
    process.stdout.write(`${USAGE}\n`);
    process.exit(0);
  }
  const args = [...argv];
  const at = args.indexOf("--plan-members");
  let planMembers;
  if (at >= 0) {
    planMembers = Number(args[at + 1]);
    if (!Number.isInteger(planMembers) || planMembers < 1) {
      usageError("--plan-members needs a whole number of members, at least 1");
    }
    args.splice(at, 2);
  }
  const unknown = args.filter((arg) => arg !== "--quick");
  if (unknown.length > 0) usageError(`unknown argument ${unknown[0]}`);
  return { quick: args.includes("--quick"), planMembers };
}

function usageError(message) {
  process.stderr.write(`bench: ${message}\n${USAGE}\n`);
  process.exit(1);
}

function requireBuild() {
  if (fs.existsSync(path.join(ROOT, "dist", "cli", "bin.js"))) return;
  process.stderr.write("bench: dist/ is missing; run `npm run bench` (it builds first)\n");
  process.exit(1);
}

/** Writes through a temporary file, so a killed run never leaves half a JSON file. */
function writeJson(file, value) {
  fs.mkdirSync(path.dirname(file), { recursive: true });
  const temporary = `${file}.tmp`;
  fs.writeFileSync(temporary, `${JSON.stringify(value, null, 2)}\n`);
  fs.renameSync(temporary, file);
}

function abort(deadlineMs) {
  process.stderr.write(`bench: not done after ${deadlineMs / 1000} s; stopping\n`);
  killAll();
  removeTempDirs();
  process.exit(1);
}

main(process.argv.slice(2)).catch((error) => {
  process.stderr.write(`bench: ${error.stack ?? error}\n`);
  killAll();
  removeTempDirs();
  process.exitCode = 1;
});

"use strict";
/**
 * `validate` of one organization's policy with 10,000 revocation rules, over ten files,
 * beside a floor: a Node process that only parses the same files with the yaml library and
 * the loader's options (what any loader built on it pays, before checking anything).
 */
const fs = require("node:fs");
const path = require("node:path");
const { runChild } = require("../children");
const { runCli, expectExit } = require("../cli-process");
const { validatePolicyFiles, writeFiles } = require("../policies");
const { ratio, summarize } = require("../stats");

const RULES = 10_000;
const YAML_FLOOR = path.join(__dirname, "..", "yaml-floor.js");
const VALIDATE_TIMEOUT_MS = 120_000;

async function benchValidate(context) {
  const dir = path.join(context.tempDir, "validate");
  fs.mkdirSync(dir);
  const files = validatePolicyFiles(RULES);
  writeFiles(dir, files);
  const bytes = Object.values(files).reduce((sum, text) => sum + Buffer.byteLength(text), 0);

  const samples = [];
  const rss = [];
  const floors = [];
  for (let run = 0; run < context.runs; run += 1) {
    floors.push(await yamlFloorMs(dir));
    const result = await runCli(context.bin, ["validate", dir, "--format", "json"], {
      rssFile: path.join(context.tempDir, `rss-validate-${run}`),
      timeoutMs: VALIDATE_TIMEOUT_MS,
    });
    expectExit(result, 0, "validate");
    expectRules(JSON.parse(result.stdout));
    samples.push(result.wallMs);
    rss.push((result.peakRssKiB * 1024) / 1e6);
  }
  context.log(`validate: ${context.runs} runs`);
  const wallMs = summarize(samples);
  const floorMs = summarize(floors);
  return {
    rules: RULES,
    files: Object.keys(files).length,
    bytes,
    wallMs,
    yamlFloorMs: floorMs,
    ratioToYamlFloor: ratio(wallMs.median, floorMs.median),
    peakRssMB: summarize(rss),
  };
}

/** Wall time of the yaml-only process over `dir`. */
async function yamlFloorMs(dir) {
  const result = await runChild(process.execPath, [YAML_FLOOR, dir], {
    env: { PATH: process.env.PATH ?? "" },
    timeoutMs: VALIDATE_TIMEOUT_MS,
  });
  expectExit(result, 0, "the yaml floor");
  return result.wallMs;
}

function expectRules(report) {
  const rules = report.organizations?.[0]?.revocationRules;
  if (report.valid !== true || rules !== RULES) {
    throw new Error(`validate read ${rules} rules (valid: ${report.valid}), not ${RULES}`);
  }
}

module.exports = { benchValidate };

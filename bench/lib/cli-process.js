"use strict";
/** Runs the real CLI, `node bin/nordpass-policy.js ...`, in a child process. */
const fs = require("node:fs");
const path = require("node:path");
const { runChild } = require("./children");

const PRELOAD = path.join(__dirname, "rss-preload.js");

/**
 * Resolves with the child's `{ code, stdout, stderr, wallMs, peakRssKiB }`. The environment
 * is minimal and explicit, so no NORDPASS_* or CI variable of the caller leaks in.
 * `rssFile` (a path in a temp dir) turns on the peak-RSS preload.
 */
async function runCli(bin, args, { token, rssFile, timeoutMs }) {
  const env = { PATH: process.env.PATH ?? "", HOME: process.env.HOME ?? "", NO_COLOR: "1" };
  if (token !== undefined) env.NORDPASS_API_TOKEN = token;
  const nodeArgs = rssFile === undefined ? [] : ["--require", PRELOAD];
  if (rssFile !== undefined) env.BENCH_RSS_FILE = rssFile;
  const result = await runChild(process.execPath, [...nodeArgs, bin, ...args], {
    env,
    timeoutMs,
  });
  const peakRssKiB = rssFile === undefined ? undefined : readRss(rssFile);
  return { ...result, peakRssKiB };
}

function readRss(file) {
  const kib = Number(fs.readFileSync(file, "utf8"));
  fs.rmSync(file, { force: true });
  return kib;
}

/** Throws with the CLI's stderr when it did not exit with `expected`. */
function expectExit(result, expected, what) {
  if (result.code === expected) return;
  const tail = result.stderr.slice(-1500);
  throw new Error(`${what} exited with ${result.code ?? result.signal}, not ${expected}\n${tail}`);
}

module.exports = { runCli, expectExit };

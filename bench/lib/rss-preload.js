"use strict";
/**
 * Loaded with `node --require` into a CLI run: on exit, writes the process's peak resident
 * set size (KiB, from getrusage) to the file named by BENCH_RSS_FILE. Measures the CLI
 * process alone: the emulator runs in another process.
 */
const fs = require("node:fs");

const target = process.env.BENCH_RSS_FILE;
if (target) {
  process.on("exit", () => fs.writeFileSync(target, String(process.resourceUsage().maxRSS)));
}

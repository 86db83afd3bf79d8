"use strict";
/**
 * The cold start of `nordpass-policy --version` against `node -e ""`, spawned alternately
 * so that a busy moment hurts both alike. Two uncounted warm-up pairs fill the disk cache.
 */
const { runChild } = require("../children");
const { runCli, expectExit } = require("../cli-process");
const { round, summarize } = require("../stats");

const WARM_UP = 2;
const TIMEOUT_MS = 30_000;

async function benchColdStart(context, pairs) {
  const node = [];
  const cli = [];
  for (let i = 0; i < WARM_UP + pairs; i += 1) {
    const bare = await runChild(process.execPath, ["-e", ""], {
      env: { PATH: process.env.PATH ?? "" },
      timeoutMs: TIMEOUT_MS,
    });
    expectExit(bare, 0, 'node -e ""');
    const version = await runCli(context.bin, ["--version"], { timeoutMs: TIMEOUT_MS });
    expectExit(version, 0, "--version");
    if (i < WARM_UP) continue;
    node.push(bare.wallMs);
    cli.push(version.wallMs);
  }
  context.log(`cold start: ${pairs} pairs`);
  const nodeMs = summarize(node);
  const cliMs = summarize(cli);
  return { pairs, nodeMs, cliMs, overheadMs: round(cliMs.median - nodeMs.median, 1) };
}

module.exports = { benchColdStart };

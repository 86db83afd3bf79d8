"use strict";
// The command-line side every generator shares: write the fresh output, or with --check
// exit 1 when the committed file differs from it (CI and the staleness tests use that).
const { readFileSync, writeFileSync } = require("node:fs");
const { relative } = require("node:path");

/**
 * @param {string} name the generator's name, for error messages
 * @param {string} outputPath the generated file
 * @param {() => Promise<string>} generate produces the file's fresh content
 */
function runGenerator(name, outputPath, generate) {
  main().catch((error) => {
    process.stderr.write(`${name}: ${error.stack || error}\n`);
    process.exitCode = 1;
  });

  async function main() {
    const fresh = await generate();
    if (!process.argv.includes("--check")) {
      writeFileSync(outputPath, fresh);
      process.stdout.write(`wrote ${outputPath}\n`);
      return;
    }
    if (committedText(outputPath) !== fresh) {
      const shown = relative(process.cwd(), outputPath);
      process.stderr.write(`${shown} is stale: run \`npm run generate\` and commit the result\n`);
      process.exitCode = 1;
    }
  }
}

function committedText(path) {
  try {
    return readFileSync(path, "utf8");
  } catch {
    return "";
  }
}

module.exports = { runGenerator };

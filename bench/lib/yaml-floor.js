"use strict";
/**
 * The floor of `validate`, run as its own process like the CLI: start Node, load the yaml
 * library and parse every file of a directory to plain values with the options the policy
 * loader uses; check nothing. `node bench/lib/yaml-floor.js DIR` prints the document count.
 */
const fs = require("node:fs");
const path = require("node:path");
const { LineCounter, parseAllDocuments } = require("yaml");

function parseDirectory(dir) {
  let documents = 0;
  for (const name of fs.readdirSync(dir).sort()) {
    const text = fs.readFileSync(path.join(dir, name), "utf8");
    const parsed = parseAllDocuments(text, {
      lineCounter: new LineCounter(),
      prettyErrors: false,
      schema: "core",
      merge: false,
      uniqueKeys: false,
      strict: true,
    });
    for (const document of parsed) {
      document.toJS();
      documents += 1;
    }
  }
  return documents;
}

if (require.main === module) process.stdout.write(`${parseDirectory(process.argv[2])}\n`);

module.exports = { parseDirectory };

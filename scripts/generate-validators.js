#!/usr/bin/env node
"use strict";
/**
 * Writes src/policy/validators.generated.ts: ajv's standalone code for the policy schema, so
 * that no command pays for compiling the schema at run time. The validators are built with the
 * options src/policy/schema.ts relies on (all errors, verbose), and their error objects are
 * the ones a compiled schema gives.
 *
 *   node scripts/generate-validators.js           write the file (part of npm run generate)
 *   node scripts/generate-validators.js --check   exit 1 when the committed file is stale
 */
const { readFileSync } = require("node:fs");
const { join } = require("node:path");
const { runGenerator } = require("./lib/generated-file");
const Ajv2020 = require("ajv/dist/2020").default;
const addFormats = require("ajv-formats").default;
const standaloneCode = require("ajv/dist/standalone").default;
const prettier = require("prettier");

const root = join(__dirname, "..");
const schemaPath = join(root, "schemas", "policy.schema.json");
const outputPath = join(root, "src", "policy", "validators.generated.ts");

const BANNER = [
  "// Generated from schemas/policy.schema.json by `npm run generate` " +
    "(scripts/generate-validators.js).",
  "// Do not edit: change the schema and run the command again.",
  "// @ts-nocheck: ajv's standalone code is plain JavaScript.",
].join("\n");

/** The generated source text; deterministic for a given schema and ajv version. */
async function generate() {
  const schema = JSON.parse(readFileSync(schemaPath, "utf8"));
  const ajv = new Ajv2020({
    strict: true,
    allErrors: true,
    verbose: true,
    allowUnionTypes: true,
    // ajv-formats makes the code require its formats from "ajv-formats/dist/formats".
    code: { source: true, esm: true, lines: true },
  });
  addFormats(ajv, ["email", "date-time"]);
  ajv.addSchema(schema);
  const code = standaloneCode(ajv, {
    document: schema.$id,
    rule: `${schema.$id}#/$defs/RevocationRule`,
  });
  const body = code.replace(/^"use strict";\n/, "");
  return prettier.format(`${BANNER}\n${body}`, {
    parser: "typescript",
    printWidth: 100,
    trailingComma: "all",
  });
}

module.exports = { generate };

if (require.main === module) runGenerator("generate-validators", outputPath, generate);

#!/usr/bin/env node
"use strict";
/**
 * Writes src/policy/types.generated.ts from schemas/policy.schema.json with
 * json-schema-to-typescript, so the schema stays the one source of the policy language.
 *
 *   node scripts/generate-types.js           write the file (npm run generate)
 *   node scripts/generate-types.js --check   exit 1 when the committed file is stale
 */
const { readFileSync } = require("node:fs");
const { join } = require("node:path");
const { runGenerator } = require("./lib/generated-file");
const { compile } = require("json-schema-to-typescript");

const root = join(__dirname, "..");
const schemaPath = join(root, "schemas", "policy.schema.json");
const outputPath = join(root, "src", "policy", "types.generated.ts");

const BANNER =
  "// Generated from schemas/policy.schema.json by `npm run generate` " +
  "(scripts/generate-types.js).\n" +
  "// Do not edit: change the schema and run the command again.";

/** The generated source text; deterministic for a given schema. */
async function generate() {
  const schema = JSON.parse(readFileSync(schemaPath, "utf8"));
  return compile(schema, "PolicyDocument", {
    bannerComment: BANNER,
    additionalProperties: false,
    unreachableDefinitions: true,
    format: true,
    style: { printWidth: 100, singleQuote: false, trailingComma: "all" },
    cwd: join(root, "schemas"),
  });
}

module.exports = { generate };

if (require.main === module) runGenerator("generate-types", outputPath, generate);

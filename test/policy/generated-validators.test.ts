import { spawnSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { isDeepStrictEqual } from "node:util";
import Ajv2020 from "ajv/dist/2020";
import addFormats from "ajv-formats";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import * as generated from "../../src/policy/validators.generated";

const ROOT = join(__dirname, "..", "..");
const GENERATED = "src/policy/validators.generated.ts";

describe("schema validators generated with ajv's standalone code", () => {
  it("are committed exactly as `npm run generate` writes them now", () => {
    const check = spawnSync(process.execPath, ["scripts/generate-validators.js", "--check"], {
      cwd: ROOT,
      encoding: "utf8",
    });
    expect(check.stderr).toBe("");
    expect(check.status).toBe(0);
  });

  it("say on their first line that they are generated, from what and by what command", () => {
    const source = readFileSync(join(ROOT, GENERATED), "utf8");
    expect(source.split("\n")[0]).toBe(
      "// Generated from schemas/policy.schema.json by `npm run generate` " +
        "(scripts/generate-validators.js).",
    );
  });

  it("give the verdict and the error objects a schema compiled at run time gives", () => {
    const schema = JSON.parse(readFileSync(join(ROOT, "schemas/policy.schema.json"), "utf8"));
    const ajv = new Ajv2020({
      strict: true,
      allErrors: true,
      verbose: true,
      allowUnionTypes: true,
    });
    addFormats(ajv, ["email", "date-time"]);
    const compiled = {
      document: ajv.compile(schema),
      rule: ajv.getSchema(`${schema.$id}#/$defs/RevocationRule`)!,
    };
    const standalone = generated as unknown as typeof compiled;
    const agree = (kind: keyof typeof compiled, value: unknown) => {
      const [a, b] = [compiled[kind], standalone[kind]];
      expect(b(value)).toBe(a(value));
      expect(isDeepStrictEqual(b.errors, a.errors), JSON.stringify(value)).toBe(true);
    };
    fc.assert(
      fc.property(policyLike(), (document) => {
        agree("document", document);
        const rules = (document as { revocations?: unknown }).revocations;
        if (Array.isArray(rules)) for (const rule of rules) agree("rule", rule);
      }),
      { numRuns: 3000 },
    );
  });
});

/** Documents with the schema's keys (and a stranger) holding plausible and odd values. */
function policyLike(): fc.Arbitrary<Record<string, unknown>> {
  const value = fc.oneof(
    fc.jsonValue({ maxDepth: 2 }),
    fc.constantFrom("*", "jane@acme.example", "not-an-email", "2026-01-01T00:00:00Z", "7d", 1),
  );
  const mapping = (keys: string[], of: fc.Arbitrary<unknown>) =>
    fc.dictionary(fc.constantFrom(...keys), of, { maxKeys: keys.length });
  const match = mapping(
    ["sessionIds", "deviceTypes", "browsers", "platforms", "platformVersion", "ipAddresses", "x"],
    value,
  );
  const rule = mapping(
    ["id", "reason", "members", "lastLoginBefore", "lastLoginAfter", "expiresAt", "match", "x"],
    fc.oneof(value, match),
  );
  const keys = ["version", "organization", "sessionLength", "protectedMembers", "guardrails"];
  return mapping(
    [...keys, "revocations", "x"],
    fc.oneof(value, fc.array(rule, { maxLength: 3 }), mapping(["maxRevocations", "x"], value)),
  );
}

import { spawnSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";

const ROOT = join(__dirname, "..", "..");

describe("types generated from the policy schema", () => {
  it("are committed exactly as `npm run generate` writes them now", () => {
    const check = spawnSync(process.execPath, ["scripts/generate-types.js", "--check"], {
      cwd: ROOT,
      encoding: "utf8",
    });
    expect(check.stderr).toBe("");
    expect(check.status).toBe(0);
  });

  it("say on their first line that they are generated, from what and by what command", () => {
    const source = readFileSync(join(ROOT, "src/policy/types.generated.ts"), "utf8");
    expect(source.split("\n")[0]).toBe(
      "// Generated from schemas/policy.schema.json by `npm run generate` " +
        "(scripts/generate-types.js).",
    );
  });
});

describe("the policy schema", () => {
  const schema = JSON.parse(readFileSync(join(ROOT, "schemas/policy.schema.json"), "utf8"));

  it("is JSON Schema 2020-12 with an $id", () => {
    expect(schema.$schema).toBe("https://json-schema.org/draft/2020-12/schema");
    expect(schema.$id).toMatch(/^https:\/\//);
  });

  it("describes every property and allows no unknown keys in any object", () => {
    const walk = (node: unknown, where: string): void => {
      if (!node || typeof node !== "object") return;
      const n = node as Record<string, unknown>;
      if (n.type === "object") expect(n.additionalProperties, where).toBe(false);
      for (const [key, property] of Object.entries((n.properties ?? {}) as object)) {
        expect((property as { description?: string }).description, `${where}.${key}`).toBeTruthy();
      }
      for (const [key, child] of Object.entries(n)) walk(child, `${where}/${key}`);
    };
    walk(schema, "#");
  });
});

/**
 * The loader builds each document's plain value in the same walk that checks its structure;
 * yaml's own toJS is the oracle for that value.
 */
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { isDeepStrictEqual } from "node:util";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { parseAllDocuments } from "yaml";
import { parseSource } from "../../src/policy/source";
import { REPO_ROOT } from "./run-cli";

/** yaml's plain values of every document, with the loader's parse options. */
function yamlValues(text: string): unknown[] {
  const options = { schema: "core", merge: false, uniqueKeys: false, strict: true } as const;
  return parseAllDocuments(text, options)
    .map((d) => d.toJS({ maxAliasCount: 100 }))
    .filter((v) => v !== undefined && v !== null);
}

function expectSameValues(text: string): void {
  const parsed = parseSource("p.yaml", text);
  if (parsed.diagnostics.length > 0) return; // documents with problems carry no value
  const ours = parsed.documents.map((d) => d.value);
  expect(isDeepStrictEqual(ours, yamlValues(text)), text).toBe(true);
}

function policyFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return policyFiles(path);
    return /\.ya?ml$/.test(name) ? [path] : [];
  });
}

describe("plain values of policy documents", () => {
  it("are what yaml's toJS gives, for every example and fixture", () => {
    const files = [
      ...policyFiles(join(REPO_ROOT, "examples")),
      ...policyFiles(join(REPO_ROOT, "test/fixtures")),
    ];
    expect(files.length).toBeGreaterThan(40);
    for (const file of files) expectSameValues(readFileSync(file, "utf8"));
  });

  it("are what yaml's toJS gives, for odd keys, scalars, flow collections and aliases", () => {
    const cases = [
      "a: 1\nb: [1, 2.5, true, null, ~, 0x1f, '3']\nc: {d: e}\n",
      "null: 1\n~: 2\n1: x\ntrue: y\n1.5: z\n",
      ": empty key\nconstructor: 1\ntoString: 2\nhasOwnProperty: 3\n",
      "a:\nb: !!str 12\nc: !!int '7'\n- x\n",
      "base: &b {x: 1}\nuse: *b\nlist: [*b, *b]\n",
      "? [a, b]\n: complex key\n",
      "---\na: 1\n---\n---\n- 1\n- 2\n",
      "plain scalar document\n",
    ];
    for (const text of cases) expectSameValues(text);
  });

  it("are what yaml's toJS gives, for random block and flow mappings", () => {
    const scalar = fc.oneof(
      fc.constantFrom("1", "-2", "3.5", "true", "null", "~", "''", '"x y"', "0o7", ".inf"),
      fc.stringMatching(/^[a-z][a-z0-9-]{0,6}$/),
    );
    const flow: fc.Arbitrary<string> = fc.letrec((tie) => ({
      node: fc.oneof(
        { depthSize: "small", withCrossShrink: true },
        scalar,
        fc.array(tie("node"), { maxLength: 3 }).map((items) => `[${items.join(", ")}]`),
        fc
          .array(fc.tuple(scalar, tie("node")), { maxLength: 3 })
          .map((pairs) => `{${pairs.map(([k, v]) => `${k}: ${v}`).join(", ")}}`),
      ),
    })).node as fc.Arbitrary<string>;
    const document = fc
      .array(fc.tuple(scalar, flow), { minLength: 1, maxLength: 5 })
      .map((pairs) => pairs.map(([k, v]) => `${k}: ${v}`).join("\n") + "\n");
    fc.assert(
      fc.property(document, (text) => expectSameValues(text)),
      { numRuns: 500 },
    );
  });
});

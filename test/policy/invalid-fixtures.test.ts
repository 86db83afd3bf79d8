/**
 * Every broken policy in test/fixtures/invalid/ is refused by `validate` with exit 1, and the
 * first line printed names the file, line and column of the one problem it holds. The
 * expectations live in test/fixtures/invalid/expected-first-lines.txt, one line each.
 */
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { REPO_ROOT, runCli } from "./run-cli";

const FIXTURES = "test/fixtures/invalid";
const EXPECTED_FILE = join(REPO_ROOT, FIXTURES, "expected-first-lines.txt");

function expectations(): Array<[fixture: string, firstLine: string]> {
  return readFileSync(EXPECTED_FILE, "utf8")
    .split("\n")
    .filter((line) => line !== "" && !line.startsWith("#"))
    .map((line) => [line.split(/[/:]/)[0]!, line]);
}

function assertRefused(result: { code: number; stdout: string; stderr: string }): void {
  expect(result.code).toBe(1);
  expect(result.stdout).toBe("");
  expect(result.stderr).not.toMatch(/internal error|\n\s+at /);
}

describe("invalid policy fixtures", () => {
  const table = expectations();

  it("has an expectation for every fixture and at least 40 fixtures", () => {
    const fixtures = readdirSync(join(REPO_ROOT, FIXTURES)).filter(
      (n) => n !== "expected-first-lines.txt",
    );
    expect(table.map(([fixture]) => fixture).sort()).toEqual(fixtures.sort());
    expect(fixtures.length).toBeGreaterThanOrEqual(40);
  });

  it.each(table)("refuses %s at its line and column", async (fixture, firstLine) => {
    const result = await runCli(["validate", `${FIXTURES}/${fixture}`]);
    assertRefused(result);
    expect(result.stderr.split("\n")[0]).toBe(`${FIXTURES}/${firstLine}`);
  });

  it("refuses a file over 1 MiB before parsing it", async () => {
    const dir = mkdtempSync(join(tmpdir(), "policy-large-"));
    const body = "organization: acme\n" + `# ${"x".repeat(100)}\n`.repeat(10_500);
    writeFileSync(join(dir, "large.yaml"), body);
    const result = await runCli(["validate", "large.yaml"], dir);
    assertRefused(result);
    expect(result.stderr.split("\n")[0]).toBe(
      `large.yaml:1:1: file is ${Buffer.byteLength(body)} bytes, over the 1 MiB limit for ` +
        "policy files; split it or remove what does not belong in a policy",
    );
  });

  it("refuses a billion-laughs file without expanding it", async () => {
    const result = await runCli(["validate", `${FIXTURES}/yaml-billion-laughs.yaml`]);
    assertRefused(result);
    expect(result.stderr).toContain("yaml-billion-laughs.yaml:4:8: aliases expand");
  });

  it("refuses a megabyte of open brackets without handing it to the parser", async () => {
    const dir = mkdtempSync(join(tmpdir(), "policy-brackets-"));
    writeFileSync(join(dir, "brackets.yaml"), "a: " + "[".repeat(1_000_000));
    const result = await runCli(["validate", "brackets.yaml"], dir);
    assertRefused(result);
    expect(result.stderr.split("\n")[0]).toBe(
      "brackets.yaml:1:68: nesting is deeper than 64 levels; no policy needs that",
    );
  });
});

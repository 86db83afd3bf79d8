import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { runCli } from "../policy/run-cli";

describe("nordpass-policy validate", () => {
  it("exits 0 on the examples and prints one summary line per organization", async () => {
    const result = await runCli(["validate", "examples/"]);
    expect(result.code).toBe(0);
    expect(result.stderr).toBe("");
    expect(result.stdout.split("\n")).toEqual([
      "acme: session length 7d, 2 revocation rules, 1 protected member (3 files)",
      "globex: session length 7d, 0 revocation rules, 0 protected members (1 file)",
      "hooli: session length 7d, 1 revocation rule, 0 protected members (1 file)",
      "initech: session length unmanaged, 1 revocation rule, 0 protected members (1 file)",
      "umbrella: session length 1d, 1 revocation rule, 2 protected members (1 file)",
      "wayne-production: session length 7d, 1 revocation rule, 1 protected member (1 file)",
      "wayne-staging: session length 1d, 0 revocation rules, 0 protected members (1 file)",
      "",
    ]);
  });

  it("prints problems to stderr, nothing to stdout, and exits 1", async () => {
    const result = await runCli(["validate", "test/fixtures/invalid/session-length-too-long.yaml"]);
    expect(result.code).toBe(1);
    expect(result.stdout).toBe("");
    expect(result.stderr).toBe(
      "test/fixtures/invalid/session-length-too-long.yaml:3:16: session length '31d' is out of " +
        "range: it must be between 1 hour and 30 days\n",
    );
  });

  it("writes one JSON object with summaries and diagnostics in --format json", async () => {
    const result = await runCli(["validate", "--format", "json", "examples/single-org-preset"]);
    expect(result.code).toBe(0);
    expect(result.stderr).toBe("");
    expect(JSON.parse(result.stdout)).toEqual({
      valid: true,
      diagnostics: [],
      files: ["examples/single-org-preset/policy.yaml"],
      organizations: [
        {
          organization: "globex",
          sessionLength: { seconds: 604800, text: "7d" },
          revocationRules: 0,
          protectedMembers: 0,
          maxRevocations: 100,
          files: ["examples/single-org-preset/policy.yaml"],
        },
      ],
    });
  });

  it("reports problems inside the JSON object, not on stderr, and exits 1", async () => {
    const result = await runCli([
      "validate",
      "--format=json",
      "test/fixtures/invalid/unknown-key-typo.yaml",
    ]);
    expect(result.code).toBe(1);
    expect(result.stderr).toBe("");
    const report = JSON.parse(result.stdout);
    expect(report.valid).toBe(false);
    expect(report.organizations).toEqual([]);
    expect(report.diagnostics).toEqual([
      {
        file: "test/fixtures/invalid/unknown-key-typo.yaml",
        line: 3,
        col: 1,
        severity: "error",
        code: "unknown-key",
        message: "unknown key 'sessionLenght' (did you mean 'sessionLength'?)",
      },
    ]);
  });

  it("exits 0 with a warning on stderr and the summary on stdout", async () => {
    const dir = mkdtempSync(join(tmpdir(), "policy-validate-"));
    writeFileSync(join(dir, "long.yaml"), "organization: acme\nsessionLength: 14d\n");
    const result = await runCli(["validate", "long.yaml"], dir);
    expect(result.code).toBe(0);
    expect(result.stderr).toBe(
      "long.yaml:2:16: warning: session length '14d' is longer than 7 days; " +
        "7 days is the recommended interval\n",
    );
    expect(result.stdout).toBe(
      "acme: session length 14d, 0 revocation rules, 0 protected members (1 file)\n",
    );
  });

  it("exits 1 for a path that does not exist, naming it", async () => {
    const result = await runCli(["validate", "no/such/dir"]);
    expect(result.code).toBe(1);
    expect(result.stderr).toBe(
      "no/such/dir:1:1: cannot read 'no/such/dir': no such file or directory\n",
    );
  });

  it("documents itself in --help", async () => {
    const result = await runCli(["validate", "--help"]);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain("Usage: nordpass-policy validate [options] <paths...>");
    expect(result.stdout).toContain('--format <format>  output format (choices: "text", "json"');
  });
});

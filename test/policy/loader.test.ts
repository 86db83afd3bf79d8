import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { describe, expect, it } from "vitest";
import { formatDiagnostic } from "../../src/policy/diagnostic";
import { loadPolicies } from "../../src/policy/index";
import { REPO_ROOT } from "./run-cli";

const NOW = new Date("2026-12-03T12:00:00Z");

/** A temporary folder holding the given files; returns its path. */
function tree(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), "policy-loader-"));
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, name)), { recursive: true });
    writeFileSync(join(dir, name), text);
  }
  return dir;
}

function load(files: Record<string, string>, paths = ["."]) {
  return loadPolicies(paths, { now: NOW, cwd: tree(files) });
}

const lines = (result: ReturnType<typeof load>) => result.diagnostics.map(formatDiagnostic);

describe("loading the examples", () => {
  const result = loadPolicies(["examples/"], { now: NOW, cwd: REPO_ROOT });

  it("finds every example valid, with no warning", () => {
    expect(result.diagnostics).toEqual([]);
    expect(result.state?.organizations.map((o) => o.organization)).toEqual([
      "acme",
      "globex",
      "hooli",
      "initech",
      "umbrella",
      "wayne-production",
      "wayne-staging",
    ]);
  });

  it("lists the files read, sorted, as the path given joined with the part below it", () => {
    expect(result.files).toContain("examples/split-organization/revocations/offboard-jane.yaml");
    expect(result.files).toEqual([...result.files].sort());
    expect(result.files).toHaveLength(9);
  });

  it("merges an organization split over a settings file and a revocations folder", () => {
    const acme = result.state!.organizations[0]!;
    expect(acme.sessionLength).toEqual({
      seconds: 604800,
      text: "7d",
      source: { file: "examples/split-organization/settings.yaml", line: 7, col: 16 },
    });
    expect(acme.protectedMembers).toEqual(["breakglass@acme.example"]);
    expect(acme.maxRevocations).toBe(100);
    expect(acme.revocations.map((r) => r.id)).toEqual(["lost-phone-tom", "offboard-jane"]);
    expect(acme.sources.map((s) => s.file)).toEqual([
      "examples/split-organization/revocations/lost-phone-tom.yaml",
      "examples/split-organization/revocations/offboard-jane.yaml",
      "examples/split-organization/settings.yaml",
    ]);
  });

  it("leaves an unset session length unmanaged and defaults the guardrail to 100", () => {
    const initech = result.state!.organizations.find((o) => o.organization === "initech")!;
    expect(initech.sessionLength).toBeNull();
    expect(initech.maxRevocations).toBe(100);
  });
});

describe("normalizing", () => {
  it("lower-cases emails, sorts lists and writes instants in UTC", () => {
    const result = load({
      "p.yaml": [
        "organization: acme",
        "protectedMembers: [Zed@Acme.Example, amy@acme.example]",
        "revocations:",
        "  - id: r1",
        "    reason: test",
        "    members: Jane@ACME.example",
        "    lastLoginBefore: 2026-12-01T11:00:00+01:00",
        "    match:",
        "      deviceTypes: mobile",
        "      browsers: [Safari, chrome]",
      ].join("\n"),
    });
    const org = result.state!.organizations[0]!;
    expect(org.protectedMembers).toEqual(["amy@acme.example", "zed@acme.example"]);
    const rule = org.revocations[0]!;
    expect(rule.members).toEqual(["jane@acme.example"]);
    expect(rule.lastLoginBefore).toBe("2026-12-01T10:00:00Z");
    expect(rule.match).toEqual({ deviceTypes: ["mobile"], browsers: ["chrome", "safari"] });
    expect(rule.source).toEqual({ file: "p.yaml", line: 4, col: 5 });
  });

  it('reads members: "*" as every member', () => {
    const result = load({
      "p.yaml": 'organization: a\nrevocations:\n  - {id: r, reason: x, members: "*"}\n',
    });
    expect(result.state!.organizations[0]!.revocations[0]!.members).toBe("*");
  });
});

describe("merging documents of one organization", () => {
  it("concatenates protected members and rules across documents of one file", () => {
    const result = load({
      "p.yaml": [
        "organization: acme",
        "protectedMembers: [a@acme.example]",
        "---",
        "organization: acme",
        "protectedMembers: [b@acme.example, a@acme.example]",
        "revocations:",
        "  - {id: r1, reason: x, members: [c@acme.example]}",
      ].join("\n"),
    });
    const org = result.state!.organizations[0]!;
    expect(org.protectedMembers).toEqual(["a@acme.example", "b@acme.example"]);
    expect(org.revocations).toHaveLength(1);
    expect(org.sources).toEqual([
      { file: "p.yaml", line: 1, col: 15 },
      { file: "p.yaml", line: 4, col: 15 },
    ]);
  });

  it("cites both files when a setting is set twice for one organization", () => {
    const result = load({
      "a.yaml": "organization: acme\nsessionLength: 7d\n",
      "sub/b.yaml": "organization: acme\nsessionLength: 1d\n",
    });
    expect(result.state).toBeNull();
    expect(lines(result)).toEqual([
      "sub/b.yaml:2:16: sessionLength is set twice for organization 'acme': " +
        "already set at a.yaml:2; keep one",
    ]);
  });

  it("keeps documents of different organizations apart", () => {
    const result = load({
      "p.yaml": "organization: a\nsessionLength: 1d\n---\norganization: b\nsessionLength: 7d\n",
    });
    expect(result.state!.organizations.map((o) => [o.organization, o.sessionLength?.text])).toEqual(
      [
        ["a", "1d"],
        ["b", "7d"],
      ],
    );
  });
});

describe("problems as data", () => {
  it("reports a missing path at line 1 column 1 and still reads the others", () => {
    const result = load({ "p.yaml": "organization: a\n" }, ["nowhere", "p.yaml"]);
    expect(lines(result)).toEqual([
      "nowhere:1:1: cannot read 'nowhere': no such file or directory",
    ]);
    expect(result.files).toEqual(["p.yaml"]);
    expect(result.state).toBeNull();
  });

  it("collects every problem of a document, sorted by place", () => {
    const result = load({ "p.yaml": "organization: Acme\nsessionLength: forever\ncolour: red\n" });
    expect(result.diagnostics.map((d) => [d.line, d.col, d.code])).toEqual([
      [1, 15, "invalid-value"],
      [2, 16, "invalid-value"],
      [3, 1, "unknown-key"],
    ]);
  });

  it("keeps the state when there are only warnings: a long session length, an expired rule", () => {
    const result = load({
      "p.yaml": [
        "organization: acme",
        "sessionLength: 10d",
        "revocations:",
        "  - id: old",
        "    reason: done",
        '    members: "*"',
        "    expiresAt: 2026-12-03T12:00:00Z",
      ].join("\n"),
    });
    expect(lines(result)).toEqual([
      "p.yaml:2:16: warning: session length '10d' is longer than 7 days; " +
        "7 days is the recommended interval",
      "p.yaml:7:16: warning: rule 'old' expired at 2026-12-03T12:00:00Z and matches no session; " +
        "remove it when convenient",
    ]);
    const rule = result.state!.organizations[0]!.revocations[0]!;
    expect(
      rule.matches(
        {
          id: "s",
          memberEmail: "a@acme.example",
          deviceType: "mobile",
          browser: "Safari",
          platform: "ios",
          platformVersion: "5.19.2",
          ipAddress: "198.51.100.7",
          lastLoginAt: "2026-11-30T09:00:00Z",
        },
        NOW,
      ),
    ).toBe(false);
  });

  it("skips empty documents, such as the one after a trailing ---", () => {
    const result = load({ "p.yaml": "---\norganization: a\n---\n# nothing\n---\n" });
    expect(result.diagnostics).toEqual([]);
    expect(result.state!.organizations.map((o) => o.organization)).toEqual(["a"]);
  });

  it("warns about a file without any document", () => {
    const result = load({ "p.yaml": "# nothing yet\n" });
    expect(lines(result)).toEqual(["p.yaml:1:1: warning: file holds no policy document"]);
    expect(result.state).toEqual({ organizations: [] });
  });

  it("reports a folder without policy files", () => {
    const result = load({ "notes.txt": "hello" });
    expect(lines(result)).toEqual([".:1:1: '.' holds no policy files (*.yaml or *.yml)"]);
  });

  it("reads a file reached through its folder and by name only once", () => {
    const result = load({ "p.yaml": "organization: a\nsessionLength: 1d\n" }, [".", "p.yaml"]);
    expect(result.diagnostics).toEqual([]);
    expect(result.files).toEqual(["p.yaml"]);
  });

  it("reads *.yaml and *.yml recursively in sorted order and skips other files", () => {
    const result = load({
      "b.yml": "organization: b\n",
      "a/z.yaml": "organization: z\n",
      "a/readme.md": "not a policy",
      ".hidden/x.yaml": "organization: hidden\n",
    });
    expect(result.files).toEqual(["a/z.yaml", "b.yml"]);
  });
});

describe("hostile input", () => {
  it("does not count brackets and indicators inside quotes and comments as nesting", () => {
    const brackets = "[".repeat(80);
    const result = load({
      "p.yaml": [
        `# ${brackets}`,
        "organization: acme",
        "revocations:",
        `  - id: r1`,
        `    reason: '${brackets} - - - {{{{'`,
        `    members: "*"`,
      ].join("\n"),
    });
    expect(result.diagnostics).toEqual([]);
  });

  it("refuses a ladder of ever deeper indentation before parsing it", () => {
    const ladder = Array.from({ length: 1000 }, (_, i) => `${" ".repeat(i)}a:`).join("\n");
    const result = load({ "p.yaml": ladder });
    expect(lines(result)).toEqual([
      "p.yaml:65:65: nesting is deeper than 64 levels; no policy needs that",
    ]);
  });

  it("reports each duplicate key once, at its second occurrence, in linear time", () => {
    const keys = Array.from({ length: 20_000 }, (_, i) => `k${i % 10_000}: 1`);
    const result = load({ "p.yaml": ["organization: acme", ...keys].join("\n") });
    const duplicates = result.diagnostics.filter((d) => d.code === "yaml-duplicate-key");
    expect(duplicates).toHaveLength(10_000);
    expect(formatDiagnostic(duplicates[0]!)).toBe(
      "p.yaml:10002:1: key 'k0' is set twice in this mapping; keep one",
    );
  });
});

describe("a document that fails the schema", () => {
  it("still gets the value checks of its conforming parts, so one run reports everything", () => {
    const result = load({
      "acme.yaml": [
        "version: 1",
        "organization: acme",
        "sessionLength: 45d",
        "sessionLenght: 7d",
        "revocations:",
        "  - id: Bad_Id",
        "    reason: schema error in this rule",
        "    members: [jane@acme.example]",
        "  - id: good-shape",
        "    reason: value errors only",
        "    members: [jane@acme.example]",
        "    match:",
        "      ipAddresses: [10.0.0.0/33]",
        "",
      ].join("\n"),
    });
    expect(result.state).toBeNull();
    expect(lines(result)).toEqual([
      "acme.yaml:3:16: session length '45d' is out of range: it must be between 1 hour and 30 days",
      "acme.yaml:4:1: unknown key 'sessionLenght' (did you mean 'sessionLength'?)",
      expect.stringMatching(/^acme\.yaml:6:9: rule id 'Bad_Id' is not valid/),
      expect.stringMatching(/^acme\.yaml:13:21: '10\.0\.0\.0\/33' is not an IP address or CIDR/),
    ]);
  });

  it("gets no value checks for the parts that failed it", () => {
    const result = load({
      "acme.yaml": "version: 1\norganization: acme\nsessionLength: [45d]\n",
    });
    expect(result.diagnostics).toHaveLength(1);
    expect(result.diagnostics[0]).toMatchObject({ line: 3, col: 16, severity: "error" });
  });
});

/**
 * apply's command-line rules that need no emulator: the actor, durations, and arguments.
 */
import { describe, expect, it } from "vitest";
import { resolveActor } from "../../src/cli/actor";
import { parseDurationOption } from "../../src/cli/duration-option";
import { UsageError } from "../../src/errors";
import { Workspace, runCli } from "./e2e-harness";

describe("the actor recorded on writes", () => {
  it("is --actor when given", () => {
    expect(resolveActor("alice", { GITHUB_SHA: "0123456789abcdef" })).toBe("alice");
  });

  it("is the CI commit, shortened to 12 characters, without --actor", () => {
    expect(resolveActor(undefined, { GITHUB_SHA: "0123456789abcdef0123" })).toBe("ci@0123456789ab");
    expect(resolveActor(undefined, { CI_COMMIT_SHA: "fedcba9876543210" })).toBe("ci@fedcba987654");
    expect(resolveActor(undefined, { BUILDKITE_COMMIT: "aaaabbbbccccdddd" })).toBe(
      "ci@aaaabbbbcccc",
    );
    expect(resolveActor(undefined, { GIT_COMMIT: "1111222233334444" })).toBe("ci@111122223333");
  });

  it("is the local user name otherwise", () => {
    expect(resolveActor(undefined, {})).toMatch(/\S/);
  });
});

describe("--timeout and --budget", () => {
  it("accept ms, s, m and h", () => {
    expect(parseDurationOption("500ms", "--timeout")).toBe(500);
    expect(parseDurationOption("30s", "--timeout")).toBe(30_000);
    expect(parseDurationOption("10m", "--budget")).toBe(600_000);
    expect(parseDurationOption("1h", "--budget")).toBe(3_600_000);
  });

  it("refuse anything else with a usage error naming the option", () => {
    for (const bad of ["", "10", "1.5s", "0s", "-1s", "1d", "10 minutes"]) {
      expect(() => parseDurationOption(bad, "--timeout")).toThrow(UsageError);
    }
    expect(() => parseDurationOption("soon", "--budget")).toThrow(
      /--budget "soon" is not a duration/,
    );
  });

  it("make a bad value exit 1 before any request", async () => {
    const workspace = new Workspace();
    try {
      workspace.write("p.yaml", "version: 1\norganization: acme\nsessionLength: 7d\n");
      const result = await runCli(["plan", "p.yaml", "--timeout", "soon"], {
        url: "http://127.0.0.1:9",
        token: "np_x",
        cwd: workspace.dir,
      });
      expect(result.code).toBe(1);
      expect(result.stderr).toContain('--timeout "soon" is not a duration');
    } finally {
      workspace.remove();
    }
  });
});

describe("apply arguments", () => {
  it("refuses --only with a saved plan", async () => {
    const workspace = new Workspace();
    try {
      workspace.write(
        "saved.txt",
        '{"formatVersion": 1, "createdAt": "2026-12-01T00:00:00.000Z", "organizations": [], ' +
          '"summary": {"settingChanges": 0, "sessionRevocations": 0, "membersAffected": 0}}\n',
      );
      const result = await runCli(["apply", "saved.txt", "--only", "session-length"], {
        url: "http://127.0.0.1:9",
        token: "np_x",
        cwd: workspace.dir,
      });
      expect(result.code).toBe(1);
      expect(result.stderr).toContain("a saved plan is applied exactly as saved");
    } finally {
      workspace.remove();
    }
  });

  it("refuses policy errors with exit 1 and file:line:col, before any request", async () => {
    const workspace = new Workspace();
    try {
      workspace.write("bad.yaml", "version: 1\norganization: acme\nsessionLength: 45d\n");
      const result = await runCli(["apply", "bad.yaml", "--auto-approve"], {
        url: "http://127.0.0.1:9",
        token: "np_x",
        cwd: workspace.dir,
      });
      expect(result.code).toBe(1);
      expect(result.stderr).toMatch(/bad\.yaml:3:\d+: /);
    } finally {
      workspace.remove();
    }
  });
});

import { execFileSync } from "node:child_process";
import { describe, expect, it } from "vitest";
import {
  applyCommand,
  quoteForShell,
  revocationItem,
  revocationResourceName,
  stackNameFor,
} from "../../src/terraform";

describe("stack names", () => {
  it("keeps a plain organization id as the stack name", () => {
    expect(stackNameFor("acme")).toBe("acme");
    expect(stackNameFor("wayne-production")).toBe("wayne-production");
    expect(stackNameFor("eu_1.acme")).toBe("eu_1.acme");
  });

  it("percent-encodes characters CDKTF refuses or that would leave stacks/", () => {
    expect(stackNameFor("a/b")).toBe("a%2Fb");
    expect(stackNameFor("..")).toBe("%2E.");
    expect(stackNameFor(".hidden")).toBe("%2Ehidden");
    expect(stackNameFor("x y*")).toBe("x%20y%2A");
    expect(stackNameFor("a\\b")).toBe("a%5Cb");
    expect(stackNameFor("ü")).toBe("%C3%BC");
  });

  it("never gives two different ids the same name", () => {
    const ids = ["a/b", "a%2Fb", "a%b", "a b", "a_b", "a-b", "a.b", ".ab", "%2Eab"];
    const names = ids.map(stackNameFor);
    expect(new Set(names).size).toBe(ids.length);
  });
});

describe("resource names and items", () => {
  it("names a revocation resource after its rule id with '-' as '_'", () => {
    expect(revocationResourceName("offboard-jane")).toBe("revocation_offboard_jane");
    expect(revocationResourceName("inc-4521-2")).toBe("revocation_inc_4521_2");
  });

  it("names the --only item after the rule id as written", () => {
    expect(revocationItem("offboard-jane")).toBe("revocation:offboard-jane");
  });
});

describe("shell command of the provisioner", () => {
  const shellWords = (command: string): string[] =>
    execFileSync("/bin/sh", ["-c", `printf '%s\\n' ${command}`], { encoding: "utf8" })
      .split("\n")
      .slice(0, -1);

  it("leaves plain words bare", () => {
    expect(quoteForShell("examples/split-organization/settings.yaml")).toBe(
      "examples/split-organization/settings.yaml",
    );
    expect(applyCommand("acme", "revocation:offboard-jane", ["policies/acme.yaml"])).toBe(
      "nordpass-policy apply --org acme --only revocation:offboard-jane --auto-approve -- " +
        "policies/acme.yaml",
    );
  });

  it("gives every path back to a POSIX shell unchanged, whatever it holds", () => {
    const paths = [
      "my policies/acme.yaml",
      "it's.yaml",
      "$(touch pwned).yaml",
      "`id`;rm -rf x|y&z",
      "*.yaml",
      "-starts-with-dash.yaml",
      'quote"d\\back.yml',
      "~/policy.yaml",
    ];
    for (const path of paths) expect(shellWords(quoteForShell(path))).toEqual([path]);
    expect(shellWords(applyCommand("acme", "session-length", paths))).toEqual([
      "nordpass-policy",
      "apply",
      "--org",
      "acme",
      "--only",
      "session-length",
      "--auto-approve",
      "--",
      ...paths,
    ]);
  });
});

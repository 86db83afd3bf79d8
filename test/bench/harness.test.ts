/**
 * The pure pieces of the benchmark harness (bench/): its statistics and the policies it
 * generates. No timing is asserted here: figures come from `npm run bench` alone.
 */
import { mkdtempSync, readdirSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import {
  applyPolicy,
  planPolicy,
  syntheticSessionIds,
  validatePolicyFiles,
  writeFiles,
} from "../../bench/lib/policies";
import { median, ratio, summarize } from "../../bench/lib/stats";
import { parseSyntheticSpec } from "../../src/emulator";
import { syntheticSeed } from "../../src/emulator/synthetic-seed";
import { loadPolicies } from "../../src/policy";

const dirs: string[] = [];

function policyDir(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), "bench-harness-"));
  dirs.push(dir);
  return writeFiles(dir, files);
}

afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

describe("benchmark statistics", () => {
  it("takes the middle value of an odd count and the mean of the middle two of an even one", () => {
    expect(median([5, 1, 3])).toBe(3);
    expect(median([4, 1, 3, 2])).toBe(2.5);
    expect(() => median([])).toThrow(RangeError);
  });

  it("summarizes as the median with the min-max spread, keeping samples in run order", () => {
    expect(summarize([30.04, 10.06, 20.01])).toEqual({
      median: 20,
      min: 10.1,
      max: 30,
      samples: [30, 10.1, 20],
    });
  });

  it("gives a ratio to two decimals and none against a floor that is not positive", () => {
    expect(ratio(3, 2)).toBe(1.5);
    expect(ratio(1, 3)).toBe(0.33);
    expect(ratio(1, 0)).toBeNull();
  });
});

describe("benchmark policies", () => {
  it("writes a plan policy the loader accepts, with the guardrail lifted", () => {
    const result = loadPolicies([policyDir({ "policy.yaml": planPolicy() })]);

    expect(result.diagnostics.filter((d) => d.severity === "error")).toEqual([]);
    const organization = result.state?.organizations[0];
    expect(organization?.maxRevocations).toBe(1_000_000);
    expect(organization?.revocations.map((r) => r.id)).toEqual([
      "ios-before-5-23",
      "private-network",
    ]);
  });

  it("names session ids in the synthetic seed's format, all of them existing", () => {
    const ids = syntheticSessionIds(2000, 3, 2);
    const seed = syntheticSeed(parseSyntheticSpec("synthetic:members=2000,sessionsPerMember=2"), 0);
    const seeded = new Set(
      seed.organizations[0]?.members?.flatMap((m) => m.sessions?.map((s) => s.id) ?? []),
    );

    expect(ids).toEqual([
      "s-0001-0001",
      "s-0001-0002",
      "s-0002-0001",
      "s-0002-0002",
      "s-0003-0001",
      "s-0003-0002",
    ]);
    expect(ids.every((id) => seeded.has(id))).toBe(true);
  });

  it("writes an apply policy whose one rule names exactly the given sessions", () => {
    const ids = syntheticSessionIds(2000, 10, 5);
    const result = loadPolicies([policyDir({ "policy.yaml": applyPolicy(ids) })]);

    expect(result.state).not.toBeNull();
    const [rule] = result.state?.organizations[0]?.revocations ?? [];
    expect(rule?.match.sessionIds).toEqual(ids);
  });

  it("splits a validate policy into files of the asked size, valid as one organization", () => {
    const dir = policyDir(validatePolicyFiles(25, 10));
    const result = loadPolicies([dir]);

    expect(readdirSync(dir).sort()).toEqual(["rules-001.yaml", "rules-002.yaml", "rules-003.yaml"]);
    expect(result.diagnostics.filter((d) => d.severity === "error")).toEqual([]);
    expect(result.state?.organizations).toHaveLength(1);
    expect(result.state?.organizations[0]?.revocations).toHaveLength(25);
  });
});

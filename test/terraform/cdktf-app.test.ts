import { existsSync, readFileSync } from "node:fs";
import { delimiter, join, resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { DEFAULT_POLICY_PATHS, policyPathsFrom } from "../../src/terraform/cdktf-app";

const REPO = resolve(__dirname, "..", "..");

describe("the app cdktf synth runs", () => {
  it("is what cdktf.json names, compiled from src/terraform/cdktf-app.ts", () => {
    const config = JSON.parse(readFileSync(join(REPO, "cdktf.json"), "utf8"));
    expect(config).toMatchObject({
      language: "typescript",
      app: "node dist/terraform/cdktf-app.js",
      output: "cdktf.out",
    });
    expect(existsSync(join(REPO, "src", "terraform", "cdktf-app.ts"))).toBe(true);
  });

  it("reads policy paths from NORDPASS_POLICY_PATHS, separated like PATH", () => {
    const paths = ["examples/offboarding", "policies/extra.yaml"];
    expect(policyPathsFrom({ NORDPASS_POLICY_PATHS: paths.join(delimiter) })).toEqual(paths);
  });

  it("reads policies/ when the variable is unset or empty", () => {
    expect(DEFAULT_POLICY_PATHS).toEqual(["policies"]);
    expect(policyPathsFrom({})).toEqual(["policies"]);
    expect(policyPathsFrom({ NORDPASS_POLICY_PATHS: delimiter })).toEqual(["policies"]);
  });
});

import { describe, expect, it } from "vitest";
import { ExternalError } from "../../src/errors";
import type { DesiredState } from "../../src/policy/model";
import { stackSpecs, type SynthesisLayout } from "../../src/terraform";
import { organizationPolicy, revocationRule } from "./factory";

const layout: SynthesisLayout = {
  outdir: "/repo/cdktf.out",
  workingDirectory: "/repo",
  policyPaths: ["policies"],
};

describe("stack specs", () => {
  it("runs the provisioners from the synth directory, relative to the stack directory", () => {
    const state: DesiredState = { organizations: [organizationPolicy("acme")] };
    expect(stackSpecs(state, layout)[0]!.workingDir).toBe("../../..");
    const nested = { ...layout, outdir: "/repo/build/terraform" };
    expect(stackSpecs(state, nested)[0]!.workingDir).toBe("../../../..");
  });

  it("has one item per managed setting and rule, sorted by resource name", () => {
    const acme = organizationPolicy("acme", {
      revocations: [revocationRule("zeta"), revocationRule("alpha")],
    });
    const [spec] = stackSpecs({ organizations: [acme] }, layout);
    expect(spec!.items.map((i) => [i.resourceName, i.item])).toEqual([
      ["revocation_alpha", "revocation:alpha"],
      ["revocation_zeta", "revocation:zeta"],
      ["session_length", "session-length"],
    ]);
  });

  it("leaves out the session length when the policy does not manage it", () => {
    const acme = organizationPolicy("acme", {
      sessionLength: null,
      revocations: [revocationRule("offboard-jane")],
    });
    const [spec] = stackSpecs({ organizations: [acme] }, layout);
    expect(spec!.items.map((i) => i.resourceName)).toEqual(["revocation_offboard_jane"]);
  });

  it("passes apply the organization's own files, relative to the working directory", () => {
    const acme = organizationPolicy("acme", {
      sources: [
        { file: "/repo/policies/acme/settings.yaml", line: 1, col: 1 },
        { file: "policies/acme/revocations.yaml", line: 1, col: 1 },
      ],
    });
    const globex = organizationPolicy("globex");
    const specs = stackSpecs({ organizations: [acme, globex] }, layout);
    expect(specs[0]!.policyFiles).toEqual([
      "policies/acme/revocations.yaml",
      "policies/acme/settings.yaml",
    ]);
    expect(specs[1]!.policyFiles).toEqual(["policies/globex.yaml"]);
    expect(specs[0]!.items[0]!.command).toBe(
      "nordpass-policy apply --org acme --only session-length --auto-approve -- " +
        "policies/acme/revocations.yaml policies/acme/settings.yaml",
    );
  });

  it("adds every file of an organization that shares a file, so apply sees it whole", () => {
    const shared = { file: "policies/shared.yaml", line: 1, col: 1 };
    const acme = organizationPolicy("acme", { sources: [shared] });
    const globex = organizationPolicy("globex", {
      sources: [{ file: "policies/globex.yaml", line: 1, col: 1 }, { ...shared, line: 9 }],
    });
    const initech = organizationPolicy("initech");
    const specs = stackSpecs({ organizations: [acme, globex, initech] }, layout);
    expect(specs[0]!.policyFiles).toEqual(["policies/globex.yaml", "policies/shared.yaml"]);
    expect(specs[2]!.policyFiles).toEqual(["policies/initech.yaml"]);
  });

  it("keeps a file outside the working directory absolute", () => {
    const acme = organizationPolicy("acme", {
      sources: [{ file: "/elsewhere/acme.yaml", line: 1, col: 1 }],
    });
    expect(stackSpecs({ organizations: [acme] }, layout)[0]!.policyFiles).toEqual([
      "/elsewhere/acme.yaml",
    ]);
  });

  it("refuses organizations whose stack directories differ only in letter case", () => {
    const state = { organizations: [organizationPolicy("ACME"), organizationPolicy("acme")] };
    expect(() => stackSpecs(state, layout)).toThrowError(ExternalError);
    expect(() => stackSpecs(state, layout)).toThrowError(/ACME and acme .*stacks\/acme/);
  });

  it("refuses two rules that map to one Terraform resource name", () => {
    const acme = organizationPolicy("acme", {
      revocations: [revocationRule("lost-phone"), revocationRule("lost_phone")],
    });
    expect(() => stackSpecs({ organizations: [acme] }, layout)).toThrowError(
      /lost-phone and lost_phone .*null_resource\.revocation_lost_phone/,
    );
  });
});

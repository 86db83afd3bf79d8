import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Testing } from "cdktf";
import { afterEach, describe, expect, it } from "vitest";
import type { DesiredState, OrganizationPolicy } from "../../src/policy/model";
import { NULL_PROVIDER_SOURCE, OrganizationStack, stackSpecs } from "../../src/terraform";
import { organizationPolicy, revocationRule } from "./factory";

const outdirs: string[] = [];
afterEach(() => {
  for (const dir of outdirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

/** The stack of one organization, synthesized by CDKTF's Testing helpers. */
function synthOrganization(policy: OrganizationPolicy, others: OrganizationPolicy[] = []): string {
  const outdir = mkdtempSync(join(tmpdir(), "np-terraform-"));
  outdirs.push(outdir);
  const state: DesiredState = { organizations: [policy, ...others] };
  const layout = { outdir: join(outdir, "cdktf.out"), workingDirectory: outdir, policyPaths: [] };
  const app = Testing.app({ outdir });
  const [spec] = stackSpecs(state, layout);
  return Testing.synth(new OrganizationStack(app, spec!), true);
}

const acme = organizationPolicy("acme", {
  protectedMembers: ["breakglass@acme.example"],
  revocations: [
    revocationRule("offboard-jane", { reason: "Laptop stolen, INC-4521" }),
    revocationRule("lost-phone", { members: ["tom@acme.example"] }),
  ],
});

describe("organization stack", () => {
  it("declares the null provider", () => {
    const synthesized = synthOrganization(acme);
    expect(Testing.toHaveProvider(synthesized, "null")).toBe(true);
    const terraform = JSON.parse(synthesized).terraform;
    expect(terraform.required_providers.null.source).toBe(NULL_PROVIDER_SOURCE);
  });

  it("has a session_length resource whose triggers hold seconds and text", () => {
    const synthesized = synthOrganization(acme);
    expect(
      Testing.toHaveResourceWithProperties(synthesized, "null_resource", {
        triggers: {
          organization: "acme",
          item: "session-length",
          desired: '{"seconds":604800,"text":"7d"}',
        },
        provisioner: [
          {
            "local-exec": {
              command:
                "nordpass-policy apply --org acme --only session-length --auto-approve -- " +
                "policies/acme.yaml",
              working_dir: "../../..",
            },
          },
        ],
      }),
    ).toBe(true);
    expect(
      Testing.toHaveResourceWithProperties(synthesized, "null_resource", {
        triggers: { item: "session-length", desired: '{"seconds":3600,"text":"1h"}' },
      }),
    ).toBe(false);
  });

  it("has one revocation resource per rule, triggered by the rule's canonical form", () => {
    const synthesized = synthOrganization(acme);
    const rule = acme.revocations[0]!;
    expect(
      Testing.toHaveResourceWithProperties(synthesized, "null_resource", {
        triggers: {
          organization: "acme",
          item: "revocation:offboard-jane",
          desired:
            '{"id":"offboard-jane","match":{},"members":["offboard-jane@acme.example"],' +
            '"reason":"Laptop stolen, INC-4521"}',
        },
      }),
    ).toBe(true);
    const resources = JSON.parse(synthesized).resource.null_resource;
    expect(JSON.parse(resources.revocation_offboard_jane.triggers.desired)).toEqual(rule.canonical);
    expect(Object.keys(resources).sort()).toEqual([
      "revocation_lost_phone",
      "revocation_offboard_jane",
      "session_length",
    ]);
    expect(resources.revocation_lost_phone.provisioner[0]["local-exec"].command).toBe(
      "nordpass-policy apply --org acme --only revocation:lost-phone --auto-approve -- " +
        "policies/acme.yaml",
    );
  });

  it("has no session_length resource when the policy leaves it unmanaged", () => {
    const initech = organizationPolicy("initech", {
      sessionLength: null,
      revocations: [revocationRule("offboard-peter")],
    });
    const synthesized = synthOrganization(initech);
    expect(Testing.toHaveResource(synthesized, "null_resource")).toBe(true);
    expect(
      Testing.toHaveResourceWithProperties(synthesized, "null_resource", {
        triggers: { item: "session-length" },
      }),
    ).toBe(false);
  });

  it("keeps logical ids independent of rule order and of other organizations", () => {
    const reversed = { ...acme, revocations: [...acme.revocations].reverse() };
    const alone = synthOrganization(acme);
    expect(synthOrganization(reversed)).toBe(alone);
    expect(synthOrganization(acme, [organizationPolicy("globex")])).toBe(alone);
  });

  it("writes neither an API URL nor a token, only the variable names in a comment", () => {
    const outdir = mkdtempSync(join(tmpdir(), "np-terraform-"));
    outdirs.push(outdir);
    const app = Testing.app({ outdir });
    const layout = { outdir: join(outdir, "out"), workingDirectory: outdir, policyPaths: [] };
    const stack = new OrganizationStack(app, stackSpecs({ organizations: [acme] }, layout)[0]!);
    const full = JSON.stringify(stack.toTerraform());
    expect(full).toContain("NORDPASS_API_TOKEN from the environment");
    expect(full).not.toMatch(/np_(demo|test|secret)_|Bearer|https?:\/\//);
  });
});

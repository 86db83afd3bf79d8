import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { ExternalError } from "../../src/errors";
import type { Logger } from "../../src/logger";
import type { DesiredState } from "../../src/policy/model";
import { synthesizePolicy, type SynthesisLayout } from "../../src/terraform";
import { organizationPolicy, revocationRule } from "./factory";
import { terraformJsonProblems } from "./terraform-json";

const roots: string[] = [];
afterEach(() => {
  for (const dir of roots.splice(0)) rmSync(dir, { recursive: true, force: true });
});

function layoutIn(root?: string): SynthesisLayout {
  const workingDirectory = root ?? mkdtempSync(join(tmpdir(), "np-synth-"));
  roots.push(workingDirectory);
  return { outdir: join(workingDirectory, "cdktf.out"), workingDirectory, policyPaths: [] };
}

function recordingLogger(): Logger & { warnings: string[] } {
  const warnings: string[] = [];
  const ignore = () => undefined;
  return { debug: ignore, info: ignore, error: ignore, warn: (m) => warnings.push(m), warnings };
}

function stackFile(layout: SynthesisLayout, stack: string): string {
  return readFileSync(join(layout.outdir, "stacks", stack, "cdk.tf.json"), "utf8");
}

const demoState = (reason = "Laptop stolen, INC-4521"): DesiredState => ({
  organizations: [
    organizationPolicy("acme", {
      protectedMembers: ["breakglass@acme.example"],
      revocations: [
        revocationRule("lost-phone", { members: ["tom@acme.example"] }),
        revocationRule("offboard-jane", { reason, members: ["jane@acme.example"] }),
      ],
    }),
    organizationPolicy("globex"),
    organizationPolicy("initech", {
      sessionLength: null,
      revocations: [revocationRule("offboard-peter")],
    }),
  ],
});

describe("synthesizePolicy", () => {
  it("writes one stack per organization and CDKTF's manifest", () => {
    const layout = layoutIn();
    const written = synthesizePolicy(demoState(), layout);

    expect(written.map((s) => [s.organization, s.file, s.resources])).toEqual([
      ["acme", "stacks/acme/cdk.tf.json", 3],
      ["globex", "stacks/globex/cdk.tf.json", 1],
      ["initech", "stacks/initech/cdk.tf.json", 1],
    ]);
    const stacks = readdirSync(join(layout.outdir, "stacks")).sort();
    expect(stacks).toEqual(["acme", "globex", "initech"]);
    const manifest = JSON.parse(readFileSync(join(layout.outdir, "manifest.json"), "utf8"));
    expect(Object.keys(manifest.stacks)).toEqual(["acme", "globex", "initech"]);
  });

  it("writes well-formed Terraform JSON: hashicorp/null, triggers, one local-exec each", () => {
    const layout = layoutIn();
    for (const stack of synthesizePolicy(demoState(), layout)) {
      const document = JSON.parse(stackFile(layout, stack.stackName));
      expect(terraformJsonProblems(document)).toEqual([]);
      expect(document.terraform.required_providers).toEqual({
        null: { source: "hashicorp/null", version: "3.2.4" },
      });
      expect(document.terraform.backend).toEqual({
        local: { path: `../../../terraform.${stack.stackName}.tfstate` },
      });

      const resources = Object.entries<Record<string, any>>(document.resource.null_resource);
      expect(resources).toHaveLength(stack.resources);
      for (const [name, resource] of resources) {
        expect(resource.triggers.organization).toBe(stack.organization);
        expect(resource.provisioner).toHaveLength(1);
        const localExec = resource.provisioner[0]["local-exec"];
        expect(Object.keys(resource.provisioner[0])).toEqual(["local-exec"]);
        expect(localExec.command).toBe(
          `nordpass-policy apply --org ${stack.organization} --only ${resource.triggers.item} ` +
            "--auto-approve -- " +
            `policies/${stack.organization}.yaml`,
        );
        expect(localExec.working_dir).toBe("../../..");
        const expectedName =
          resource.triggers.item === "session-length"
            ? "session_length"
            : `revocation_${resource.triggers.item.slice("revocation:".length).replace(/-/g, "_")}`;
        expect(name).toBe(expectedName);
      }
    }
  });

  it("gives byte-identical files for the same policy synthesized in two places", () => {
    const first = layoutIn();
    const second = layoutIn();
    expect(first.outdir).not.toBe(second.outdir);
    synthesizePolicy(demoState(), first);
    synthesizePolicy(demoState(), second);

    for (const stack of ["acme", "globex", "initech"]) {
      expect(stackFile(second, stack)).toBe(stackFile(first, stack));
    }
    const manifest = (l: SynthesisLayout) => readFileSync(join(l.outdir, "manifest.json"), "utf8");
    expect(manifest(second)).toBe(manifest(first));
    expect(stackFile(first, "acme")).not.toContain(first.workingDirectory);
  });

  it("changes only that rule's triggers when one rule changes", () => {
    const before = layoutIn();
    const after = layoutIn();
    synthesizePolicy(demoState(), before);
    synthesizePolicy(demoState("Laptop found, INC-4521 closed"), after);

    const resources = (l: SynthesisLayout, stack: string) =>
      JSON.parse(stackFile(l, stack)).resource.null_resource as Record<string, any>;
    const changed = Object.keys(resources(before, "acme")).filter(
      (name) =>
        JSON.stringify(resources(before, "acme")[name]) !==
        JSON.stringify(resources(after, "acme")[name]),
    );
    expect(changed).toEqual(["revocation_offboard_jane"]);
    const jane = (l: SynthesisLayout) => resources(l, "acme").revocation_offboard_jane;
    expect(jane(after).provisioner).toEqual(jane(before).provisioner);
    expect(JSON.parse(jane(after).triggers.desired).reason).toBe("Laptop found, INC-4521 closed");
    expect(stackFile(after, "globex")).toBe(stackFile(before, "globex"));
    expect(stackFile(after, "initech")).toBe(stackFile(before, "initech"));
  });

  it("removes the stack file of an organization that left the policy, and says so", () => {
    const layout = layoutIn();
    synthesizePolicy(demoState(), layout);
    const logger = recordingLogger();
    const withoutGlobex = demoState().organizations.filter((o) => o.organization !== "globex");
    synthesizePolicy({ organizations: withoutGlobex }, layout, logger);

    expect(existsSync(join(layout.outdir, "stacks", "globex", "cdk.tf.json"))).toBe(false);
    expect(existsSync(join(layout.outdir, "stacks", "acme", "cdk.tf.json"))).toBe(true);
    expect(logger.warnings).toEqual([
      `removed ${join("stacks", "globex", "cdk.tf.json")}: stack globex is no longer in the policy`,
    ]);
  });

  it("writes nothing when two names collide", () => {
    const layout = layoutIn();
    const state = { organizations: [organizationPolicy("Acme"), organizationPolicy("acme")] };
    expect(() => synthesizePolicy(state, layout)).toThrowError(ExternalError);
    expect(existsSync(layout.outdir)).toBe(false);
  });

  it("says so when CDKTF was told by its environment to write HCL instead of JSON", () => {
    const layout = layoutIn();
    // CDKTF reads this variable from the process environment itself.
    process.env.SYNTH_HCL_OUTPUT = "true";
    try {
      expect(() => synthesizePolicy(demoState(), layout)).toThrowError(
        /did not write stacks\/acme\/cdk\.tf\.json; with SYNTH_HCL_OUTPUT set/,
      );
    } finally {
      delete process.env.SYNTH_HCL_OUTPUT;
    }
  });

  it("writes nothing and warns for a policy without organizations", () => {
    const layout = layoutIn();
    const logger = recordingLogger();
    expect(synthesizePolicy({ organizations: [] }, layout, logger)).toEqual([]);
    expect(existsSync(layout.outdir)).toBe(false);
    expect(logger.warnings).toEqual(["the policy names no organization: no stack was written"]);
  });

  it("creates a nested output directory", () => {
    const layout = layoutIn();
    const nested = { ...layout, outdir: join(layout.workingDirectory, "build", "tf") };
    synthesizePolicy(demoState(), nested);
    const command = JSON.parse(stackFile(nested, "globex")).resource.null_resource.session_length
      .provisioner[0]["local-exec"];
    expect(command.working_dir).toBe("../../../..");
  });
});

describe("the structural Terraform JSON check", () => {
  it("finds the mistakes it looks for", () => {
    const broken = {
      resources: {},
      terraform: { required_providers: { null: { source: "null" } }, backend: {} },
      resource: {
        null_resource: {
          "1st": { triggers: { n: 1 }, provisioner: [{ "local-exec": {}, file: {} }] },
        },
        random_id: { x: {} },
      },
    };
    expect(terraformJsonProblems(broken)).toEqual([
      "resources: not a Terraform top-level block",
      "terraform.required_providers.null.source: must be NAMESPACE/TYPE",
      "terraform.backend: must hold exactly one backend",
      "resource.null_resource.1st: not a valid resource name",
      "resource.null_resource.1st.triggers.n: map(string)",
      "resource.null_resource.1st.provisioner[0]: one provisioner type per entry",
      "resource.random_id: provider random not required",
    ]);
  });
});

import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  rmSync,
  statSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { type CliResult, runCliInProcess } from "../helpers/cli";
import { terraformJsonProblems } from "../terraform/terraform-json";

const REPO = resolve(__dirname, "..", "..");
const TOKEN = "np_secret_xyz";
const API_URL = "http://127.0.0.1:9/never-written";

const roots: string[] = [];
afterEach(() => {
  for (const dir of roots.splice(0)) rmSync(dir, { recursive: true, force: true });
});

function tempDir(): string {
  const dir = mkdtempSync(join(tmpdir(), "np-synth-cli-"));
  roots.push(dir);
  return dir;
}

function synth(args: string[], cwd: string): Promise<CliResult> {
  const env = { NORDPASS_API_TOKEN: TOKEN, NORDPASS_API_URL: API_URL };
  return runCliInProcess(["synth", ...args], { cwd, env });
}

const POLICIES: Record<string, string> = {
  "policies/acme/settings.yaml": [
    "version: 1",
    "organization: acme",
    "sessionLength: 7d",
    "protectedMembers: [breakglass@acme.example]",
    "",
  ].join("\n"),
  "policies/acme/revocations.yaml": [
    "version: 1",
    "organization: acme",
    "revocations:",
    "  - id: offboard-jane",
    "    reason: Laptop stolen, INC-4521",
    "    members: [jane@acme.example]",
    "  - id: lost-phone",
    "    reason: Lost phone, INC-4530",
    "    members: [tom@acme.example]",
    "    match:",
    "      deviceTypes: [mobile]",
    "",
  ].join("\n"),
  "policies/globex.yaml": "version: 1\norganization: globex\nsessionLength: 1d\n",
};

function writePolicies(root: string, files: Record<string, string> = POLICIES): void {
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), text);
  }
}

function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? filesUnder(path) : [path];
  });
}

const stackJson = (out: string, stack: string) =>
  JSON.parse(readFileSync(join(out, "stacks", stack, "cdk.tf.json"), "utf8"));

describe("nordpass-policy synth", () => {
  it("writes a stack per organization and prints each file written", async () => {
    const root = tempDir();
    writePolicies(root);
    const ran = await synth(["policies"], root);

    expect(ran.code).toBe(0);
    expect(ran.stdout.split("\n")).toEqual([
      "cdktf.out/stacks/acme/cdk.tf.json",
      "cdktf.out/stacks/globex/cdk.tf.json",
      "",
    ]);
    const acme = stackJson(join(root, "cdktf.out"), "acme");
    expect(terraformJsonProblems(acme)).toEqual([]);
    expect(Object.keys(acme.resource.null_resource).sort()).toEqual([
      "revocation_lost_phone",
      "revocation_offboard_jane",
      "session_length",
    ]);
    expect(acme.resource.null_resource.revocation_lost_phone.provisioner).toEqual([
      {
        "local-exec": {
          command:
            "nordpass-policy apply --org acme --only revocation:lost-phone --auto-approve -- " +
            "policies/acme/revocations.yaml policies/acme/settings.yaml",
          working_dir: "../../..",
        },
      },
    ]);
    expect(acme.resource.null_resource.session_length.triggers).toEqual({
      organization: "acme",
      item: "session-length",
      desired: '{"seconds":604800,"text":"7d"}',
    });
  });

  it("writes neither the token nor the API URL into any file", async () => {
    const root = tempDir();
    writePolicies(root);
    expect((await synth(["policies", "--out", "tf"], root)).code).toBe(0);

    const written = filesUnder(join(root, "tf"));
    expect(written.length).toBeGreaterThanOrEqual(3);
    const base64 = Buffer.from(TOKEN).toString("base64");
    for (const file of written) {
      const text = readFileSync(file, "utf8");
      expect(text).not.toContain(TOKEN);
      expect(text).not.toContain(base64);
      expect(text).not.toContain(API_URL);
    }
  });

  it("stops with diagnostics at their line and writes nothing for an invalid policy", async () => {
    const root = tempDir();
    const outOfRange = "version: 1\norganization: globex\nsessionLength: 90d\n";
    writePolicies(root, { ...POLICIES, "policies/globex.yaml": outOfRange });
    const ran = await synth(["policies", "--out", "tf"], root);

    expect(ran.code).toBe(1);
    expect(ran.stdout).toBe("");
    expect(ran.stderr).toMatch(/^policies\/globex\.yaml:3:\d+: /m);
    expect(existsSync(join(root, "tf"))).toBe(false);
  });

  it("explains, without a stack trace, an output directory it cannot create", async () => {
    const root = tempDir();
    writePolicies(root);
    writeFileSync(join(root, "taken"), "a file, not a directory\n");
    const ran = await synth(["policies", "--out", "taken"], root);

    expect(ran.code).toBe(1);
    expect(ran.stdout).toBe("");
    const taken = join(root, "taken");
    expect(ran.stderr).toContain(`error: cannot write the Terraform files to ${taken}`);
    expect(ran.stderr).toContain("EEXIST");
    expect(ran.stderr).not.toMatch(/internal error|\bat \S+ \(/);
  });

  it("gives byte-identical files from two checkouts in different places", async () => {
    const first = tempDir();
    const second = join(tempDir(), "nested", "checkout");
    writePolicies(first);
    writePolicies(second);
    expect((await synth(["policies"], first)).code).toBe(0);
    expect((await synth(["policies"], second)).code).toBe(0);

    for (const file of ["manifest.json", "stacks/acme/cdk.tf.json", "stacks/globex/cdk.tf.json"]) {
      const read = (root: string) => readFileSync(join(root, "cdktf.out", file), "utf8");
      expect(read(second)).toBe(read(first));
    }
  });

  it("changes only the edited rule's triggers when one reason changes", async () => {
    const root = tempDir();
    writePolicies(root);
    await synth(["policies", "--out", "before"], root);
    const edited = POLICIES["policies/acme/revocations.yaml"]!.replace(
      "Laptop stolen, INC-4521",
      "Laptop stolen, INC-4521 (reopened)",
    );
    writePolicies(root, { "policies/acme/revocations.yaml": edited });
    await synth(["policies", "--out", "after"], root);

    const before = stackJson(join(root, "before"), "acme").resource.null_resource;
    const after = stackJson(join(root, "after"), "acme").resource.null_resource;
    const changed = Object.keys(before).filter(
      (name) => JSON.stringify(before[name]) !== JSON.stringify(after[name]),
    );
    expect(changed).toEqual(["revocation_offboard_jane"]);
    const jane = (resources: typeof before) => resources.revocation_offboard_jane;
    expect(jane(after).provisioner).toEqual(jane(before).provisioner);
    expect(JSON.parse(jane(after).triggers.desired).reason).toBe(
      "Laptop stolen, INC-4521 (reopened)",
    );
    const globex = (run: string) => stackJson(join(root, run), "globex");
    expect(globex("after")).toEqual(globex("before"));
  });
  it("runs every rule again, and not the session length, when protection changes", async () => {
    const root = tempDir();
    writePolicies(root);
    await synth(["policies", "--out", "before"], root);
    const settings = POLICIES["policies/acme/settings.yaml"]!.replace(
      "[breakglass@acme.example]",
      "[breakglass@acme.example, jane@acme.example]",
    );
    writePolicies(root, { "policies/acme/settings.yaml": settings });
    await synth(["policies", "--out", "after"], root);

    const triggers = (run: string) =>
      Object.entries<any>(stackJson(join(root, run), "acme").resource.null_resource).map(
        ([name, resource]) => [name, resource.triggers.desired],
      );
    const changed = triggers("before")
      .filter(([name, desired]) => triggers("after").find(([n]) => n === name)![1] !== desired)
      .map(([name]) => name);
    expect(changed).toEqual(["revocation_lost_phone", "revocation_offboard_jane"]);
  });
});

describe("nordpass-policy synth examples/", () => {
  it("writes one stack per organization of the examples, identical on a second run", async () => {
    const out = tempDir();
    const first = await synth(["examples", "--out", join(out, "first")], REPO);
    const second = await synth(["examples", "--out", join(out, "second")], REPO);
    expect(first.stderr).toBe("");
    expect(first.code).toBe(0);
    expect(second.code).toBe(0);

    const stacks = readdirSync(join(out, "first", "stacks")).sort();
    expect(stacks).toEqual([
      "acme",
      "globex",
      "hooli",
      "initech",
      "umbrella",
      "wayne-production",
      "wayne-staging",
    ]);
    expect(first.stdout.trim().split("\n")).toHaveLength(stacks.length);
    for (const stack of stacks) {
      const read = (run: string) =>
        readFileSync(join(out, run, "stacks", stack, "cdk.tf.json"), "utf8");
      expect(read("second")).toBe(read("first"));
      expect(terraformJsonProblems(JSON.parse(read("first")))).toEqual([]);
    }
  });
});

/**
 * What `terraform apply` would do with the synthesized stacks, without a terraform binary
 * (none is installed here): run each null_resource's local-exec command through /bin/sh
 * from the stack directory, as Terraform does with `-chdir`, then carry out the apply it
 * invokes against the real emulator. Afterwards drift finds nothing: the provisioners
 * together bring every organization of examples/ to its policy.
 */
import { execFileSync } from "node:child_process";
import { chmodSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { delimiter, join, resolve } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { runCliInProcess } from "../helpers/cli";
import { startTestEmulator, type TestEmulator } from "../helpers/emulator";

const REPO = resolve(__dirname, "..", "..");

interface Invocation {
  argv: string[];
  cwd: string;
}

let emulator: TestEmulator;
let scratch: string;
beforeAll(async () => {
  emulator = await startTestEmulator("demo");
  scratch = mkdtempSync(join(tmpdir(), "np-provisioners-"));
});
afterAll(async () => {
  await emulator.close();
  rmSync(scratch, { recursive: true, force: true });
});

function cli(argv: string[], cwd: string) {
  const env = { NORDPASS_API_URL: emulator.url, NORDPASS_API_TOKEN: emulator.tokens.admin };
  return runCliInProcess(argv, { cwd, env });
}

/**
 * A `nordpass-policy` on PATH that records how the shell called it (arguments after word
 * splitting and quote removal, and the directory it ran in) instead of running.
 */
function recordingExecutable(record: string): string {
  const bin = join(scratch, "bin");
  mkdirSync(bin, { recursive: true });
  const script = join(bin, "nordpass-policy");
  writeFileSync(
    script,
    `#!${process.execPath}\n` +
      "require('fs').appendFileSync(process.env.NP_RECORD, " +
      "JSON.stringify({ argv: process.argv.slice(2), cwd: process.cwd() }) + '\\n');\n",
  );
  chmodSync(script, 0o755);
  writeFileSync(record, "");
  return bin;
}

describe("the provisioners of examples/", () => {
  it("bring the live organizations to the policy, as terraform apply would", async () => {
    const out = join(scratch, "cdktf.out");
    const synth = await cli(["synth", "examples", "--out", out], REPO);
    expect(synth.code).toBe(0);
    expect((await cli(["drift", "examples"], REPO)).code).toBe(2);

    const record = join(scratch, "record.jsonl");
    const bin = recordingExecutable(record);
    let resources = 0;
    const organizations: string[] = [];
    for (const file of synth.stdout.trim().split("\n")) {
      const stackDir = resolve(file, "..");
      const stack = JSON.parse(readFileSync(file, "utf8"));
      for (const resource of Object.values<any>(stack.resource.null_resource)) {
        organizations.push(resource.triggers.organization);
        const localExec = resource.provisioner[0]["local-exec"];
        execFileSync("/bin/sh", ["-c", localExec.command], {
          cwd: resolve(stackDir, localExec.working_dir),
          env: { PATH: `${bin}${delimiter}${process.env.PATH}`, NP_RECORD: record },
        });
        resources += 1;
      }
    }

    const invocations: Invocation[] = readFileSync(record, "utf8")
      .trim()
      .split("\n")
      .map((line) => JSON.parse(line));
    expect(resources).toBeGreaterThanOrEqual(7);
    expect(invocations).toHaveLength(resources);
    for (const [index, { argv, cwd }] of invocations.entries()) {
      expect(cwd).toBe(REPO);
      expect(argv.slice(0, 4)).toEqual(["apply", "--org", organizations[index], "--only"]);
      const applied = await cli(argv, cwd);
      expect({ argv, code: applied.code, stderr: applied.stderr }).toMatchObject({ code: 0 });
    }

    const drift = await cli(["drift", "examples"], REPO);
    expect({ code: drift.code, stdout: drift.stdout }).toMatchObject({ code: 0 });
  });
});

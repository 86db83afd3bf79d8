/**
 * `npm start`'s loop on the demo organizations and examples/: every step ends as expected,
 * each is explained on stderr, and the emulator is stopped afterwards.
 */
import { Readable } from "node:stream";
import { describe, expect, it } from "vitest";
import type { CliIO } from "../../src/cli/io";
import { runDemo } from "../../src/cli/start";

describe("npm start", () => {
  it("runs validate, plan, apply, plan, drift on examples/ and exits 0", async () => {
    let stdout = "";
    let stderr = "";
    const io: CliIO = {
      stdout: { write: (chunk: string) => (stdout += chunk) },
      stderr: { write: (chunk: string) => (stderr += chunk) },
      stdin: Readable.from([]),
      env: {},
      cwd: "/",
    };

    const code = await runDemo(io);

    expect(code).toBe(0);
    const steps = stderr.match(/^==> Step \d\/5, (\w+)/gm);
    expect(steps).toEqual([
      "==> Step 1/5, validate",
      "==> Step 2/5, plan",
      "==> Step 3/5, apply",
      "==> Step 4/5, plan",
      "==> Step 5/5, drift",
    ]);
    expect(stdout).toContain("Apply complete:");
    expect(stdout).toContain("No changes. The live organizations match the policy.");
    expect(stdout).toContain("The live organizations match the policy.");
    expect(stderr).toContain("Stopped the emulator. Every step ended as expected");
    expect(stdout + stderr).not.toContain("np_demo_admin");

    // The emulator is gone: its port no longer answers.
    const url = /at (http:\/\/127\.0\.0\.1:\d+)/.exec(stderr)?.[1];
    await expect(fetch(`${url}/v1/organizations/acme/settings/authentication`)).rejects.toThrow();
  });
});

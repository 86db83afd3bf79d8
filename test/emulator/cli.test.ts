import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { PassThrough } from "node:stream";
import { afterEach, describe, expect, it } from "vitest";
import { run } from "../../src/cli/main";
import type { CliIO } from "../../src/cli/io";
import { checked } from "./support";

interface Captured {
  io: CliIO;
  stdout: () => string;
  stderr: () => string;
}

function captureIO(cwd = process.cwd()): Captured {
  let out = "";
  let err = "";
  return {
    io: {
      stdout: { write: (chunk: string) => (out += chunk) },
      stderr: { write: (chunk: string) => (err += chunk) },
      stdin: new PassThrough(),
      env: {},
      cwd,
    },
    stdout: () => out,
    stderr: () => err,
  };
}

async function waitFor<T>(probe: () => T | undefined, timeoutMs = 10_000): Promise<T> {
  const started = Date.now();
  for (;;) {
    const value = probe();
    if (value !== undefined) return value;
    if (Date.now() - started > timeoutMs) throw new Error("timed out");
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

const dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

describe("nordpass-policy emulator", () => {
  it("serves the demo seed, says how to reach it on stderr, stops on SIGINT with 0", async () => {
    const captured = captureIO();
    const exit = run(["emulator", "--port", "0", "--seed", "demo", "--control"], captured.io);
    const url = await waitFor(() => /listening on (http:\/\/\S+)/.exec(captured.stderr())?.[1]);
    expect(captured.stderr()).toContain("np_demo_auditor");
    expect(captured.stderr()).toContain('curl -H "Authorization: Bearer $NORDPASS_API_TOKEN"');
    expect(captured.stdout()).toBe("");
    const emulator = { url, port: 0, seedLoaded: true, close: async () => undefined };
    const response = await checked(emulator, "np_demo_admin").get(
      "/v1/organizations/acme/sessions?limit=2",
    );
    expect(response.status).toBe(200);

    process.emit("SIGINT");
    expect(await exit).toBe(0);
    expect(captured.stderr()).toMatch(/emulator stopped/);
    await expect(fetch(`${url}/v1/organizations/acme/members`)).rejects.toThrow();
  });

  it("stops on SIGTERM too", async () => {
    const captured = captureIO();
    const exit = run(["emulator", "--port", "0"], captured.io);
    await waitFor(() => /listening on/.exec(captured.stderr()) ?? undefined);
    process.emit("SIGTERM");
    expect(await exit).toBe(0);
  });

  it("shows a seed file's token names, never the tokens", async () => {
    const dir = mkdtempSync(join(tmpdir(), "emulator-cli-"));
    dirs.push(dir);
    writeFileSync(
      join(dir, "seed.yaml"),
      "organizations:\n  - id: acme\n    sessionLength: 7d\n    tokens:\n" +
        "      - { name: ci, token: np_secret_value_1, role: admin }\n",
    );
    const captured = captureIO(dir);
    const exit = run(["emulator", "--port", "0", "--seed", "seed.yaml"], captured.io);
    await waitFor(() => /Press Ctrl\+C/.exec(captured.stderr()) ?? undefined);
    process.emit("SIGINT");
    expect(await exit).toBe(0);
    expect(captured.stderr()).toContain('"ci"');
    expect(captured.stderr()).not.toContain("np_secret_value_1");
  });

  it("fails with exit 1 and the file position for a bad seed file, before listening", async () => {
    const dir = mkdtempSync(join(tmpdir(), "emulator-cli-"));
    dirs.push(dir);
    writeFileSync(join(dir, "bad.yaml"), "organizations:\n  - id: acme\n    sessionLength: 90d\n");
    const captured = captureIO(dir);
    expect(await run(["emulator", "--port", "0", "--seed", "bad.yaml"], captured.io)).toBe(1);
    expect(captured.stderr()).toMatch(/bad\.yaml:3:20: sessionLength must be from 1h to 30d/);
    expect(captured.stderr()).not.toMatch(/listening|at .*\.ts/);
  });

  it("fails with exit 1 for a bad --faults spec and a taken port", async () => {
    const captured = captureIO();
    expect(await run(["emulator", "--port", "0", "--faults", "boom=1"], captured.io)).toBe(1);
    expect(captured.stderr()).toMatch(/--faults: unknown fault "boom"/);

    const first = captureIO();
    const exit = run(["emulator", "--port", "0"], first.io);
    const port = await waitFor(
      () => /listening on http:\/\/127\.0\.0\.1:(\d+)/.exec(first.stderr())?.[1],
    );
    const second = captureIO();
    expect(await run(["emulator", "--port", port], second.io)).toBe(1);
    expect(second.stderr()).toMatch(/already in use/);
    process.emit("SIGINT");
    expect(await exit).toBe(0);
  });
});

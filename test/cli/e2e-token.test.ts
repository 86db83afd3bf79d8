/**
 * The token never appears in stdout, stderr, saved plans or reports: not in clear, not in
 * base64, also when the API answers 401 or 500.
 */
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { readFileSync } from "node:fs";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { startTestEmulator, type TestEmulator } from "../helpers/emulator";
import {
  ADMIN_TOKEN,
  Workspace,
  acmePolicy,
  hoursAgo,
  runCli,
  testSeed,
  type CliResult,
} from "./e2e-harness";

let workspace: Workspace;

beforeEach(() => {
  workspace = new Workspace();
  workspace.write("policies/acme.yaml", acmePolicy({ annBefore: hoursAgo(0) }));
});

afterEach(() => workspace.remove());

function expectNoToken(token: string, ...texts: string[]): void {
  const forms = [
    token,
    Buffer.from(token).toString("base64"),
    Buffer.from(token).toString("base64").replace(/=+$/, ""),
  ];
  for (const text of texts) {
    for (const form of forms) expect(text).not.toContain(form);
  }
}

const outputs = (r: CliResult) => [r.stdout, r.stderr];

describe("the token", () => {
  let emulator: TestEmulator | undefined;
  afterEach(async () => {
    await emulator?.close();
    emulator = undefined;
  });

  it("is absent from plan, saved plan, apply, drift and export, with --verbose", async () => {
    emulator = await startTestEmulator(testSeed());
    const cli = (argv: string[]) =>
      runCli(argv, { url: emulator!.url, token: ADMIN_TOKEN, cwd: workspace.dir });

    const results = [
      await cli(["plan", "policies", "--out", "plan.json", "--verbose"]),
      await cli(["plan", "policies", "--format", "markdown"]),
      await cli(["apply", "plan.json", "--auto-approve", "--verbose", "--format", "json"]),
      await cli(["drift", "policies", "--format", "json"]),
      await cli(["export", "--org", "acme"]),
    ];
    expect(results.map((r) => r.code)).toEqual([0, 0, 0, 0, 0]);
    expectNoToken(
      ADMIN_TOKEN,
      ...results.flatMap(outputs),
      readFileSync(workspace.path("plan.json"), "utf8"),
    );
  });

  it("is absent when the API answers 401 to a wrong token", async () => {
    emulator = await startTestEmulator(testSeed());
    const wrong = "np_wrong_token_5e3a9";
    const result = await runCli(["plan", "policies"], {
      url: emulator!.url,
      token: wrong,
      cwd: workspace.dir,
    });
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/^error: /m);
    expectNoToken(wrong, ...outputs(result));
  });

  it("is absent when the API answers 500 to every request", async () => {
    emulator = await startTestEmulator(testSeed(), { faults: "error5xx=1", faultSeed: 7 });
    const result = await runCli(
      ["apply", "policies", "--auto-approve", "--verbose", "--budget", "20s"],
      {
        url: emulator!.url,
        token: ADMIN_TOKEN,
        cwd: workspace.dir,
      },
    );
    expect(result.code).toBe(1);
    expectNoToken(ADMIN_TOKEN, ...outputs(result));
  });

  it("is redacted even when a server echoes it back in an error", async () => {
    // The emulator never echoes a token, so a tiny loopback server plays a careless API.
    const server: Server = createServer((request, response) => {
      const token = String(request.headers.authorization ?? "").replace(/^Bearer /, "");
      response.writeHead(400, { "content-type": "application/problem+json" });
      response.end(
        JSON.stringify({
          type: "about:blank",
          title: `bad token ${token}`,
          status: 400,
          detail: `token ${token} base64 ${Buffer.from(token).toString("base64")}`,
        }),
      );
    });
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    try {
      const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
      const result = await runCli(["drift", "policies", "--verbose"], {
        url,
        token: ADMIN_TOKEN,
        cwd: workspace.dir,
      });
      expect(result.code).toBe(1);
      expectNoToken(ADMIN_TOKEN, ...outputs(result));
    } finally {
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    }
  });
});

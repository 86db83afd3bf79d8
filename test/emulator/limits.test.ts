import { afterEach, describe, expect, it } from "vitest";
import { request as httpRequest } from "node:http";
import { startTestEmulator, type TestEmulator } from "../helpers/emulator";
import { checked, smallSeed, TINY, writeHeaders } from "./support";

let emulator: TestEmulator | undefined;
afterEach(async () => {
  await emulator?.close();
  emulator = undefined;
});

describe("limits and unknown routes", () => {
  it("answers 413 to a body above 1 MiB and revokes nothing", async () => {
    emulator = await startTestEmulator(smallSeed());
    const ids = ["s-1-1", ...Array.from({ length: 60_000 }, (_, i) => `s-padding-${i}`)];
    const body = JSON.stringify({ sessionIds: ids });
    expect(Buffer.byteLength(body)).toBeGreaterThan(1024 * 1024);
    const response = await checked(emulator, "tiny_admin_token").request(
      "POST",
      `${TINY}/sessions/batch-revoke`,
      {
        body,
        headers: writeHeaders(),
      },
    );
    expect(response.status).toBe(413);
    expect(response.body.type).toBe("urn:nordpass-policy:problem:body-too-large");
    const left = await checked(emulator, "tiny_admin_token").get(`${TINY}/sessions?memberId=m-1`);
    expect(left.body.items.map((s: { id: string }) => s.id)).toContain("s-1-1");
  });

  it("answers 413 to a chunked body above 1 MiB without a Content-Length", async () => {
    emulator = await startTestEmulator(smallSeed());
    const url = new URL(`${emulator.url}${TINY}/sessions/batch-revoke`);
    const status = await new Promise<number>((resolve, reject) => {
      const req = httpRequest(
        url,
        {
          method: "POST",
          headers: {
            Authorization: "Bearer tiny_admin_token",
            ...writeHeaders(),
            "Content-Type": "application/json",
          },
        },
        (res) => {
          res.resume();
          resolve(res.statusCode ?? 0);
        },
      );
      req.on("error", reject);
      for (let i = 0; i < 20; i += 1) req.write("x".repeat(64 * 1024));
      req.end();
    });
    expect(status).toBe(413);
  });

  it("answers 429 with Retry-After above the rate limit, per token", async () => {
    emulator = await startTestEmulator(smallSeed(), { rateLimit: 5 });
    const statuses: number[] = [];
    let retryAfter: string | null = null;
    for (let i = 0; i < 8; i += 1) {
      const response = await checked(emulator, "tiny_admin_token").get(`${TINY}/members`);
      statuses.push(response.status);
      if (response.status === 429) retryAfter ??= response.headers.get("retry-after");
    }
    expect(statuses.slice(0, 5)).toEqual([200, 200, 200, 200, 200]);
    expect(statuses).toContain(429);
    expect(Number(retryAfter)).toBeGreaterThanOrEqual(1);
    expect((await checked(emulator, "tiny_owner_token").get(`${TINY}/members`)).status).toBe(200);
  });

  it("answers 404 to unknown routes and 405 with Allow to a wrong method", async () => {
    emulator = await startTestEmulator(smallSeed());
    const unknown = await checked(emulator, "tiny_admin_token").get("/v2/nothing");
    expect(unknown.status).toBe(404);
    expect(unknown.contentType).toBe("application/problem+json");
    const wrong = await checked(emulator, "tiny_admin_token").request("PATCH", `${TINY}/sessions`);
    expect(wrong.status).toBe(405);
    expect(wrong.headers.get("allow")).toBe("GET");
  });

  it("answers 415 to a body that is not JSON", async () => {
    emulator = await startTestEmulator(smallSeed());
    const response = await checked(emulator, "tiny_admin_token").request(
      "POST",
      `${TINY}/sessions/batch-revoke`,
      {
        body: "sessionIds=s-1-1",
        headers: { ...writeHeaders(), "Content-Type": "application/x-www-form-urlencoded" },
      },
    );
    expect(response.status).toBe(415);
  });

  it("hides the control routes unless control is on", async () => {
    emulator = await startTestEmulator(smallSeed(), { control: false });
    for (const path of ["/_emulator/clock", "/_emulator/requests"]) {
      const response = await checked(emulator).get(path);
      expect(response.status).toBe(404);
      expect(response.body.detail).toMatch(/--control/);
    }
  });

  it("counts admin API requests by route, not control routes, and resets the count", async () => {
    emulator = await startTestEmulator(smallSeed());
    const admin = checked(emulator, "tiny_admin_token");
    await admin.get(`${TINY}/sessions`);
    await admin.get(`${TINY}/sessions?limit=1`);
    await admin.get(`${TINY}/settings/authentication`);
    await admin.get("/nowhere");
    const counts = (await checked(emulator).get("/_emulator/requests")).body;
    expect(counts).toEqual({
      total: 4,
      byRoute: {
        "GET /v1/organizations/{org}/sessions": 2,
        "GET /v1/organizations/{org}/settings/authentication": 1,
        unmatched: 1,
      },
    });
    await checked(emulator).post("/_emulator/requests/reset", {});
    expect((await checked(emulator).get("/_emulator/requests")).body).toEqual({
      total: 0,
      byRoute: {},
    });
  });
});

describe("odd request targets", () => {
  it("answers 404 to a path parameter with bad percent-encoding, and keeps serving", async () => {
    const emulator = await startTestEmulator(smallSeed());
    try {
      const admin = checked(emulator, "tiny_admin_token");
      const odd = await admin.delete(`${TINY}/sessions/%E0%A4%A`, writeHeaders());
      expect(odd.status).toBe(404);
      expect(odd.contentType).toBe("application/problem+json");
      expect((await admin.get(`${TINY}/members`)).status).toBe(200);
    } finally {
      await emulator.close();
    }
  });
});

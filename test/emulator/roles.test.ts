import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestEmulator, type TestEmulator } from "../helpers/emulator";
import { checked, smallSeed, TINY, writeHeaders } from "./support";

let emulator: TestEmulator;
beforeAll(async () => {
  emulator = await startTestEmulator(smallSeed());
});
afterAll(() => emulator.close());

const READS: Array<[string, string]> = [
  ["GET", `${TINY}/settings/authentication`],
  ["GET", `${TINY}/members`],
  ["GET", `${TINY}/sessions`],
  ["GET", `${TINY}/events`],
];

function writes(): Array<{
  method: string;
  path: string;
  body?: unknown;
  headers: Record<string, string>;
}> {
  return [
    {
      method: "PUT",
      path: `${TINY}/settings/authentication`,
      body: { sessionLengthSeconds: 7200 },
      headers: { ...writeHeaders(), "If-Match": "*" },
    },
    { method: "DELETE", path: `${TINY}/sessions/s-1-1`, headers: writeHeaders() },
    {
      method: "POST",
      path: `${TINY}/members/m-1/sessions/revoke-all`,
      body: {},
      headers: writeHeaders(),
    },
    {
      method: "POST",
      path: `${TINY}/sessions/batch-revoke`,
      body: { sessionIds: ["s-2-1"] },
      headers: writeHeaders(),
    },
  ];
}

async function sessionCount(): Promise<number> {
  return (await checked(emulator, "tiny_admin_token").get(`${TINY}/sessions`)).body.items.length;
}

describe("roles", () => {
  it("lets an auditor read everything", async () => {
    for (const [method, path] of READS) {
      const response = await checked(emulator, "tiny_auditor_token").request(method, path);
      expect(response.status, path).toBe(200);
    }
  });

  it("refuses an auditor every write (403: needs owner or admin), changing nothing", async () => {
    const before = await sessionCount();
    for (const write of writes()) {
      const response = await checked(emulator, "tiny_auditor_token").request(
        write.method,
        write.path,
        write,
      );
      expect(response.status, write.path).toBe(403);
      expect(response.body.type).toBe("urn:nordpass-policy:problem:read-only-token");
      expect(response.body.detail).toMatch(/owner or admin/);
    }
    expect(await sessionCount()).toBe(before);
    const settings = await checked(emulator, "tiny_auditor_token").get(
      `${TINY}/settings/authentication`,
    );
    expect(settings.body.sessionLengthSeconds).toBe(2592000);
  });

  it("answers 401 with WWW-Authenticate to no token and to an unknown token", async () => {
    for (const token of [undefined, "np_not_a_real_token"]) {
      for (const [method, path] of READS) {
        const response = await checked(emulator, token).request(method, path);
        expect(response.status).toBe(401);
        expect(response.contentType).toBe("application/problem+json");
        expect(response.headers.get("www-authenticate")).toMatch(/^Bearer/);
      }
    }
    const malformed = await checked(emulator).get(`${TINY}/members`, {
      Authorization: "Basic abc",
    });
    expect(malformed.status).toBe(401);
  });

  it("answers 403 to a member token on reads and writes", async () => {
    for (const [method, path] of READS) {
      const response = await checked(emulator, "tiny_member_token").request(method, path);
      expect(response.status).toBe(403);
      expect(response.body.type).toBe("urn:nordpass-policy:problem:forbidden");
    }
    for (const write of writes()) {
      expect(
        (await checked(emulator, "tiny_member_token").request(write.method, write.path, write))
          .status,
      ).toBe(403);
    }
  });

  it("answers a token of another organization 404, as for a missing organization", async () => {
    const otherToken = await checked(emulator, "other_admin_token").get(`${TINY}/sessions`);
    const missing = await checked(emulator, "tiny_admin_token").get(
      "/v1/organizations/nope/sessions",
    );
    expect(otherToken.status).toBe(404);
    expect(missing.status).toBe(404);
    expect(otherToken.body.type).toBe(missing.body.type);
    expect(
      (await checked(emulator, "other_admin_token").get("/v1/organizations/other/sessions")).status,
    ).toBe(200);
  });

  it("lets owner and admin tokens write", async () => {
    const owner = await checked(emulator, "tiny_owner_token").delete(
      `${TINY}/sessions/s-3-1`,
      writeHeaders(),
    );
    const admin = await checked(emulator, "tiny_admin_token").delete(
      `${TINY}/sessions/s-3-2`,
      writeHeaders(),
    );
    expect([owner.status, admin.status]).toEqual([204, 204]);
  });

  it("accepts one token listed under several organizations (the demo tokens)", async () => {
    const demo = await startTestEmulator("demo");
    try {
      for (const org of [
        "acme",
        "globex",
        "initech",
        "umbrella",
        "hooli",
        "wayne-staging",
        "wayne-production",
      ]) {
        expect(
          (await checked(demo, demo.tokens.auditor).get(`/v1/organizations/${org}/members`)).status,
        ).toBe(200);
        expect(
          (await checked(demo, demo.tokens.member).get(`/v1/organizations/${org}/members`)).status,
        ).toBe(403);
      }
    } finally {
      await demo.close();
    }
  });
});

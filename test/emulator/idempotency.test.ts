import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { startTestEmulator, type TestEmulator } from "../helpers/emulator";
import { checked, smallSeed, TINY, writeHeaders } from "./support";

let emulator: TestEmulator;
beforeEach(async () => {
  emulator = await startTestEmulator(smallSeed(3, 3));
});
afterEach(() => emulator.close());

const admin = () => checked(emulator, "tiny_admin_token");
const BATCH = `${TINY}/sessions/batch-revoke`;

describe("Idempotency-Key", () => {
  it("is required on every POST", async () => {
    const noKey = writeHeaders("ci", { idempotencyKey: null });
    const batch = await admin().post(BATCH, { sessionIds: ["s-1-1"] }, noKey);
    const all = await admin().post(`${TINY}/members/m-1/sessions/revoke-all`, {}, noKey);
    for (const response of [batch, all]) {
      expect(response.status).toBe(400);
      expect(response.body.type).toBe("urn:nordpass-policy:problem:missing-idempotency-key");
    }
    expect((await admin().get(`${TINY}/sessions?memberId=m-1`)).body.items).toHaveLength(3);
  });

  it("replays the first answer for the same key and body, without a second effect", async () => {
    const headers = writeHeaders("ci", { idempotencyKey: "key-1" });
    const first = await admin().post(BATCH, { sessionIds: ["s-1-1", "s-1-2"] }, headers);
    const again = await admin().post(BATCH, { sessionIds: ["s-1-1", "s-1-2"] }, headers);
    expect(first.body).toEqual({ revoked: ["s-1-1", "s-1-2"], notFound: [] });
    expect(again.status).toBe(200);
    expect(again.body).toEqual(first.body);
    expect(again.headers.get("idempotency-replayed")).toBe("true");
    expect(first.headers.get("idempotency-replayed")).toBeNull();
    expect((await admin().get(`${TINY}/events`)).body.items).toHaveLength(2);
  });

  it("compares JSON bodies by value, not by key order or whitespace", async () => {
    const headers = writeHeaders("ci", { idempotencyKey: "key-order" });
    await admin().post(BATCH, { sessionIds: ["s-2-1"], reason: "r" }, headers);
    const reordered = await admin().request("POST", BATCH, {
      body: '{ "reason": "r",\n "sessionIds": ["s-2-1"] }',
      headers,
    });
    expect(reordered.status).toBe(200);
    expect(reordered.headers.get("idempotency-replayed")).toBe("true");
  });

  it("answers 422 to the same key with another body or another route", async () => {
    const headers = writeHeaders("ci", { idempotencyKey: "key-2" });
    await admin().post(BATCH, { sessionIds: ["s-1-1"] }, headers);
    const otherBody = await admin().post(BATCH, { sessionIds: ["s-2-1"] }, headers);
    const otherRoute = await admin().post(`${TINY}/members/m-2/sessions/revoke-all`, {}, headers);
    for (const response of [otherBody, otherRoute]) {
      expect(response.status).toBe(422);
      expect(response.body.type).toBe("urn:nordpass-policy:problem:idempotency-key-reused");
    }
    expect((await admin().get(`${TINY}/sessions?memberId=m-2`)).body.items).toHaveLength(3);
  });

  it("scopes keys per token and organization", async () => {
    const headers = writeHeaders("ci", { idempotencyKey: "shared-key" });
    const asAdmin = await admin().post(`${TINY}/members/m-1/sessions/revoke-all`, {}, headers);
    const asOwner = await checked(emulator, "tiny_owner_token").post(
      `${TINY}/members/m-2/sessions/revoke-all`,
      {},
      headers,
    );
    const otherOrg = await checked(emulator, "other_admin_token").post(
      "/v1/organizations/other/members/m-x/sessions/revoke-all",
      {},
      headers,
    );
    expect([asAdmin.status, asOwner.status, otherOrg.status]).toEqual([200, 200, 200]);
    expect(asOwner.headers.get("idempotency-replayed")).toBeNull();
  });

  it("replays a stored error answer too (the request was answered, not retried)", async () => {
    const headers = writeHeaders("ci", { idempotencyKey: "key-404" });
    const first = await admin().post(`${TINY}/members/m-404/sessions/revoke-all`, {}, headers);
    const again = await admin().post(`${TINY}/members/m-404/sessions/revoke-all`, {}, headers);
    expect([first.status, again.status]).toEqual([404, 404]);
    expect(again.body).toEqual(first.body);
    expect(again.headers.get("idempotency-replayed")).toBe("true");
  });
});

import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { startTestEmulator, type TestEmulator } from "../helpers/emulator";
import { checked, smallSeed, TINY, writeHeaders } from "./support";

let emulator: TestEmulator;
beforeEach(async () => {
  emulator = await startTestEmulator(smallSeed(3, 3));
});
afterEach(() => emulator.close());

const admin = () => checked(emulator, "tiny_admin_token");
const sessionIds = async (): Promise<string[]> =>
  (await admin().get(`${TINY}/sessions`)).body.items.map((s: { id: string }) => s.id);
const events = async () => (await admin().get(`${TINY}/events`)).body.items;

describe("revocation", () => {
  it("revokes one session with 204, then answers 404 for it", async () => {
    const headers = writeHeaders("ci@abc123", {
      ruleId: "offboard-user1",
      reason: "Laptop stolen, INC-4521",
    });
    expect((await admin().delete(`${TINY}/sessions/s-1-1`, headers)).status).toBe(204);
    expect(await sessionIds()).not.toContain("s-1-1");
    const again = await admin().delete(`${TINY}/sessions/s-1-1`, headers);
    expect(again.status).toBe(404);
    expect(again.body.type).toBe("urn:nordpass-policy:problem:session-not-found");
    expect(await events()).toEqual([
      {
        id: "ev-000000000001",
        at: expect.any(String),
        actor: "ci@abc123",
        action: "revoke-session",
        target: "s-1-1",
        ruleId: "offboard-user1",
        reason: "Laptop stolen, INC-4521",
        details: { memberId: "m-1", memberEmail: "user1@tiny.example", via: "delete" },
      },
    ]);
  });

  it("batch-revokes, reports gone ids as notFound, one event per revoked session", async () => {
    await admin().delete(`${TINY}/sessions/s-2-2`, writeHeaders());
    const response = await admin().post(
      `${TINY}/sessions/batch-revoke`,
      { sessionIds: ["s-2-1", "s-2-2", "s-nope", "s-3-1", "s-2-1"], reason: "Body reason wins" },
      writeHeaders("bot", { ruleId: "r1", reason: "header reason" }),
    );
    expect(response.status).toBe(200);
    expect(response.body).toEqual({ revoked: ["s-2-1", "s-3-1"], notFound: ["s-2-2", "s-nope"] });
    const batchEvents = (await events()).filter(
      (e: { details: { via: string } }) => e.details.via === "batch-revoke",
    );
    expect(batchEvents.map((e: { target: string }) => e.target)).toEqual(["s-2-1", "s-3-1"]);
    expect(
      batchEvents.every(
        (e: { reason: string; ruleId: string }) =>
          e.reason === "Body reason wins" && e.ruleId === "r1",
      ),
    ).toBe(true);
  });

  it("answers 422 to more than 500 ids and revokes none of them", async () => {
    const ids = Array.from({ length: 501 }, (_, i) => (i === 0 ? "s-1-1" : `s-x-${i}`));
    const response = await admin().post(
      `${TINY}/sessions/batch-revoke`,
      { sessionIds: ids },
      writeHeaders(),
    );
    expect(response.status).toBe(422);
    expect(response.body.type).toBe("urn:nordpass-policy:problem:too-many-session-ids");
    expect(await sessionIds()).toContain("s-1-1");
    const ok = await admin().post(
      `${TINY}/sessions/batch-revoke`,
      { sessionIds: ids.slice(0, 500) },
      writeHeaders(),
    );
    expect(ok.status).toBe(200);
  });

  it("answers 422 to a malformed batch body", async () => {
    for (const body of [
      {},
      { sessionIds: "s-1-1" },
      { sessionIds: [1] },
      { sessionIds: [], extra: true },
      { sessionIds: [], reason: 5 },
    ]) {
      expect(
        (await admin().post(`${TINY}/sessions/batch-revoke`, body, writeHeaders())).status,
      ).toBe(422);
    }
  });

  it("revokes all of a member's sessions, then 0; 404 for an unknown member", async () => {
    const first = await admin().post(
      `${TINY}/members/m-1/sessions/revoke-all`,
      {},
      writeHeaders("ops", { reason: "offboarded" }),
    );
    expect(first.body).toEqual({ revoked: 3 });
    expect((await sessionIds()).filter((id) => id.startsWith("s-1-"))).toEqual([]);
    const second = await admin().post(
      `${TINY}/members/m-1/sessions/revoke-all`,
      {},
      writeHeaders(),
    );
    expect(second.body).toEqual({ revoked: 0 });
    expect(
      (await admin().post(`${TINY}/members/m-404/sessions/revoke-all`, {}, writeHeaders())).status,
    ).toBe(404);
    const revokeAllEvents = (await events()).filter(
      (e: { details: { via: string } }) => e.details.via === "revoke-all",
    );
    expect(revokeAllEvents).toHaveLength(3);
    expect(revokeAllEvents[0]).toMatchObject({
      actor: "ops",
      reason: "offboarded",
      ruleId: null,
      action: "revoke-session",
    });
  });

  it("decodes percent-encoded UTF-8 in the audit headers and refuses bad encoding", async () => {
    const headers = writeHeaders("Zoë Ünal", { reason: "Verlorenes Gerät — INC-1" });
    expect((await admin().delete(`${TINY}/sessions/s-1-2`, headers)).status).toBe(204);
    expect((await events())[0]).toMatchObject({
      actor: "Zoë Ünal",
      reason: "Verlorenes Gerät — INC-1",
    });
    const bad = await admin().delete(`${TINY}/sessions/s-1-3`, { "X-NordPass-Actor": "%E0%A4%A" });
    expect(bad.status).toBe(400);
    expect((await admin().delete(`${TINY}/sessions/s-1-3`, {})).status).toBe(400);
  });

  it("records a session length change with from and to", async () => {
    const etag = (await admin().get(`${TINY}/settings/authentication`)).headers.get(
      "etag",
    ) as string;
    await admin().put(
      `${TINY}/settings/authentication`,
      { sessionLengthSeconds: 604800 },
      {
        ...writeHeaders("alice", { ruleId: "session-length", reason: "SEC-112" }),
        "If-Match": etag,
      },
    );
    expect(await events()).toEqual([
      expect.objectContaining({
        actor: "alice",
        action: "update-session-length",
        target: "settings/authentication",
        ruleId: "session-length",
        reason: "SEC-112",
        details: { fromSeconds: 2592000, toSeconds: 604800 },
      }),
    ]);
  });
});

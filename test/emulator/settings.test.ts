import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { startTestEmulator, type TestEmulator } from "../helpers/emulator";
import { checked, smallSeed, TINY, writeHeaders } from "./support";

let emulator: TestEmulator;
beforeEach(async () => {
  emulator = await startTestEmulator(smallSeed());
});
afterEach(() => emulator.close());

const SETTINGS = `${TINY}/settings/authentication`;
const admin = () => checked(emulator, "tiny_admin_token");

async function currentEtag(): Promise<string> {
  const response = await admin().get(SETTINGS);
  return response.headers.get("etag") as string;
}

describe("authentication settings", () => {
  it("reads the session length with a strong ETag", async () => {
    const response = await admin().get(SETTINGS);
    expect(response.body).toEqual({ sessionLengthSeconds: 2592000 });
    expect(response.headers.get("etag")).toMatch(/^"[^"]+"$/);
  });

  it("changes the session length with the current ETag and returns a new ETag", async () => {
    const etag = await currentEtag();
    const response = await admin().put(
      SETTINGS,
      { sessionLengthSeconds: 604800 },
      { ...writeHeaders("alice"), "If-Match": etag },
    );
    expect(response.status).toBe(200);
    expect(response.body).toEqual({ sessionLengthSeconds: 604800 });
    expect(response.headers.get("etag")).not.toBe(etag);
    expect(response.headers.get("etag")).toBe(await currentEtag());
  });

  it("answers 428 without If-Match and changes nothing", async () => {
    const response = await admin().put(SETTINGS, { sessionLengthSeconds: 7200 }, writeHeaders());
    expect(response.status).toBe(428);
    expect((await admin().get(SETTINGS)).body.sessionLengthSeconds).toBe(2592000);
  });

  it("answers 412 to a stale ETag, and to a weak one", async () => {
    const stale = await currentEtag();
    await admin().put(
      SETTINGS,
      { sessionLengthSeconds: 86400 },
      { ...writeHeaders(), "If-Match": stale },
    );
    const response = await admin().put(
      SETTINGS,
      { sessionLengthSeconds: 7200 },
      { ...writeHeaders(), "If-Match": stale },
    );
    expect(response.status).toBe(412);
    expect(response.body.type).toBe("urn:nordpass-policy:problem:precondition-failed");
    const weak = await admin().put(
      SETTINGS,
      { sessionLengthSeconds: 7200 },
      { ...writeHeaders(), "If-Match": `W/${await currentEtag()}` },
    );
    expect(weak.status).toBe(412);
    expect((await admin().get(SETTINGS)).body.sessionLengthSeconds).toBe(86400);
  });

  it.each([3599, 2592001, 3600.5, "7200", null])(
    "answers 422 to sessionLengthSeconds %s",
    async (value) => {
      const response = await admin().put(
        SETTINGS,
        { sessionLengthSeconds: value },
        { ...writeHeaders(), "If-Match": await currentEtag() },
      );
      expect(response.status).toBe(422);
      expect(response.body.type).toBe("urn:nordpass-policy:problem:session-length-out-of-range");
    },
  );

  it("accepts both ends of the range", async () => {
    for (const seconds of [3600, 2592000]) {
      const response = await admin().put(
        SETTINGS,
        { sessionLengthSeconds: seconds },
        { ...writeHeaders(), "If-Match": await currentEtag() },
      );
      expect(response.status).toBe(200);
    }
  });

  it("answers 400 to bad JSON and 422 to unknown keys", async () => {
    const etag = await currentEtag();
    const badJson = await admin().request("PUT", SETTINGS, {
      body: "{oops",
      headers: { ...writeHeaders(), "If-Match": etag },
    });
    expect(badJson.status).toBe(400);
    const unknown = await admin().put(
      SETTINGS,
      { sessionLengthSeconds: 7200, extra: 1 },
      { ...writeHeaders(), "If-Match": etag },
    );
    expect(unknown.status).toBe(422);
  });

  it("answers 400 to a write without X-NordPass-Actor", async () => {
    const response = await admin().put(
      SETTINGS,
      { sessionLengthSeconds: 7200 },
      { "If-Match": await currentEtag() },
    );
    expect(response.status).toBe(400);
    expect(response.body.type).toBe("urn:nordpass-policy:problem:missing-actor");
  });

  it("keeps the ETag and records nothing when the value does not change", async () => {
    const etag = await currentEtag();
    const response = await admin().put(
      SETTINGS,
      { sessionLengthSeconds: 2592000 },
      { ...writeHeaders(), "If-Match": etag },
    );
    expect(response.status).toBe(200);
    expect(response.headers.get("etag")).toBe(etag);
    expect((await admin().get(`${TINY}/events`)).body.items).toEqual([]);
  });
});

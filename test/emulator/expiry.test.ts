import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { startTestEmulator, type TestEmulator } from "../helpers/emulator";
import { checked, checkedControl, TINY, writeHeaders } from "./support";
import type { SeedDocument } from "../../src/emulator";

const HOUR = 3600;
const NOW = Date.parse("2026-12-03T12:00:00Z");
const ago = (hours: number): string => new Date(NOW - hours * HOUR * 1000).toISOString();

/** Sessions 2 h, 30 h and 100 h old under a 7-day session length. */
function seed(): SeedDocument {
  const session = (id: string, hours: number) => ({
    id,
    deviceType: "mobile" as const,
    browser: "Safari",
    platform: "ios" as const,
    platformVersion: "5.20.0",
    ipAddress: "2001:db8::1",
    lastLoginAt: ago(hours),
  });
  return {
    organizations: [
      {
        id: "tiny",
        sessionLength: "7d",
        tokens: [{ name: "admin", token: "tiny_admin_token", role: "admin" }],
        members: [
          {
            id: "m-1",
            email: "user1@tiny.example",
            sessions: [session("s-2h", 2), session("s-30h", 30), session("s-100h", 100)],
          },
        ],
      },
    ],
  };
}

let emulator: TestEmulator;
beforeEach(async () => {
  emulator = await startTestEmulator(seed(), { now: new Date(NOW).toISOString() });
});
afterEach(() => emulator.close());

const admin = () => checked(emulator, "tiny_admin_token");
const liveIds = async (): Promise<string[]> =>
  (await admin().get(`${TINY}/sessions`)).body.items.map((s: { id: string }) => s.id).sort();

async function setLength(seconds: number): Promise<void> {
  const etag = (await admin().get(`${TINY}/settings/authentication`)).headers.get("etag") as string;
  const response = await admin().put(
    `${TINY}/settings/authentication`,
    { sessionLengthSeconds: seconds },
    { ...writeHeaders(), "If-Match": etag },
  );
  expect(response.status).toBe(200);
}

describe("session expiry on the emulator's clock", () => {
  it("computes expiresAt as lastLoginAt plus the session length", async () => {
    const sessions = (await admin().get(`${TINY}/sessions`)).body.items;
    for (const session of sessions) {
      expect(Date.parse(session.expiresAt) - Date.parse(session.lastLoginAt)).toBe(
        7 * 24 * HOUR * 1000,
      );
    }
  });

  it("ends sessions as the clock moves past their end", async () => {
    expect(await liveIds()).toEqual(["s-100h", "s-2h", "s-30h"]);
    await checkedControl(emulator).advanceClock((7 * 24 - 100) * HOUR + 1);
    expect(await liveIds()).toEqual(["s-2h", "s-30h"]);
    await checkedControl(emulator).advanceClock(7 * 24 * HOUR);
    expect(await liveIds()).toEqual([]);
  });

  it("ends older sessions at once when the length shrinks, never to return", async () => {
    await setLength(24 * HOUR);
    expect(await liveIds()).toEqual(["s-2h"]);
    await setLength(30 * 24 * HOUR);
    expect(await liveIds()).toEqual(["s-2h"]);
    expect((await admin().delete(`${TINY}/sessions/s-30h`, writeHeaders())).status).toBe(404);
  });

  it("does not revive a session that ended by the clock when the length grows", async () => {
    await checkedControl(emulator).advanceClock((7 * 24 - 100) * HOUR + 1);
    await setLength(30 * 24 * HOUR);
    expect(await liveIds()).toEqual(["s-2h", "s-30h"]);
  });

  it("refuses a simulated login that would already have ended", async () => {
    const response = await checked(emulator).post("/_emulator/organizations/tiny/sessions", {
      memberEmail: "user1@tiny.example",
      lastLoginAt: ago(24 * 8),
    });
    expect(response.status).toBe(422);
  });

  it("reports and moves the clock with set and advanceSeconds", async () => {
    const control = checkedControl(emulator);
    expect(Date.parse(await control.now()) - NOW).toBeLessThan(5000);
    const moved = await control.advanceClock(3600);
    expect(Date.parse(moved) - NOW).toBeGreaterThanOrEqual(3600_000);
    const bad = await checked(emulator).post("/_emulator/clock", { set: "yesterday" });
    expect(bad.status).toBe(422);
    const both = await checked(emulator).post("/_emulator/clock", {
      set: "2026-12-01T00:00:00Z",
      advanceSeconds: 1,
    });
    expect(both.status).toBe(422);
  });
});

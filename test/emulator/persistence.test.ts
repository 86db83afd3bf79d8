import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { startTestEmulator, type TestEmulator } from "../helpers/emulator";
import { checked, checkedControl, TINY, smallSeed, writeHeaders } from "./support";

let dir: string;
let emulator: TestEmulator | undefined;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), "emulator-db-"));
});
afterEach(async () => {
  await emulator?.close();
  emulator = undefined;
  rmSync(dir, { recursive: true, force: true });
});

describe("--db persistence", () => {
  it("keeps revocations, settings, the audit log and the clock across a restart", async () => {
    const db = join(dir, "emulator.db");
    emulator = await startTestEmulator(smallSeed(), { db });
    const admin = checked(emulator, "tiny_admin_token");
    expect((await admin.delete(`${TINY}/sessions/s-1-1`, writeHeaders())).status).toBe(204);
    const etag = (await admin.get(`${TINY}/settings/authentication`)).headers.get("etag") as string;
    await admin.put(
      `${TINY}/settings/authentication`,
      { sessionLengthSeconds: 604800 },
      { ...writeHeaders(), "If-Match": etag },
    );
    const movedTo = await checkedControl(emulator).advanceClock(3600);
    await emulator.close();

    emulator = await startTestEmulator(smallSeed(), { db });
    const again = checked(emulator, "tiny_admin_token");
    const ids = (await again.get(`${TINY}/sessions`)).body.items.map((s: { id: string }) => s.id);
    expect(ids).not.toContain("s-1-1");
    expect(ids).toContain("s-1-2");
    expect((await again.get(`${TINY}/settings/authentication`)).body.sessionLengthSeconds).toBe(
      604800,
    );
    expect((await again.get(`${TINY}/events`)).body.items).toHaveLength(2);
    expect(Date.parse(await checkedControl(emulator).now())).toBeGreaterThanOrEqual(
      Date.parse(movedTo),
    );
  });

  it("loads a seed only into an empty database", async () => {
    const db = join(dir, "emulator.db");
    emulator = await startTestEmulator(smallSeed(), { db });
    await emulator.close();
    emulator = await startTestEmulator("demo", { db });
    const demoOrg = await checked(emulator, "np_demo_admin").get("/v1/organizations/acme/members");
    expect(demoOrg.status).toBe(401);
    expect((await checked(emulator, "tiny_admin_token").get(`${TINY}/members`)).status).toBe(200);
  });
});

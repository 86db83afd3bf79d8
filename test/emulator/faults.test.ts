import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { parseFaults, startEmulator, type RunningEmulator } from "../../src/emulator";
import { startTestEmulator } from "../helpers/emulator";
import { checked, smallSeed, TINY, writeHeaders } from "./support";

let emulator: RunningEmulator | undefined;
const dirs: string[] = [];
afterEach(async () => {
  await emulator?.close();
  emulator = undefined;
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

function tempDb(): string {
  const dir = mkdtempSync(join(tmpdir(), "emulator-faults-"));
  dirs.push(dir);
  return join(dir, "state.db");
}

async function statuses(
  target: RunningEmulator,
  count: number,
): Promise<Array<number | "dropped">> {
  const seen: Array<number | "dropped"> = [];
  for (let i = 0; i < count; i += 1) {
    try {
      seen.push((await checked(target, "tiny_admin_token").get(`${TINY}/members`)).status);
    } catch {
      seen.push("dropped");
    }
  }
  return seen;
}

describe("fault injection", () => {
  it("reads the fault spec and refuses bad ones", () => {
    expect(
      parseFaults("latency=50ms,error5xx=0.1,rate429=0.05,drop=0.02,error5xxAfter=0.05"),
    ).toEqual({
      latencyMs: 50,
      error5xx: 0.1,
      rate429: 0.05,
      drop: 0.02,
      error5xxAfter: 0.05,
    });
    expect(parseFaults("latency=1s").latencyMs).toBe(1000);
    for (const bad of ["latency=fast", "error5xx=2", "boom=0.1", "drop", "rate429=-0.1"]) {
      expect(() => parseFaults(bad), bad).toThrow();
    }
  });

  it("injects 5xx, 429 and dropped connections at the given rates, reproducibly", async () => {
    const faults = "error5xx=0.2,rate429=0.2,drop=0.1";
    emulator = await startTestEmulator(smallSeed(), { faults, faultSeed: 42 });
    const first = await statuses(emulator, 60);
    await emulator.close();
    emulator = await startTestEmulator(smallSeed(), { faults, faultSeed: 42 });
    const second = await statuses(emulator, 60);
    expect(second).toEqual(first);
    for (const outcome of [200, 429, "dropped"] as const) expect(first).toContain(outcome);
    expect(first.some((s) => s === 500 || s === 503)).toBe(true);
  });

  it("answers 429 faults with Retry-After: 1", async () => {
    emulator = await startTestEmulator(smallSeed(), { faults: "rate429=1", faultSeed: 1 });
    const response = await checked(emulator, "tiny_admin_token").get(`${TINY}/members`);
    expect(response.status).toBe(429);
    expect(response.headers.get("retry-after")).toBe("1");
  });

  it("injects 5xx before any work: the write has no effect", async () => {
    const db = tempDb();
    emulator = await startTestEmulator(smallSeed(), { db, faults: "error5xx=1", faultSeed: 7 });
    const response = await checked(emulator, "tiny_admin_token").delete(
      `${TINY}/sessions/s-1-1`,
      writeHeaders(),
    );
    expect([500, 503]).toContain(response.status);
    await emulator.close();
    emulator = await startTestEmulator(smallSeed(), { db });
    const sessions = await checked(emulator, "tiny_admin_token").get(
      `${TINY}/sessions?memberId=m-1`,
    );
    expect(sessions.body.items.map((s: { id: string }) => s.id)).toContain("s-1-1");
  });

  it("error5xxAfter: a POST takes effect, answers 500; its retry replays the answer", async () => {
    const db = tempDb();
    emulator = await startTestEmulator(smallSeed(), {
      db,
      faults: "error5xxAfter=1",
      faultSeed: 3,
    });
    const headers = writeHeaders("ci", { idempotencyKey: "after-key" });
    const body = { sessionIds: ["s-1-1"] };
    const first = await checked(emulator, "tiny_admin_token").post(
      `${TINY}/sessions/batch-revoke`,
      body,
      headers,
    );
    expect(first.status).toBe(500);
    await emulator.close();
    emulator = await startTestEmulator(smallSeed(), { db });
    const retry = await checked(emulator, "tiny_admin_token").post(
      `${TINY}/sessions/batch-revoke`,
      body,
      headers,
    );
    expect(retry.status).toBe(200);
    expect(retry.body).toEqual({ revoked: ["s-1-1"], notFound: [] });
    expect(retry.headers.get("idempotency-replayed")).toBe("true");
    const events = await checked(emulator, "tiny_admin_token").get(`${TINY}/events`);
    expect(events.body.items).toHaveLength(1);
  });

  it("adds latency to every answer", async () => {
    emulator = await startEmulator({ seed: smallSeed(), faults: "latency=150ms" });
    const started = Date.now();
    await checked(emulator, "tiny_admin_token").get(`${TINY}/members`);
    await checked(emulator).get("/nowhere");
    expect(Date.now() - started).toBeGreaterThanOrEqual(300);
  });

  it("leaves the control routes free of faults", async () => {
    emulator = await startTestEmulator(smallSeed(), { faults: "error5xx=1,drop=0", faultSeed: 1 });
    expect((await checked(emulator).get("/_emulator/clock")).status).toBe(200);
  });
});

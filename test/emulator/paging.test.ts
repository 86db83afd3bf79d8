import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestEmulator, type TestEmulator } from "../helpers/emulator";
import { checked, checkedControl, smallSeed, TINY, writeHeaders } from "./support";

let emulator: TestEmulator;
beforeAll(async () => {
  emulator = await startTestEmulator(smallSeed(5, 20));
});
afterAll(() => emulator.close());

const admin = () => checked(emulator, "tiny_admin_token");

async function readAll(path: string, limit: number): Promise<string[]> {
  const ids: string[] = [];
  let cursor: string | null = null;
  do {
    const query: string = `limit=${limit}${cursor === null ? "" : `&cursor=${cursor}`}`;
    const page = await admin().get(`${path}${path.includes("?") ? "&" : "?"}${query}`);
    expect(page.status).toBe(200);
    ids.push(...page.body.items.map((item: { id: string }) => item.id));
    cursor = page.body.nextCursor;
  } while (cursor !== null);
  return ids;
}

describe("paging", () => {
  it("returns every session once, sorted by id, nextCursor null at the end", async () => {
    const ids = await readAll(`${TINY}/sessions`, 7);
    expect(ids).toHaveLength(100);
    expect([...ids].sort()).toEqual(ids);
    expect(new Set(ids).size).toBe(100);
  });

  it("defaults to 100 items and takes up to 1000", async () => {
    const first = await admin().get(`${TINY}/sessions`);
    expect(first.body.items).toHaveLength(100);
    expect(first.body.nextCursor).toBeNull();
    expect((await admin().get(`${TINY}/sessions?limit=1000`)).status).toBe(200);
  });

  it.each(["0", "1001", "-1", "abc", "1.5", ""])("answers 400 to limit=%s", async (limit) => {
    const response = await admin().get(`${TINY}/sessions?limit=${limit}`);
    expect(response.status).toBe(400);
    expect(response.body.type).toBe("urn:nordpass-policy:problem:bad-limit");
  });

  it("answers 400 to a forged cursor or one from another list", async () => {
    const members = await admin().get(`${TINY}/members?limit=1`);
    const foreign = await admin().get(`${TINY}/sessions?cursor=${members.body.nextCursor}`);
    const forged = await admin().get(`${TINY}/sessions?cursor=not*base64`);
    const empty = await admin().get(
      `${TINY}/sessions?cursor=${Buffer.from("sessions:").toString("base64url")}`,
    );
    for (const response of [foreign, forged, empty]) {
      expect(response.status).toBe(400);
      expect(response.body.type).toBe("urn:nordpass-policy:problem:bad-cursor");
    }
  });

  it("neither repeats nor skips while sessions are revoked and created between pages", async () => {
    const before = new Set(await readAll(`${TINY}/sessions`, 1000));
    const seen: string[] = [];
    const revokedMeanwhile: string[] = [];
    let cursor: string | null = null;
    let round = 0;
    do {
      const page: { body: { items: Array<{ id: string }>; nextCursor: string | null } } =
        await admin().get(`${TINY}/sessions?limit=9${cursor === null ? "" : `&cursor=${cursor}`}`);
      seen.push(...page.body.items.map((item) => item.id));
      cursor = page.body.nextCursor;
      round += 1;
      // Revoke one unread session and one read one; log in twice, with ids on both sides
      // of the cursor.
      const unread = [...before].filter(
        (id) => !seen.includes(id) && !revokedMeanwhile.includes(id),
      );
      const victim = unread[unread.length - 1];
      if (victim !== undefined) {
        expect((await admin().delete(`${TINY}/sessions/${victim}`, writeHeaders())).status).toBe(
          204,
        );
        revokedMeanwhile.push(victim);
      }
      if (seen[0] !== undefined)
        await admin().delete(`${TINY}/sessions/${seen[0]}`, writeHeaders());
      await checkedControl(emulator).login("tiny", {
        memberEmail: "user1@tiny.example",
        id: `s-0-new-${round}`,
      });
      await checkedControl(emulator).login("tiny", {
        memberEmail: "user1@tiny.example",
        id: `s-9-new-${round}`,
      });
    } while (cursor !== null);

    expect(new Set(seen).size).toBe(seen.length);
    const survivors = [...before].filter((id) => !revokedMeanwhile.includes(id));
    for (const id of survivors) expect(seen).toContain(id);
  });

  it("filters by memberId and answers 404 for an unknown member", async () => {
    const mine = await admin().get(`${TINY}/sessions?memberId=m-2`);
    expect(mine.body.items.length).toBeGreaterThan(0);
    expect(mine.body.items.every((s: { memberId: string }) => s.memberId === "m-2")).toBe(true);
    expect((await admin().get(`${TINY}/sessions?memberId=m-404`)).status).toBe(404);
  });

  it("pages members and events the same way", async () => {
    const members = await readAll(`${TINY}/members`, 3);
    expect(members).toHaveLength(20);
    const events = await readAll(`${TINY}/events`, 2);
    expect([...events].sort()).toEqual(events);
    expect(events.length).toBeGreaterThan(0);
  });
});

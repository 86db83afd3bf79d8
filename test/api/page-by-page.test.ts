/**
 * Reading a listing page by page (forEachSessionPage, forEachMemberPage): pages arrive in
 * order, the next is requested while the handler works, a repeated cursor still stops the
 * read, and a failing handler stops it too. The ordering and failure cases need a tiny
 * loopback server that answers on cue, which the emulator cannot; the full read is checked
 * against the emulator.
 */
import { afterEach, describe, expect, it } from "vitest";
import { createAdminClient } from "../../src/api/client";
import { type RunningEmulator, startEmulator } from "../../src/emulator";
import { apiFailure } from "./assertions";
import { type Handler, type TinyServer, reply, startTinyServer } from "./tiny-server";

const TOKEN = "np_demo_auditor";

let server: TinyServer | undefined;
let emulator: RunningEmulator | undefined;

afterEach(async () => {
  await server?.close();
  await emulator?.close();
  server = undefined;
  emulator = undefined;
});

function clientFor(url: string) {
  return createAdminClient({
    baseUrl: url,
    token: TOKEN,
    timeoutMs: 2000,
    budgetMs: 20_000,
    concurrency: 4,
    baseDelayMs: 5,
  });
}

/** Pages c0, c1, c2 of two items each; the last has no next cursor. */
const threePages: Handler = (request, res) => {
  const cursor = new URL(request.url, "http://x").searchParams.get("cursor") ?? "c0";
  const index = Number(cursor.slice(1));
  const items = [0, 1].map((n) => ({ id: `s-${index}-${n}` }));
  reply(res, 200, { items, nextCursor: index < 2 ? `c${index + 1}` : null });
};

async function until(condition: () => boolean): Promise<void> {
  const deadline = Date.now() + 2000;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error("the condition never held");
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
}

describe("forEachSessionPage", () => {
  it("hands pages over in order and asks for the next page while the handler works", async () => {
    server = await startTinyServer(threePages);
    const target = server;
    const seen: string[][] = [];
    const progress: number[] = [];

    const read = await clientFor(target.url).forEachSessionPage(
      "acme",
      async (sessions) => {
        // The next page's request reaches the server before this handler returns.
        if (seen.length < 2) await until(() => target.requests.length > seen.length + 1);
        seen.push(sessions.map((s) => s.id));
      },
      { onProgress: (n) => progress.push(n) },
    );

    expect(read).toBe(6);
    expect(seen).toEqual([
      ["s-0-0", "s-0-1"],
      ["s-1-0", "s-1-1"],
      ["s-2-0", "s-2-1"],
    ]);
    expect(progress).toEqual([2, 4, 6]);
    expect(target.requests.map((r) => r.url)).toEqual([
      "/v1/organizations/acme/sessions?limit=1000",
      "/v1/organizations/acme/sessions?limit=1000&cursor=c1",
      "/v1/organizations/acme/sessions?limit=1000&cursor=c2",
    ]);
  });

  it("stops with the handler's error and requests nothing past the page in flight", async () => {
    server = await startTinyServer(threePages);
    const stop = new Error("stop here");

    const read = clientFor(server.url).forEachSessionPage("acme", () => {
      throw stop;
    });

    await expect(read).rejects.toBe(stop);
    // Page 1, and page 2 that was already asked for; never page 3.
    expect(server.requests).toHaveLength(2);
  });

  it("aborts with cursor-loop when the server hands back a cursor it gave before", async () => {
    server = await startTinyServer((request, res) => {
      const cursor = new URL(request.url, "http://x").searchParams.get("cursor");
      const next = cursor === null ? "c1" : cursor === "c1" ? "c2" : "c1";
      reply(res, 200, { items: [{ id: `s-${cursor ?? 0}` }], nextCursor: next });
    });
    const pages: number[] = [];

    const error = await apiFailure(
      clientFor(server.url).forEachSessionPage("acme", (sessions) => {
        pages.push(sessions.length);
      }),
    );

    expect(error.kind).toBe("cursor-loop");
    expect(error.path).toBe("/v1/organizations/acme/sessions");
    expect(server.requests).toHaveLength(3);
    expect(pages).toEqual([1, 1, 1]);
  });
});

describe("page by page against the emulator", () => {
  it("reads every session and member once, the same as the whole listings", async () => {
    emulator = await startEmulator({ seed: "synthetic:members=1200,sessionsPerMember=2" });
    const client = clientFor(emulator.url);
    const sessionIds: string[] = [];
    const memberIds: string[] = [];
    let sessionPages = 0;

    const sessionsRead = await client.forEachSessionPage("synthetic", (sessions) => {
      sessionPages += 1;
      for (const session of sessions) sessionIds.push(session.id);
    });
    const membersRead = await client.forEachMemberPage("synthetic", (members) => {
      for (const member of members) memberIds.push(member.id);
    });

    expect(sessionsRead).toBe(2400);
    expect(sessionPages).toBe(3);
    expect(sessionIds).toEqual((await client.listSessions("synthetic")).map((s) => s.id));
    expect(membersRead).toBe(1200);
    expect(memberIds).toEqual((await client.listMembers("synthetic")).map((m) => m.id));
  });
});

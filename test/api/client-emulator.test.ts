/**
 * The client against the real emulator on loopback: paging, retries under injected
 * faults, audit context, and what the 4xx answers tell the user.
 */
import { afterEach, describe, expect, it } from "vitest";
import { type ClientOptions, createAdminClient } from "../../src/api/client";
import type { Session } from "../../src/api/types";
import { type RunningEmulator, startEmulator } from "../../src/emulator";
import { startTestEmulator } from "../helpers/emulator";
import { apiFailure, everyRendering, expectNoToken } from "./assertions";

const TOKENS = {
  owner: "np_demo_owner",
  admin: "np_demo_admin",
  auditor: "np_demo_auditor",
  member: "np_demo_member",
} as const;
const audit = { actor: "ci@4f2a9c1", ruleId: "offboard", reason: "Offboarding, INC-4521" };

let emulator: RunningEmulator | undefined;

afterEach(async () => {
  await emulator?.close();
  emulator = undefined;
});

function clientOf(target: RunningEmulator, token: string, options: Partial<ClientOptions> = {}) {
  return createAdminClient({
    baseUrl: target.url,
    token,
    timeoutMs: 5000,
    budgetMs: 60_000,
    concurrency: 8,
    baseDelayMs: 10,
    ...options,
  });
}

async function synthetic(members: number, sessionsPerMember: number, faults?: string) {
  emulator = await startEmulator({
    seed: `synthetic:members=${members},sessionsPerMember=${sessionsPerMember}`,
    ...(faults === undefined ? {} : { faults, faultSeed: 20261203 }),
  });
  return emulator;
}

async function demo(): Promise<RunningEmulator> {
  emulator = await startTestEmulator("demo");
  return emulator;
}

describe("paging", () => {
  it("reads every session over pages of 1000, each once, reporting progress", async () => {
    const target = await synthetic(400, 10);
    const client = clientOf(target, TOKENS.auditor);
    const progress: number[] = [];
    const onProgress = (itemsRead: number) => progress.push(itemsRead);
    const sessions = await client.listSessions("synthetic", { onProgress });

    expect(sessions).toHaveLength(4000);
    expect(new Set(sessions.map((session) => session.id)).size).toBe(4000);
    expect(progress.slice(0, 4)).toEqual([1000, 2000, 3000, 4000]);
    expect(client.stats.requests).toBe(progress.length);
    expect(client.stats.retries).toBe(0);
  });

  it("reads members, one member's sessions, and smaller pages with the same result", async () => {
    const target = await synthetic(400, 10);
    const client = clientOf(target, TOKENS.auditor);

    const members = await client.listMembers("synthetic", { limit: 150 });
    expect(members).toHaveLength(400);
    expect(new Set(members.map((member) => member.id)).size).toBe(400);

    const sessions = await client.listSessions("synthetic", { limit: 333 });
    expect(sessions).toHaveLength(4000);
    const own = await client.listSessions("synthetic", { memberId: members[7]?.id });
    expect(own).toHaveLength(10);
    expect(own.every((session) => session.memberId === members[7]?.id)).toBe(true);
  });
});

describe("under injected faults", () => {
  // 20% 5xx, 10% 429 and 5% dropped connections together fail about a third of all
  // requests, far above a real API; 10 attempts keep the test about convergence rather
  // than about the odds of five failures in a row.
  const faults = "error5xx=0.2,rate429=0.1,drop=0.05";

  it("reads every page correctly", async () => {
    const target = await synthetic(300, 10, faults);
    const client = clientOf(target, TOKENS.auditor, { maxAttempts: 10 });
    const [sessions, members] = await Promise.all([
      client.listSessions("synthetic", { limit: 500 }),
      client.listMembers("synthetic", { limit: 50 }),
    ]);

    expect(new Set(sessions.map((session) => session.id)).size).toBe(3000);
    expect(sessions).toHaveLength(3000);
    expect(members).toHaveLength(300);
    expect(client.stats.retries).toBeGreaterThan(0);
  });

  it("revokes each targeted session exactly once, by batch, delete and revoke-all", async () => {
    const target = await synthetic(300, 10, `${faults},error5xxAfter=0.1`);
    const client = clientOf(target, TOKENS.admin, { maxAttempts: 10 });
    const sessions = await client.listSessions("synthetic");
    const byMember = groupByMember(sessions);
    const members = [...byMember.keys()].sort();

    // Batches for the first 150 members, single deletes for the next 5, revoke-all for 5.
    const batched = members.slice(0, 150).flatMap((id) => byMember.get(id) ?? []);
    const deleted = (byMember.get(members[150] ?? "") ?? []).slice(0, 5);
    const allOf = members.slice(160, 165);
    // Batches of 100 rather than 500: more calls meet more faults.
    const batches = chunk(batched, 100);
    const results = await Promise.all([
      ...batches.map((ids) => client.batchRevokeSessions("synthetic", ids, audit)),
      ...deleted.map((id) => client.deleteSession("synthetic", id, audit)),
      ...allOf.map((id) => client.revokeAllMemberSessions("synthetic", id, audit)),
    ]);

    const targeted = [...batched, ...deleted, ...allOf.flatMap((id) => byMember.get(id) ?? [])];
    const events = await client.listEvents("synthetic");
    const revokedTargets = events
      .filter((event) => event.action === "revoke-session")
      .map((event) => event.target);
    expect(revokedTargets).toHaveLength(targeted.length);
    expect(new Set(revokedTargets)).toEqual(new Set(targeted));
    expect(events.every((event) => event.actor === audit.actor)).toBe(true);

    const left = await client.listSessions("synthetic");
    expect(left).toHaveLength(3000 - targeted.length);
    const calls = batches.length + deleted.length + allOf.length;
    expect(results).toHaveLength(calls);
    expect(client.stats.retries).toBeGreaterThan(0);
    expect(client.stats.requests).toBeGreaterThan(calls);
  }, 60_000);
});

describe("writes", () => {
  it("records actor, rule id and reason (UTF-8) in the audit log", async () => {
    const target = await demo();
    const client = clientOf(target, TOKENS.admin);
    const jane = (await client.listSessions("acme")).filter(
      (session) => session.memberEmail === "jane@acme.example",
    );
    const reason = "Vol d'ordinateur, €";
    const context = { actor: "Zoë <ci>", ruleId: "offboard-jane", reason };
    const result = await client.batchRevokeSessions("acme", jane.map((s) => s.id), context);
    expect([...result.revoked].sort()).toEqual(jane.map((s) => s.id).sort());

    const events = (await client.listEvents("acme")).filter((e) => e.action === "revoke-session");
    expect(events).toHaveLength(jane.length);
    for (const event of events) {
      expect(event).toMatchObject({ actor: context.actor, ruleId: "offboard-jane" });
      expect(event.reason).toBe(context.reason);
    }
  });

  it("reports a gone session as not-found, and an unknown organization as an error", async () => {
    const target = await demo();
    const client = clientOf(target, TOKENS.admin);
    const [session] = await client.listSessions("initech");
    const id = (session as Session).id;

    expect(await client.deleteSession("initech", id, audit)).toBe("revoked");
    expect(await client.deleteSession("initech", id, audit)).toBe("not-found");

    const error = await apiFailure(client.deleteSession("no-such-org", id, audit));
    expect(error.status).toBe(404);
    expect(error.message).toBe(`organization "no-such-org" not found on ${target.url}`);
  });

  it("changes the session length with If-Match, and reports a stale ETag as 412", async () => {
    const target = await demo();
    const client = clientOf(target, TOKENS.owner);
    const before = await client.getAuthenticationSettings("globex");
    const after = await client.putAuthenticationSettings("globex", 7 * 86400, before.etag, audit);
    expect(after.sessionLengthSeconds).toBe(7 * 86400);
    expect(after.etag).not.toBe(before.etag);

    const stale = await apiFailure(
      client.putAuthenticationSettings("globex", 86400, before.etag, audit),
    );
    expect(stale).toMatchObject({ kind: "http", status: 412, method: "PUT" });
    expect(stale.path).toBe("/v1/organizations/globex/settings/authentication");
    expect(client.stats.retries).toBe(0);
  });

  it("passes the API's reason on for an out-of-range session length (422)", async () => {
    const target = await demo();
    const client = clientOf(target, TOKENS.owner);
    const { etag } = await client.getAuthenticationSettings("globex");
    const error = await apiFailure(client.putAuthenticationSettings("globex", 60, etag, audit));
    expect(error.status).toBe(422);
    expect(error.problem?.detail).toContain("3600");
    expect(error.message).toContain(error.problem?.detail ?? "no detail");
  });

  it("names an unknown member on revoke-all and on a member's session list", async () => {
    const target = await demo();
    const client = clientOf(target, TOKENS.admin);
    const revokeAll = await apiFailure(client.revokeAllMemberSessions("acme", "m-nobody", audit));
    expect(revokeAll.status).toBe(404);
    expect(revokeAll.message).toContain('member "m-nobody" of organization "acme" not found');

    const list = await apiFailure(client.listSessions("acme", { memberId: "m-nobody" }));
    expect(list.message).toContain('member "m-nobody"');
  });
});

describe("tokens and roles", () => {
  it("says the token was refused on 401, and never shows it, in clear or base64", async () => {
    const target = await demo();
    const wrong = "np_wrong_token_c0ffee";
    const error = await apiFailure(clientOf(target, wrong).listMembers("acme"));

    expect(error).toMatchObject({ kind: "http", status: 401 });
    expect(error.message).toBe(
      "the API refused the token (401): check NORDPASS_API_TOKEN or --token-file",
    );
    expectNoToken(everyRendering(error), wrong);
    expect(error.cause).toBeUndefined();
  });

  it("tells an auditor token that a write needs owner or admin, and lets it read", async () => {
    const target = await demo();
    const client = clientOf(target, TOKENS.auditor);
    expect((await client.listMembers("acme")).length).toBeGreaterThan(0);
    const { etag } = await client.getAuthenticationSettings("acme");

    const error = await apiFailure(client.putAuthenticationSettings("acme", 86400, etag, audit));
    expect(error.status).toBe(403);
    expect(error.message).toContain("this needs an owner or admin token");
    expect(error.message).toMatch(/the token in use can only read \(auditor\)$/);
    expectNoToken(everyRendering(error), TOKENS.auditor);
  });

  it("tells a member token that reading needs at least an auditor token", async () => {
    const target = await demo();
    const client = clientOf(target, TOKENS.member);
    const read = await apiFailure(client.listSessions("acme"));
    expect(read.status).toBe(403);
    expect(read.message).toContain("reading needs at least an auditor token");
    expect(read.message).toContain("member role");

    const write = await apiFailure(client.batchRevokeSessions("acme", ["s-1"], audit));
    expect(write.message).toContain("this needs an owner or admin token");
  });

  it("names the organization and the URL when the organization is unknown", async () => {
    const target = await demo();
    const error = await apiFailure(clientOf(target, TOKENS.admin).listMembers("nope"));
    expect(error.message).toBe(`organization "nope" not found on ${target.url}`);
    expect(error.hint).toContain("organization id");
  });
});

function groupByMember(sessions: Session[]): Map<string, string[]> {
  const groups = new Map<string, string[]>();
  for (const session of sessions) {
    groups.set(session.memberId, [...(groups.get(session.memberId) ?? []), session.id]);
  }
  return groups;
}

function chunk<T>(items: T[], size: number): T[][] {
  const chunks: T[][] = [];
  for (let start = 0; start < items.length; start += size) {
    chunks.push(items.slice(start, start + size));
  }
  return chunks;
}

/**
 * Faults the emulator cannot produce on demand, each from a tiny loopback server: a
 * Retry-After past the cap, a server that repeats a cursor, a server that never answers,
 * redirects, bad JSON, a closed port, and a count of requests in flight.
 */
import type { AddressInfo } from "node:net";
import http from "node:http";
import { afterEach, describe, expect, it } from "vitest";
import { type ClientOptions, createAdminClient } from "../../src/api/client";
import { ExternalError } from "../../src/errors";
import { apiFailure, everyRendering, expectNoToken } from "./assertions";
import { type Handler, type TinyServer, problem, reply, startTinyServer } from "./tiny-server";

const TOKEN = "np_local_secret_token_42";
const context = { actor: "ci@4f2a9c1", ruleId: "offboard-jane", reason: "Laptop stolen, INC-4521" };
const settingsBody = { sessionLengthSeconds: 604800 };

let server: TinyServer | undefined;

afterEach(async () => {
  await server?.close();
  server = undefined;
});

async function serve(handler: Handler): Promise<TinyServer> {
  server = await startTinyServer(handler);
  return server;
}

function clientFor(target: TinyServer, options: Partial<ClientOptions> = {}) {
  return createAdminClient({
    baseUrl: target.url,
    token: TOKEN,
    timeoutMs: 2000,
    budgetMs: 20_000,
    concurrency: 4,
    baseDelayMs: 5,
    ...options,
  });
}

describe("Retry-After", () => {
  it("fails fast, without waiting, when the API asks to wait longer than the cap", async () => {
    const target = await serve((_, res) =>
      reply(res, 429, problem(429, "rate-limited", "slow down"), { "Retry-After": "300" }),
    );
    const started = Date.now();
    const error = await apiFailure(clientFor(target).getAuthenticationSettings("acme"));

    expect(error.kind).toBe("retry-after");
    expect(error.status).toBe(429);
    expect(error.message).toContain("the API asked to wait 300s, more than the 60s cap");
    expect(error.message).toContain("try again later");
    expect(target.requests).toHaveLength(1);
    expect(Date.now() - started).toBeLessThan(1000);
  });

  it("waits as long as a Retry-After within the cap asks, in seconds or as a date", async () => {
    const target = await serve((_, res, index) => {
      if (index === 0) reply(res, 503, problem(503, "busy", "busy"), { "Retry-After": "1" });
      else if (index === 1) {
        const inOneSecond = new Date(Date.now() + 1000).toUTCString();
        reply(res, 429, problem(429, "rate-limited", "later"), { "Retry-After": inOneSecond });
      } else reply(res, 200, settingsBody, { ETag: '"v1"' });
    });
    const started = Date.now();
    const settings = await clientFor(target).getAuthenticationSettings("acme");

    expect(settings).toEqual({ sessionLengthSeconds: 604800, etag: '"v1"' });
    expect(target.requests).toHaveLength(3);
    // One second for the first wait; the date has one-second resolution, so 0..1 s more.
    expect(Date.now() - started).toBeGreaterThanOrEqual(950);
  });
});

describe("POST retries", () => {
  it("resends a POST with the same Idempotency-Key, and a new call gets a new key", async () => {
    // The emulator replays answers itself, so only a server of our own shows each attempt.
    const target = await serve((_, res, index) => {
      if (index < 2) reply(res, 503, problem(503, "busy", "try again"));
      else if (index === 2) res.socket?.destroy();
      else reply(res, 200, { revoked: ["s-1"], notFound: [] });
    });
    const lines: string[] = [];
    const record = (line: string) => lines.push(line);
    const logger = { debug: record, info: record, warn: record, error: record };
    const client = clientFor(target, { logger });

    const result = await client.batchRevokeSessions("acme", ["s-1"], context);
    expect(result).toEqual({ revoked: ["s-1"], notFound: [] });
    await client.batchRevokeSessions("acme", ["s-1"], context);

    const keys = target.requests.map((request) => request.headers["idempotency-key"]);
    expect(keys).toHaveLength(5);
    expect(new Set(keys.slice(0, 4)).size).toBe(1);
    expect(keys[0]).toMatch(/^[0-9a-f-]{36}$/);
    expect(keys[4]).not.toBe(keys[0]);
    expect(client.stats).toEqual({ requests: 5, retries: 3 });
    expect(lines).toHaveLength(3);
    expect(lines[0]).toContain("POST /v1/organizations/acme/sessions/batch-revoke: status 503");
    expect(lines[0]).toContain("attempt 2 of 5");
    expectNoToken(lines.join("\n"), TOKEN);
  });

  it("sends the audit headers percent-encoded and the reason in the batch body", async () => {
    const target = await serve((_, res) => reply(res, 200, { revoked: [], notFound: ["s-9"] }));
    const unicode = { actor: "Zoë Ops", ruleId: "r-1", reason: "Vol, ordinateur portable €" };
    await clientFor(target).batchRevokeSessions("acme", ["s-9"], unicode);

    const [request] = target.requests;
    expect(request?.url).toBe("/v1/organizations/acme/sessions/batch-revoke");
    expect(request?.headers["x-nordpass-actor"]).toBe("Zo%C3%AB%20Ops");
    const reason = String(request?.headers["x-nordpass-reason"]);
    expect(decodeURIComponent(reason)).toBe(unicode.reason);
    const body: unknown = JSON.parse(request?.body ?? "");
    expect(body).toEqual({ sessionIds: ["s-9"], reason: unicode.reason });
  });
});

describe("paging", () => {
  it("aborts with cursor-loop when the server hands back a cursor it gave before", async () => {
    // The emulator's keyset cursors always advance; a broken server is needed to repeat one.
    const target = await serve((request, res) => {
      const cursor = new URL(request.url, "http://x").searchParams.get("cursor");
      const next = cursor === null ? "c1" : cursor === "c1" ? "c2" : "c1";
      const member = { id: `m-${cursor ?? 0}`, email: "a@x.example", role: "member" };
      reply(res, 200, { items: [member], nextCursor: next });
    });
    const progress: number[] = [];
    const error = await apiFailure(
      clientFor(target).listMembers("acme", { onProgress: (n) => progress.push(n) }),
    );

    expect(error.kind).toBe("cursor-loop");
    expect(error.path).toBe("/v1/organizations/acme/members");
    expect(target.requests).toHaveLength(3);
    expect(progress).toEqual([1, 2, 3]);
    expect(target.requests[0]?.url).toBe("/v1/organizations/acme/members?limit=1000");
  });

  it("refuses a page without an items array as a protocol error", async () => {
    const target = await serve((_, res) => reply(res, 200, { members: [] }));
    const error = await apiFailure(clientFor(target).listMembers("acme"));
    expect(error.kind).toBe("protocol");
    expect(error.message).toContain("items array");
  });
});

describe("time limits", () => {
  it("fails with kind timeout after the attempts when the API never answers", async () => {
    // The emulator's latency fault delays every answer alike; a server that holds the
    // request open is simpler and exact.
    const target = await serve(() => undefined);
    const client = clientFor(target, { timeoutMs: 100, maxAttempts: 2 });
    const error = await apiFailure(client.listSessions("acme"));

    expect(error.kind).toBe("timeout");
    expect(error.message).toContain("no answer within 0.1s, on 2 attempts");
    expect(target.requests).toHaveLength(2);
  });

  it("stops at the run budget, and every later call fails fast without a request", async () => {
    const target = await serve(() => undefined);
    const client = clientFor(target, { timeoutMs: 5000, budgetMs: 300 });
    const started = Date.now();
    const error = await apiFailure(client.getAuthenticationSettings("acme"));

    expect(error.kind).toBe("budget");
    expect(error.message).toContain("got no answer before the run's time budget of 0.3s ran out");
    expect(Date.now() - started).toBeLessThan(1500);
    expect(target.requests).toHaveLength(1);

    const later = await apiFailure(client.listMembers("acme"));
    expect(later.kind).toBe("budget");
    expect(later.message).toContain("was not sent: the run's time budget of 0.3s is spent");
    expect(target.requests).toHaveLength(1);
  });

  it("does not start a backoff wait that would pass the budget", async () => {
    const target = await serve((_, res) =>
      reply(res, 503, problem(503, "busy", "busy"), { "Retry-After": "30" }),
    );
    const error = await apiFailure(clientFor(target, { budgetMs: 2000 }).listMembers("acme"));
    expect(error.kind).toBe("budget");
    expect(error.message).toContain("waiting 30s before the next attempt would pass");
  });
});

describe("what is not retried", () => {
  it.each([
    [400, "bad-query"],
    [409, "conflict"],
    [422, "bad-body"],
    [501, "not-implemented"],
  ])("gives up at once on %i", async (status, code) => {
    const target = await serve((_, res) => reply(res, status, problem(status, code, "no")));
    const error = await apiFailure(clientFor(target).listMembers("acme"));
    expect(error.kind).toBe("http");
    expect(error.status).toBe(status);
    expect(error.problem?.detail).toBe("no");
    expect(target.requests).toHaveLength(1);
  });

  it("names the roles on a bare 403, telling a write from a read", async () => {
    // The emulator always says which role refused; another server may not.
    const target = await serve((_, res) => {
      res.writeHead(403);
      res.end();
    });
    const client = clientFor(target);
    const write = await apiFailure(client.deleteSession("acme", "s-1", context));
    expect(write.message).toContain("this needs an owner or admin token");
    expect(write.message).toContain("or has no access to this organization");
    const read = await apiFailure(client.listEvents("acme"));
    expect(read.message).toContain("reading needs at least an auditor token");
    expect(target.requests).toHaveLength(2);
  });

  it("gives up on 5xx after the attempt limit with the last status", async () => {
    const target = await serve((_, res) => reply(res, 502, problem(502, "bad-gateway", "down")));
    const error = await apiFailure(clientFor(target, { maxAttempts: 3 }).listMembers("acme"));
    expect(error.status).toBe(502);
    expect(error.message).toContain("after 3 attempts");
    expect(target.requests).toHaveLength(3);
  });

  it("never follows a redirect, so the token cannot travel elsewhere", async () => {
    // The emulator never redirects.
    const elsewhere = await startTinyServer((_, res) => reply(res, 200, settingsBody));
    try {
      const target = await serve((_, res) => {
        res.writeHead(307, { Location: `${elsewhere.url}/v1/organizations/acme/members` });
        res.end();
      });
      const error = await apiFailure(clientFor(target).listMembers("acme"));
      expect(error.kind).toBe("protocol");
      expect(error.message).toContain("redirect (307)");
      expect(elsewhere.requests).toHaveLength(0);
    } finally {
      await elsewhere.close();
    }
  });

  it("reports an answer that is not JSON as a protocol error", async () => {
    const target = await serve((_, res) => {
      res.writeHead(200, { "Content-Type": "text/html" });
      res.end("<html>login</html>");
    });
    const error = await apiFailure(clientFor(target).getAuthenticationSettings("acme"));
    expect(error.kind).toBe("protocol");
  });
});

describe("connections", () => {
  it("names the URL when nothing listens there, after a short retry", async () => {
    const port = await closedPort();
    const client = createAdminClient({
      baseUrl: `http://127.0.0.1:${port}`,
      token: TOKEN,
      timeoutMs: 1000,
      budgetMs: 5000,
      concurrency: 1,
      baseDelayMs: 5,
    });
    const error = await apiFailure(client.listMembers("acme"));
    expect(error.kind).toBe("network");
    expect(error.message).toContain(`http://127.0.0.1:${port}`);
    expect(error.message).toContain("connection refused, 2 attempts");
    expect(error.hint).toContain("NORDPASS_API_URL");
    expect(client.stats.requests).toBe(2);
  });

  it("keeps the requests in flight within the concurrency bound across calls", async () => {
    const target = await serve((_, res) =>
      setTimeout(() => reply(res, 200, { items: [], nextCursor: null }), 20),
    );
    const client = clientFor(target, { concurrency: 3 });
    await Promise.all(Array.from({ length: 12 }, () => client.listSessions("acme")));
    expect(target.requests).toHaveLength(12);
    expect(target.peakInFlight).toBe(3);
  });
});

describe("the token", () => {
  it("appears in no error, even when the server echoes it back", async () => {
    // The emulator never echoes a token; a hostile or broken server might.
    const target = await serve((request, res) =>
      reply(res, 400, problem(400, "echo", `you sent ${request.headers.authorization}`)),
    );
    const error = await apiFailure(clientFor(target).listMembers("acme"));
    expect(error.problem?.detail).toBe("you sent Bearer [redacted]");
    expectNoToken(everyRendering(error), TOKEN);
    expect(target.requests[0]?.headers.authorization).toBe(`Bearer ${TOKEN}`);
  });

  it("is refused locally on plain http to a non-loopback host, before any request", () => {
    // 203.0.113.10 is a documentation address: it must never be contacted.
    expect(() =>
      createAdminClient({
        baseUrl: "http://203.0.113.10",
        token: TOKEN,
        timeoutMs: 1000,
        budgetMs: 1000,
        concurrency: 1,
      }),
    ).toThrow(ExternalError);
  });
});

describe("local checks", () => {
  it("rejects more than 500 session ids in one batch before sending", async () => {
    const target = await serve((_, res) => reply(res, 200, { revoked: [], notFound: [] }));
    const ids = Array.from({ length: 501 }, (_, index) => `s-${index}`);
    await expect(clientFor(target).batchRevokeSessions("acme", ids, context)).rejects.toThrow(
      "at most 500 session ids",
    );
    expect(target.requests).toHaveLength(0);
  });
});

async function closedPort(): Promise<number> {
  const probe = http.createServer();
  await new Promise<void>((resolve) => probe.listen(0, "127.0.0.1", resolve));
  const { port } = probe.address() as AddressInfo;
  await new Promise<void>((resolve) => probe.close(() => resolve()));
  return port;
}

describe("a PUT whose answer was lost", () => {
  // The emulator's after-write fault covers POST only; a PUT that took effect but lost its
  // answer needs a server that changes the setting and then drops the connection.
  function settingsServer(options: { othersValue?: number }) {
    let value = 2592000;
    let version = 1;
    return serve((request, res) => {
      if (request.method === "GET") {
        reply(res, 200, { sessionLengthSeconds: value }, { ETag: `"v${version}"` });
        return;
      }
      if (request.headers["if-match"] !== `"v${version}"`) {
        reply(res, 412, problem(412, "precondition-failed", "settings changed"));
        return;
      }
      const sent = JSON.parse(request.body) as typeof settingsBody;
      value = options.othersValue ?? sent.sessionLengthSeconds;
      version += 1;
      res.socket?.destroy();
    });
  }

  it("counts as done when the settings hold the value it sent", async () => {
    const target = await settingsServer({});
    const client = clientFor(target);
    const before = await client.getAuthenticationSettings("acme");
    const after = await client.putAuthenticationSettings("acme", 604800, before.etag, context);

    expect(after).toEqual({ sessionLengthSeconds: 604800, etag: '"v2"' });
    expect(target.requests.map((r) => r.method)).toEqual(["GET", "PUT", "PUT", "GET"]);
  });

  it("stays a 412 when the settings hold another value", async () => {
    const target = await settingsServer({ othersValue: 86400 });
    const client = clientFor(target);
    const before = await client.getAuthenticationSettings("acme");
    const error = await apiFailure(
      client.putAuthenticationSettings("acme", 604800, before.etag, context),
    );
    expect(error).toMatchObject({ kind: "http", status: 412, attempts: 2 });
  });

  it("is a 412 at once when the first attempt already meets a stale ETag", async () => {
    const target = await settingsServer({});
    const error = await apiFailure(
      clientFor(target).putAuthenticationSettings("acme", 604800, '"v0"', context),
    );
    expect(error).toMatchObject({ status: 412, attempts: 1 });
    expect(target.requests).toHaveLength(1);
  });
});

"use strict";
/**
 * The floor: the admin API spoken with nothing but node:http and a keep-alive agent, no
 * retries, no validation, no model. What the CLI costs on top of this is its own.
 */
const http = require("node:http");

const REQUEST_TIMEOUT_MS = 60_000;
const MAX_PAGES = 100_000;

/**
 * A keep-alive HTTP client for one emulator, limited to loopback. `token` may be undefined
 * for the emulator's control routes, which take none.
 */
function bareClient(baseUrl, token, maxSockets = 8) {
  const base = new URL(baseUrl);
  if (!["127.0.0.1", "[::1]", "localhost"].includes(base.hostname)) {
    throw new Error(`the benchmark talks to loopback only, not ${base.hostname}`);
  }
  const agent = new http.Agent({ keepAlive: true, maxSockets });
  const auth = token === undefined ? {} : { authorization: `Bearer ${token}` };
  const send = (method, pathAndQuery, headers = {}, body) =>
    request(agent, base, method, pathAndQuery, { ...auth, ...headers }, body);
  return { send, close: () => agent.destroy() };
}

/** Resolves with `{ status, body }` (body parsed as JSON when there is one). */
function request(agent, base, method, pathAndQuery, headers, body) {
  const payload = body === undefined ? undefined : Buffer.from(JSON.stringify(body));
  const options = {
    agent,
    host: base.hostname.replace(/^\[|\]$/g, ""),
    port: base.port,
    method,
    path: pathAndQuery,
    headers: payload === undefined
      ? headers
      : { ...headers, "content-type": "application/json", "content-length": payload.length },
    timeout: REQUEST_TIMEOUT_MS,
  };
  return new Promise((resolve, reject) => {
    const req = http.request(options, (res) => {
      const chunks = [];
      res.on("data", (chunk) => chunks.push(chunk));
      res.on("end", () => {
        const text = Buffer.concat(chunks).toString("utf8");
        resolve({ status: res.statusCode, body: text === "" ? undefined : JSON.parse(text) });
      });
      res.on("error", reject);
    });
    req.on("timeout", () => req.destroy(new Error(`${method} ${pathAndQuery} timed out`)));
    req.on("error", reject);
    req.end(payload);
  });
}

/**
 * Pages through one listing at `limit` and resolves with `{ items, pages }` (the count of
 * items, not the items: the floor keeps nothing).
 */
async function pageAll(client, listingPath, limit) {
  let items = 0;
  let cursor;
  for (let pages = 1; pages <= MAX_PAGES; pages += 1) {
    const after = cursor === undefined ? "" : `&cursor=${encodeURIComponent(cursor)}`;
    const { status, body } = await client.send("GET", `${listingPath}?limit=${limit}${after}`);
    if (status !== 200) throw new Error(`GET ${listingPath} answered ${status}`);
    items += body.items.length;
    if (body.nextCursor === null) return { items, pages };
    cursor = body.nextCursor;
  }
  throw new Error(`GET ${listingPath} still had pages after ${MAX_PAGES}`);
}

module.exports = { bareClient, pageAll };

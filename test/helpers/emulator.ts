/**
 * Test helpers around the real emulator: start it on a free loopback port with a seed,
 * and talk to it over HTTP with Node's fetch.
 */
import { randomUUID } from "node:crypto";
import type { Role, Session } from "../../src/api/types";
import {
  DEMO_TOKENS,
  startEmulator,
  type EmulatorConfig,
  type RunningEmulator,
  type SeedDocument,
} from "../../src/emulator";
import { assertMatchesOpenApi, pathTemplateOf } from "./openapi";

export type TestTokens = Partial<Record<Role, string>>;

export interface TestEmulator extends RunningEmulator {
  /** A token of each role the seed defines (for "demo": the four demo tokens). */
  tokens: TestTokens;
}

/**
 * Starts an emulator on 127.0.0.1, port 0, with control routes on (override in `extra`).
 * Close it in afterEach/afterAll.
 */
export async function startTestEmulator(
  seed: SeedDocument | "demo" = "demo",
  extra: EmulatorConfig = {},
): Promise<TestEmulator> {
  const emulator = await startEmulator({
    control: true,
    ...extra,
    seed,
    port: 0,
    host: "127.0.0.1",
  });
  return { ...emulator, tokens: seed === "demo" ? { ...DEMO_TOKENS } : tokensOf(seed) };
}

/** The first token of each role, over every organization of the seed. */
function tokensOf(seed: SeedDocument): TestTokens {
  const tokens: TestTokens = {};
  for (const organization of seed.organizations) {
    for (const token of organization.tokens ?? []) tokens[token.role] ??= token.token;
  }
  return tokens;
}

export interface ApiResponse {
  status: number;
  headers: Headers;
  /** The media type without parameters, e.g. "application/problem+json"; "" without a body. */
  contentType: string;
  /** Parsed JSON, the raw text when the body is not JSON, or undefined when empty. */
  // Tests read into answers freely; the OpenAPI check (validate) is what types them.
  body: any;
}

export interface RequestOptions {
  /** A JSON value, or a string/Buffer sent as is. */
  body?: unknown;
  headers?: Record<string, string>;
}

export interface ApiOptions {
  /** Check every response against schemas/admin-api.openapi.yaml (throws on a mismatch). */
  validate?: boolean;
}

export interface TestApi {
  request(method: string, path: string, options?: RequestOptions): Promise<ApiResponse>;
  get(path: string, headers?: Record<string, string>): Promise<ApiResponse>;
  put(path: string, body: unknown, headers?: Record<string, string>): Promise<ApiResponse>;
  post(path: string, body: unknown, headers?: Record<string, string>): Promise<ApiResponse>;
  delete(path: string, headers?: Record<string, string>): Promise<ApiResponse>;
}

/**
 * A tiny request helper: `path` is relative to the emulator's URL (e.g.
 * "/v1/organizations/acme/sessions"); the token, when given, goes in Authorization.
 */
export function api(emulator: RunningEmulator, token?: string, options: ApiOptions = {}): TestApi {
  const request = async (
    method: string,
    path: string,
    init: RequestOptions = {},
  ): Promise<ApiResponse> => {
    const headers: Record<string, string> = {
      ...(token === undefined ? {} : { Authorization: `Bearer ${token}` }),
    };
    let body: string | Buffer | undefined;
    if (init.body !== undefined) {
      body =
        typeof init.body === "string" || Buffer.isBuffer(init.body)
          ? init.body
          : JSON.stringify(init.body);
      headers["Content-Type"] = "application/json";
    }
    const response = await fetch(`${emulator.url}${path}`, {
      method,
      headers: { ...headers, ...init.headers },
      body,
    });
    const received = await readResponse(response);
    if (options.validate === true) {
      const template = pathTemplateOf(path);
      assertMatchesOpenApi(
        method,
        template ?? path,
        received.status,
        received.contentType,
        received.body,
      );
    }
    return received;
  };
  return {
    request,
    get: (path, headers) => request("GET", path, { headers }),
    put: (path, body, headers) => request("PUT", path, { body, headers }),
    post: (path, body, headers) => request("POST", path, { body, headers }),
    delete: (path, headers) => request("DELETE", path, { headers }),
  };
}

async function readResponse(response: Response): Promise<ApiResponse> {
  const text = await response.text();
  const contentType = (response.headers.get("content-type") ?? "").split(";")[0]?.trim() ?? "";
  let body: unknown = text === "" ? undefined : text;
  if (text !== "" && /json$/.test(contentType)) body = JSON.parse(text);
  return { status: response.status, headers: response.headers, contentType, body };
}

/** Headers of a write: the actor (required) and optional rule id and reason, encoded. */
export function writeHeaders(
  actor = "test-actor",
  extra: { ruleId?: string; reason?: string; idempotencyKey?: string | null } = {},
): Record<string, string> {
  const headers: Record<string, string> = { "X-NordPass-Actor": encodeURIComponent(actor) };
  if (extra.ruleId !== undefined) headers["X-NordPass-Rule-Id"] = encodeURIComponent(extra.ruleId);
  if (extra.reason !== undefined) headers["X-NordPass-Reason"] = encodeURIComponent(extra.reason);
  if (extra.idempotencyKey !== null) {
    headers["Idempotency-Key"] = extra.idempotencyKey ?? randomUUID();
  }
  return headers;
}

/** The /_emulator/ control routes (the emulator must run with control: true). */
export function control(emulator: RunningEmulator, options: ApiOptions = {}) {
  const http = api(emulator, undefined, options);
  const ok = (response: ApiResponse, status = 200): ApiResponse["body"] => {
    if (response.status !== status) {
      throw new Error(
        `control route answered ${response.status}: ${JSON.stringify(response.body)}`,
      );
    }
    return response.body;
  };
  return {
    /** Simulates a login: adds a session to an existing member. */
    login: async (
      org: string,
      session: Partial<Session> & { memberEmail: string },
    ): Promise<Session> =>
      ok(await http.post(`/_emulator/organizations/${org}/sessions`, session), 201),
    now: async (): Promise<string> => ok(await http.get("/_emulator/clock")).now,
    setClock: async (instant: string): Promise<string> =>
      ok(await http.post("/_emulator/clock", { set: instant })).now,
    advanceClock: async (seconds: number): Promise<string> =>
      ok(await http.post("/_emulator/clock", { advanceSeconds: seconds })).now,
    requests: async (): Promise<{ total: number; byRoute: Record<string, number> }> =>
      ok(await http.get("/_emulator/requests")),
    resetRequests: async (): Promise<void> => {
      ok(await http.post("/_emulator/requests/reset", {}));
    },
  };
}

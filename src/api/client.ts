/**
 * The admin API client: AdminApi over HTTP with axios. Every guarantee of the contract's
 * "What holds under faults and bad input" lives in Transport; this file maps each API call
 * to its route, headers and answer shape.
 */
import { ExternalError } from "../errors";
import { type Logger, silentLogger } from "../logger";
import { ApiError, isApiErrorWithStatus } from "./errors";
import { apiMessages, requestLabel } from "./messages";
import { problemCode } from "./http-errors";
import { forEachPage, type PagedRead, readAllPages } from "./paging";
import { DEFAULT_BASE_DELAY_MS, DEFAULT_MAX_ATTEMPTS, DEFAULT_RETRY_AFTER_CAP_MS } from "./retry";
import { asBatchResult, asPage, asRevokedCount, asSessionLength } from "./shapes";
import { isWellFormedToken } from "./token";
import { type Answer, type RequestSpec, Transport } from "./transport";
import {
  type AdminApi,
  type AuditEvent,
  type BatchRevokeResult,
  type ListOptions,
  MAX_BATCH_REVOKE,
  MAX_PAGE_LIMIT,
  type Member,
  type Page,
  type PageHandler,
  type ProblemDetails,
  type Session,
  type VersionedSettings,
  type WriteContext,
} from "./types";
import { assertSafeBaseUrl } from "./url";

export interface ClientOptions {
  /** e.g. "http://127.0.0.1:8080"; the client appends /v1/organizations/{org}/... */
  baseUrl: string;
  /** Sent only in the Authorization header; never in an error, log line or message. */
  token: string;
  /** Timeout of each request (each attempt), in milliseconds. */
  timeoutMs: number;
  /** Budget of the whole run from client creation; after it every call fails fast. */
  budgetMs: number;
  /** Most requests in flight at once, across every call of this client. */
  concurrency: number;
  /** Attempts per request, the first included. Default 5. */
  maxAttempts?: number;
  /** A longer Retry-After fails the call at once instead of waiting. Default 60_000. */
  retryAfterCapMs?: number;
  /** Base of the full-jitter exponential backoff. Default 250. */
  baseDelayMs?: number;
  /** Retries are logged at debug, long waits at warn. Silent by default. */
  logger?: Logger;
}

/** AdminApi plus counters of what was sent. */
export type AdminClient = AdminApi & {
  /** Requests sent (each attempt counts) and of them, retries. */
  readonly stats: { requests: number; retries: number };
};

/**
 * A client for the admin API at `options.baseUrl`.
 * @throws ExternalError at once, before any request, for plain http:// to a host that is
 * not loopback, or a malformed token.
 */
export function createAdminClient(options: ClientOptions): AdminClient {
  const baseUrl = assertSafeBaseUrl(options.baseUrl);
  if (!isWellFormedToken(options.token)) {
    throw new ExternalError(apiMessages.tokenMalformed("the client options"), {
      hint: apiMessages.tokenMalformedHint(),
    });
  }
  checkPositive("timeoutMs", options.timeoutMs);
  checkPositive("budgetMs", options.budgetMs);
  checkWhole("concurrency", options.concurrency);
  checkWhole("maxAttempts", options.maxAttempts ?? DEFAULT_MAX_ATTEMPTS);

  const transport = new Transport({
    baseUrl,
    token: options.token,
    timeoutMs: options.timeoutMs,
    budgetMs: options.budgetMs,
    concurrency: options.concurrency,
    maxAttempts: options.maxAttempts ?? DEFAULT_MAX_ATTEMPTS,
    retryAfterCapMs: options.retryAfterCapMs ?? DEFAULT_RETRY_AFTER_CAP_MS,
    baseDelayMs: options.baseDelayMs ?? DEFAULT_BASE_DELAY_MS,
    logger: options.logger ?? silentLogger,
  });
  return new HttpAdminClient(transport);
}

function checkPositive(name: string, value: number): void {
  if (!(value > 0) || !Number.isFinite(value)) {
    throw new RangeError(`${name} must be a positive number of milliseconds, got ${value}`);
  }
}

function checkWhole(name: string, value: number): void {
  if (!Number.isInteger(value) || value < 1) {
    throw new RangeError(`${name} must be a whole number of at least 1, got ${value}`);
  }
}

/**
 * A 404 of DELETE /sessions/{id} means the session is gone, unless the problem says the
 * organization or the route is unknown: those must not pass for a finished revocation.
 */
function isSessionGone(status: number, problem: ProblemDetails | undefined): boolean {
  const code = problemCode(problem);
  return status === 404 && code !== "organization-not-found" && code !== "route-not-found";
}

function organizationPath(org: string, route: string): string {
  return `/v1/organizations/${encodeURIComponent(org)}${route}`;
}

/** The audit headers of a write; percent-encoded so any UTF-8 text fits a header. */
function auditHeaders(context: WriteContext): Record<string, string> {
  const headers: Record<string, string> = { "X-NordPass-Actor": encodeURIComponent(context.actor) };
  if (context.ruleId !== undefined) {
    headers["X-NordPass-Rule-Id"] = encodeURIComponent(context.ruleId);
  }
  if (context.reason !== undefined) {
    headers["X-NordPass-Reason"] = encodeURIComponent(context.reason);
  }
  return headers;
}

class HttpAdminClient implements AdminClient {
  constructor(private readonly transport: Transport) {}

  get stats(): { requests: number; retries: number } {
    return { ...this.transport.stats };
  }

  async getAuthenticationSettings(org: string): Promise<VersionedSettings> {
    const spec: RequestSpec = {
      method: "GET",
      path: organizationPath(org, "/settings/authentication"),
      notFound: { org },
    };
    return this.versionedSettings(spec, await this.transport.send(spec));
  }

  async putAuthenticationSettings(
    org: string,
    sessionLengthSeconds: number,
    etag: string,
    context: WriteContext,
  ): Promise<VersionedSettings> {
    const spec: RequestSpec = {
      method: "PUT",
      path: organizationPath(org, "/settings/authentication"),
      headers: { ...auditHeaders(context), "If-Match": etag },
      body: { sessionLengthSeconds },
      notFound: { org },
    };
    try {
      return this.versionedSettings(spec, await this.transport.send(spec));
    } catch (error) {
      if (!isApiErrorWithStatus(error, 412) || (error.attempts ?? 1) < 2) throw error;
      return this.settingsAfterLostAnswer(org, sessionLengthSeconds, error);
    }
  }

  /**
   * A PUT retried after a lost answer meets 412 when its first attempt took effect (the
   * ETag moved with our own change). If the settings now hold the value we sent, the write
   * is done; anything else is a real change by someone else, reported as the 412.
   */
  private async settingsAfterLostAnswer(
    org: string,
    sessionLengthSeconds: number,
    stale: ApiError,
  ): Promise<VersionedSettings> {
    const current = await this.getAuthenticationSettings(org);
    if (current.sessionLengthSeconds !== sessionLengthSeconds) throw stale;
    return current;
  }

  listMembers(org: string, options?: ListOptions): Promise<Member[]> {
    return this.readAll<Member>(org, "/members", {}, options);
  }

  listSessions(org: string, options?: ListOptions & { memberId?: string }): Promise<Session[]> {
    const memberId = options?.memberId;
    return this.readAll<Session>(org, "/sessions", { memberId }, options);
  }

  forEachMemberPage(
    org: string,
    onPage: PageHandler<Member>,
    options?: ListOptions,
  ): Promise<number> {
    return forEachPage(this.pagedRead<Member>(org, "/members", {}, options), onPage);
  }

  forEachSessionPage(
    org: string,
    onPage: PageHandler<Session>,
    options?: ListOptions,
  ): Promise<number> {
    return forEachPage(this.pagedRead<Session>(org, "/sessions", {}, options), onPage);
  }

  listEvents(org: string, options?: ListOptions): Promise<AuditEvent[]> {
    return this.readAll<AuditEvent>(org, "/events", {}, options);
  }

  async deleteSession(
    org: string,
    sessionId: string,
    context: WriteContext,
  ): Promise<"revoked" | "not-found"> {
    const answer = await this.transport.send({
      method: "DELETE",
      path: organizationPath(org, `/sessions/${encodeURIComponent(sessionId)}`),
      headers: auditHeaders(context),
      accept: isSessionGone,
      notFound: { org },
    });
    return answer.status === 404 ? "not-found" : "revoked";
  }

  async revokeAllMemberSessions(
    org: string,
    memberId: string,
    context: WriteContext,
  ): Promise<{ revoked: number }> {
    const spec: RequestSpec = {
      method: "POST",
      path: organizationPath(org, `/members/${encodeURIComponent(memberId)}/sessions/revoke-all`),
      headers: auditHeaders(context),
      body: {},
      notFound: { org, memberId },
    };
    return this.expect(spec, asRevokedCount((await this.transport.send(spec)).body));
  }

  async batchRevokeSessions(
    org: string,
    sessionIds: string[],
    context: WriteContext,
  ): Promise<BatchRevokeResult> {
    if (sessionIds.length > MAX_BATCH_REVOKE) {
      throw new RangeError(apiMessages.tooManyIds(sessionIds.length, MAX_BATCH_REVOKE));
    }
    if (sessionIds.length === 0) return { revoked: [], notFound: [] };

    const spec: RequestSpec = {
      method: "POST",
      path: organizationPath(org, "/sessions/batch-revoke"),
      headers: auditHeaders(context),
      body: context.reason === undefined ? { sessionIds } : { sessionIds, reason: context.reason },
      notFound: { org },
    };
    return this.expect(spec, asBatchResult((await this.transport.send(spec)).body));
  }

  private readAll<T>(
    org: string,
    route: string,
    filter: { memberId?: string | undefined },
    options: ListOptions | undefined,
  ): Promise<T[]> {
    return readAllPages(this.pagedRead<T>(org, route, filter, options));
  }

  private pagedRead<T>(
    org: string,
    route: string,
    filter: { memberId?: string | undefined },
    options: ListOptions | undefined,
  ): PagedRead<T> {
    const path = organizationPath(org, route);
    const limit = Math.min(options?.limit ?? MAX_PAGE_LIMIT, MAX_PAGE_LIMIT);
    const fetchPage = async (cursor: string | undefined): Promise<Page<T>> => {
      const spec: RequestSpec = {
        method: "GET",
        path,
        query: { limit, ...filter, cursor },
        notFound: { org, memberId: filter.memberId },
      };
      return this.expect(spec, asPage<T>((await this.transport.send(spec)).body));
    };
    return { method: "GET", path, fetchPage, onProgress: options?.onProgress };
  }

  private versionedSettings(spec: RequestSpec, answer: Answer): VersionedSettings {
    const sessionLengthSeconds = this.expect(spec, asSessionLength(answer.body));
    const etag = answer.headers["etag"];
    if (etag === undefined || etag === "") {
      const message = apiMessages.unexpectedShape(label(spec), "an ETag header");
      throw this.transport.protocolError(spec, message);
    }
    return { sessionLengthSeconds, etag };
  }

  /** The checked value, or a protocol error naming what the answer lacked. */
  private expect<T>(spec: RequestSpec, checked: T | string): T {
    if (typeof checked === "string") {
      throw this.transport.protocolError(spec, apiMessages.unexpectedShape(label(spec), checked));
    }
    return checked;
  }
}

function label(spec: RequestSpec): string {
  return requestLabel(spec.method, spec.path);
}

export { ApiError };

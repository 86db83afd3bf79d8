/**
 * Sends requests to the admin API with the contract's guarantees: bounded concurrency, a
 * timeout per request, a budget for the whole run, and retries with jittered exponential
 * backoff and Retry-After.
 *
 * Our own retry loop rather than axios-retry: axios-retry retries inside the interceptor
 * chain, so (1) a concurrency slot would stay taken during the backoff wait, (2) each
 * attempt's timeout could not shrink to the budget left, and (3) a Retry-After past the
 * cap or past the budget could only be turned into "do not retry", losing the reason we
 * must report. The loop below is short and states each rule once.
 */
import { randomUUID } from "node:crypto";
import type { AxiosInstance } from "axios";
import type { Logger } from "../logger";
import { type AttemptOutcome, type HttpMethod, attempt, createHttp } from "./attempt";
import { ApiError } from "./errors";
import { type NotFoundSubject, httpError, readProblem } from "./http-errors";
import { type Limiter, createLimiter } from "./limiter";
import type { ProblemDetails } from "./types";
import { apiMessages, requestLabel } from "./messages";
import { redactSecrets } from "./redact";
import {
  CONNECTION_REFUSED_ATTEMPTS,
  backoffDelayMs,
  isRetryableStatus,
  isTransientNetworkCode,
  parseRetryAfter,
} from "./retry";
import { isLoopbackHost } from "./url";

export interface TransportSettings {
  /** Already checked by assertSafeBaseUrl. */
  baseUrl: string;
  token: string;
  timeoutMs: number;
  budgetMs: number;
  concurrency: number;
  maxAttempts: number;
  retryAfterCapMs: number;
  baseDelayMs: number;
  logger: Logger;
  /** For tests of the backoff; Math.random otherwise. */
  random?: () => number;
}

export interface RequestSpec {
  method: HttpMethod;
  /** Below the base URL, without the query string: /v1/organizations/acme/sessions */
  path: string;
  query?: Record<string, string | number | undefined>;
  body?: unknown;
  headers?: Record<string, string>;
  /** Error answers the caller handles itself (deleteSession: 404 of the session). */
  accept?: (status: number, problem: ProblemDetails | undefined) => boolean;
  /** What a 404 means for this request. */
  notFound: NotFoundSubject;
}

export interface Answer {
  status: number;
  headers: Record<string, string>;
  /** The parsed JSON body (the problem details for an accepted error); undefined for 204. */
  body: unknown;
}

/** A wait before the next attempt, or the answer to hand back. */
type Verdict = { answer: Answer } | { waitMs: number; reason: string };

/** Retries that wait this long or more are logged as warnings: the user sees a pause. */
const NOTICEABLE_WAIT_MS = 5_000;

export class Transport {
  readonly stats = { requests: 0, retries: 0 };
  private readonly http: AxiosInstance;
  private readonly limit: Limiter;
  private readonly deadline: number;

  constructor(private readonly settings: TransportSettings) {
    const loopback = isLoopbackHost(new URL(settings.baseUrl).hostname);
    this.http = createHttp(settings.baseUrl, settings.concurrency, loopback);
    this.limit = createLimiter(settings.concurrency);
    this.deadline = Date.now() + settings.budgetMs;
  }

  /**
   * Sends the request until it succeeds, fails for good, or the attempts or the budget run
   * out. A POST gets one Idempotency-Key, the same on every attempt.
   * @throws ApiError
   */
  async send(spec: RequestSpec): Promise<Answer> {
    const headers = this.headersFor(spec);
    const body = spec.body === undefined ? undefined : JSON.stringify(spec.body);
    const target = spec.path + queryString(spec.query);

    for (let attemptNumber = 1; ; attemptNumber += 1) {
      const outcome = await this.limit(() => this.sendOnce(spec, target, headers, body));
      const verdict = this.judge(spec, outcome, attemptNumber);
      if ("answer" in verdict) return verdict.answer;
      await this.waitBeforeRetry(spec, verdict, attemptNumber);
    }
  }

  private headersFor(spec: RequestSpec): Record<string, string> {
    const headers: Record<string, string> = {
      Accept: "application/json, application/problem+json",
      Authorization: `Bearer ${this.settings.token}`,
      "User-Agent": "nordpass-policy",
      ...spec.headers,
    };
    if (spec.body !== undefined) headers["Content-Type"] = "application/json";
    if (spec.method === "POST") headers["Idempotency-Key"] = randomUUID();
    return headers;
  }

  private async sendOnce(
    spec: RequestSpec,
    target: string,
    headers: Record<string, string>,
    body: string | undefined,
  ): Promise<AttemptOutcome & { timeoutMs: number }> {
    // Checked after the slot is ours: the wait for it may have spent the budget.
    const remaining = this.remainingMs();
    if (remaining <= 0) throw this.budgetSpent(spec);

    const timeoutMs = Math.min(this.settings.timeoutMs, remaining);
    this.stats.requests += 1;
    const request = { method: spec.method, target, headers, body, timeoutMs };
    const outcome = await attempt(this.http, request);
    return { ...outcome, timeoutMs };
  }

  private judge(
    spec: RequestSpec,
    outcome: AttemptOutcome & { timeoutMs: number },
    attemptNumber: number,
  ): Verdict {
    switch (outcome.type) {
      case "answer":
        return this.judgeAnswer(spec, outcome, attemptNumber);
      case "timeout":
        return this.judgeTimeout(spec, outcome.timeoutMs, attemptNumber);
      case "network":
        return this.judgeNetworkFailure(spec, outcome.code, attemptNumber);
      case "too-large":
        throw this.protocolError(spec, apiMessages.tooLarge(label(spec)));
    }
  }

  private judgeAnswer(
    spec: RequestSpec,
    outcome: { status: number; headers: Record<string, string>; text: string },
    attemptNumber: number,
  ): Verdict {
    const { status, headers, text } = outcome;
    if (status >= 200 && status < 300) {
      return { answer: { status, headers, body: this.parseBody(spec, status, text) } };
    }
    if (status >= 300 && status < 400) {
      throw this.protocolError(spec, apiMessages.redirected(label(spec), status));
    }

    const problem = readProblem(text, status, (value) => this.scrub(value));
    if (spec.accept?.(status, problem) === true) {
      return { answer: { status, headers, body: problem } };
    }
    if (!isRetryableStatus(status)) {
      const { baseUrl } = this.settings;
      throw httpError({ ...spec, status, problem, baseUrl, attempts: attemptNumber });
    }
    if (attemptNumber >= this.settings.maxAttempts) {
      throw new ApiError(apiMessages.gaveUp(label(spec), status, attemptNumber, problem), {
        kind: "http",
        method: spec.method,
        path: spec.path,
        status,
        problem,
        attempts: attemptNumber,
        hint: apiMessages.gaveUpHint(),
      });
    }
    const waitMs = this.retryWait(spec, status, headers, attemptNumber);
    return { waitMs, reason: `status ${status}` };
  }

  /** Retry-After when the answer has one (up to the cap), else jittered backoff. */
  private retryWait(
    spec: RequestSpec,
    status: number,
    headers: Record<string, string>,
    attemptNumber: number,
  ): number {
    const asked = parseRetryAfter(headers["retry-after"], Date.now());
    if (asked === undefined) return this.backoff(attemptNumber);
    const cap = this.settings.retryAfterCapMs;
    if (asked > cap) {
      throw new ApiError(apiMessages.retryAfterTooLong(label(spec), asked, cap), {
        kind: "retry-after",
        method: spec.method,
        path: spec.path,
        status,
      });
    }
    return asked;
  }

  private judgeTimeout(spec: RequestSpec, timeoutMs: number, attemptNumber: number): Verdict {
    // A timeout shortened to the budget's remainder means the budget is what ran out.
    if (timeoutMs < this.settings.timeoutMs) {
      throw new ApiError(apiMessages.budgetRanOut(label(spec), this.settings.budgetMs), {
        kind: "budget",
        method: spec.method,
        path: spec.path,
        attempts: attemptNumber,
        hint: apiMessages.budgetHint(),
      });
    }
    if (attemptNumber >= this.settings.maxAttempts) {
      throw new ApiError(apiMessages.timedOut(label(spec), timeoutMs, attemptNumber), {
        kind: "timeout",
        method: spec.method,
        path: spec.path,
        attempts: attemptNumber,
        hint: apiMessages.timedOutHint(),
      });
    }
    return { waitMs: this.backoff(attemptNumber), reason: `no answer within ${timeoutMs} ms` };
  }

  private judgeNetworkFailure(spec: RequestSpec, code: string, attemptNumber: number): Verdict {
    const refused = code === "ECONNREFUSED";
    const limit = refused
      ? Math.min(CONNECTION_REFUSED_ATTEMPTS, this.settings.maxAttempts)
      : this.settings.maxAttempts;
    if ((refused || isTransientNetworkCode(code)) && attemptNumber < limit) {
      return { waitMs: this.backoff(attemptNumber), reason: code };
    }
    throw this.networkError(spec, code, attemptNumber);
  }

  private networkError(spec: RequestSpec, code: string, attempts: number): ApiError {
    const base = { kind: "network" as const, method: spec.method, path: spec.path, attempts };
    const url = this.settings.baseUrl;
    if (code === "ECONNREFUSED") {
      return new ApiError(apiMessages.connectionRefused(url, attempts), {
        ...base,
        hint: apiMessages.connectionRefusedHint(),
      });
    }
    if (code === "ENOTFOUND") {
      return new ApiError(apiMessages.hostNotFound(url, code), {
        ...base,
        hint: apiMessages.hostNotFoundHint(),
      });
    }
    return new ApiError(apiMessages.networkFailed(label(spec), code, attempts), {
      ...base,
      hint: apiMessages.networkFailedHint(),
    });
  }

  private async waitBeforeRetry(
    spec: RequestSpec,
    verdict: { waitMs: number; reason: string },
    attemptNumber: number,
  ): Promise<void> {
    const remaining = this.remainingMs();
    if (verdict.waitMs >= remaining) {
      const message = apiMessages.budgetTooShortForWait(label(spec), verdict.waitMs, remaining);
      throw new ApiError(message, {
        kind: "budget",
        method: spec.method,
        path: spec.path,
        hint: apiMessages.budgetHint(),
      });
    }
    this.stats.retries += 1;
    const line =
      `${label(spec)}: ${verdict.reason}; attempt ${attemptNumber + 1} of ` +
      `${this.settings.maxAttempts} in ${verdict.waitMs} ms`;
    if (verdict.waitMs >= NOTICEABLE_WAIT_MS) this.settings.logger.warn(line);
    else this.settings.logger.debug(line);
    await sleep(verdict.waitMs);
  }

  private parseBody(spec: RequestSpec, status: number, text: string): unknown {
    if (text.trim() === "") return undefined;
    try {
      return JSON.parse(text) as unknown;
    } catch {
      throw this.protocolError(spec, apiMessages.notJson(label(spec), status));
    }
  }

  /** For callers that find a well-formed answer lacking what the API documents. */
  protocolError(spec: Pick<RequestSpec, "method" | "path">, message: string): ApiError {
    return new ApiError(message, {
      kind: "protocol",
      method: spec.method,
      path: spec.path,
      hint: apiMessages.protocolHint(),
    });
  }

  private budgetSpent(spec: RequestSpec): ApiError {
    return new ApiError(apiMessages.budgetSpent(label(spec), this.settings.budgetMs), {
      kind: "budget",
      method: spec.method,
      path: spec.path,
      hint: apiMessages.budgetHint(),
    });
  }

  private backoff(attemptNumber: number): number {
    return backoffDelayMs(attemptNumber, this.settings.baseDelayMs, this.settings.random);
  }

  private remainingMs(): number {
    return this.deadline - Date.now();
  }

  private scrub(text: string): string {
    return redactSecrets(text, [this.settings.token]);
  }
}

function label(spec: Pick<RequestSpec, "method" | "path">): string {
  return requestLabel(spec.method, spec.path);
}

function queryString(query: RequestSpec["query"]): string {
  if (query === undefined) return "";
  const params = new URLSearchParams();
  for (const [name, value] of Object.entries(query)) {
    if (value !== undefined) params.append(name, String(value));
  }
  const text = params.toString();
  return text === "" ? "" : `?${text}`;
}

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

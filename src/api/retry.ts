/**
 * The pure parts of the retry policy: which outcomes are worth another attempt, how long
 * to wait before it, and what a Retry-After header asks for.
 */

export const DEFAULT_MAX_ATTEMPTS = 5;
export const DEFAULT_BASE_DELAY_MS = 250;
export const DEFAULT_RETRY_AFTER_CAP_MS = 60_000;
/** No backoff wait grows past this, however many attempts. */
export const MAX_BACKOFF_MS = 10_000;
/**
 * A refused connection on the first attempts usually means a wrong URL or a server that
 * is not running, not a passing fault: try this many times, then say so.
 */
export const CONNECTION_REFUSED_ATTEMPTS = 2;

/** Socket failures that a new connection may not meet again. */
const TRANSIENT_NETWORK_CODES: ReadonlySet<string> = new Set([
  "ECONNRESET",
  "EPIPE",
  "ETIMEDOUT",
  "ECONNABORTED",
  "EAI_AGAIN",
  "ENETUNREACH",
  "EHOSTUNREACH",
  "ENETDOWN",
  "EHOSTDOWN",
  "ERR_SOCKET_CONNECTION_TIMEOUT",
]);

/**
 * Full-jitter exponential backoff: a uniform wait in [0, min(cap, base * 2^(retry-1))).
 * @param retryNumber 1 for the wait before the second attempt, 2 before the third, ...
 * @param random a source of numbers in [0, 1); tests pass a fixed one.
 */
export function backoffDelayMs(
  retryNumber: number,
  baseDelayMs: number,
  random: () => number = Math.random,
): number {
  const ceiling = Math.min(MAX_BACKOFF_MS, baseDelayMs * 2 ** Math.max(0, retryNumber - 1));
  return Math.floor(random() * ceiling);
}

/**
 * The wait a Retry-After header asks for, in milliseconds: delay-seconds or an HTTP-date
 * (a date in the past means no wait). Undefined when absent or unreadable.
 */
export function parseRetryAfter(value: string | undefined, nowMs: number): number | undefined {
  if (value === undefined) return undefined;
  const text = value.trim();
  if (/^\d+(\.\d+)?$/.test(text)) return Math.round(Number(text) * 1000);

  // Only a date with a weekday or month name: Date.parse alone reads "12" as a year.
  if (!/[a-z]{3}/i.test(text)) return undefined;
  const at = Date.parse(text);
  if (Number.isNaN(at)) return undefined;
  return Math.max(0, at - nowMs);
}

/** 429 and 5xx, except 501 (Not Implemented will not change on a retry). */
export function isRetryableStatus(status: number): boolean {
  return status === 429 || (status >= 500 && status <= 599 && status !== 501);
}

/** Network failures worth a new attempt; ECONNREFUSED is handled apart (see above). */
export function isTransientNetworkCode(code: string): boolean {
  return TRANSIENT_NETWORK_CODES.has(code);
}

import { describe, expect, it } from "vitest";
import {
  MAX_BACKOFF_MS,
  backoffDelayMs,
  isRetryableStatus,
  isTransientNetworkCode,
  parseRetryAfter,
} from "../../src/api/retry";

describe("backoff", () => {
  it("doubles the ceiling with each retry and jitters below it", () => {
    const top = () => 0.999999;
    expect(backoffDelayMs(1, 250, top)).toBe(249);
    expect(backoffDelayMs(2, 250, top)).toBe(499);
    expect(backoffDelayMs(3, 250, top)).toBe(999);
    expect(backoffDelayMs(1, 250, () => 0)).toBe(0);
    expect(backoffDelayMs(2, 250, () => 0.5)).toBe(250);
  });

  it("never waits longer than the backoff cap", () => {
    expect(backoffDelayMs(30, 250, () => 0.999999)).toBeLessThan(MAX_BACKOFF_MS);
    expect(backoffDelayMs(1000, 250, () => 0.999999)).toBeLessThan(MAX_BACKOFF_MS);
  });

  it("spreads the waits of many clients (full jitter)", () => {
    const waits = new Set(Array.from({ length: 50 }, () => backoffDelayMs(4, 250)));
    expect(waits.size).toBeGreaterThan(10);
    for (const wait of waits) expect(wait).toBeLessThan(2000);
  });
});

describe("Retry-After", () => {
  const now = Date.parse("2026-12-03T12:00:00Z");

  it("reads delay-seconds", () => {
    expect(parseRetryAfter("1", now)).toBe(1000);
    expect(parseRetryAfter(" 300 ", now)).toBe(300_000);
    expect(parseRetryAfter("0", now)).toBe(0);
  });

  it("reads an HTTP-date, and a date in the past as no wait", () => {
    expect(parseRetryAfter("Thu, 03 Dec 2026 12:00:30 GMT", now)).toBe(30_000);
    expect(parseRetryAfter("Thu, 03 Dec 2026 11:00:00 GMT", now)).toBe(0);
  });

  it("ignores what it cannot read", () => {
    expect(parseRetryAfter(undefined, now)).toBeUndefined();
    expect(parseRetryAfter("soon", now)).toBeUndefined();
    expect(parseRetryAfter("-5", now)).toBeUndefined();
    expect(parseRetryAfter("", now)).toBeUndefined();
  });
});

describe("what is retried", () => {
  it("retries 429 and 5xx except 501, and no other status", () => {
    for (const status of [429, 500, 502, 503, 504, 599]) {
      expect(isRetryableStatus(status)).toBe(true);
    }
    for (const status of [400, 401, 403, 404, 409, 412, 422, 428, 501]) {
      expect(isRetryableStatus(status)).toBe(false);
    }
  });

  it("retries broken connections but not an unknown host", () => {
    expect(isTransientNetworkCode("ECONNRESET")).toBe(true);
    expect(isTransientNetworkCode("EPIPE")).toBe(true);
    expect(isTransientNetworkCode("ENOTFOUND")).toBe(false);
  });
});

/** Requests per second per token when no rate limit is configured. */
export const DEFAULT_RATE_LIMIT = 50_000;

/**
 * A token bucket per token (or per client address for requests without one): `perSecond`
 * requests a second on average, bursts up to `perSecond`. Wall-clock time, not the
 * emulator's clock, so moving the clock never trips or resets it.
 */
export class RateLimiter {
  private readonly buckets = new Map<string, { tokens: number; updatedMs: number }>();

  constructor(private readonly perSecond: number) {}

  /** 0 when the request may go on, else the seconds to wait (at least 1). */
  take(key: string, nowMs = Date.now()): number {
    const bucket = this.buckets.get(key) ?? { tokens: this.perSecond, updatedMs: nowMs };
    bucket.tokens = Math.min(
      this.perSecond,
      bucket.tokens + ((nowMs - bucket.updatedMs) / 1000) * this.perSecond,
    );
    bucket.updatedMs = nowMs;
    this.buckets.set(key, bucket);
    if (bucket.tokens >= 1) {
      bucket.tokens -= 1;
      return 0;
    }
    return Math.max(1, Math.ceil((1 - bucket.tokens) / this.perSecond));
  }
}

import { seededRandom, type Random } from "./prng";

/**
 * Faults injected at given rates (each 0..1), for reliability tests:
 * - latency: added to every answer;
 * - error5xx: 503 or 500 before any work, so the request had no effect;
 * - error5xxAfter: 500 after the work of a write was done and committed, which is what
 *   a retry with the same Idempotency-Key must survive;
 * - rate429: 429 with Retry-After: 1, before any work;
 * - drop: the connection is closed without an answer, before any work.
 */
export interface FaultSpec {
  latencyMs: number;
  error5xx: number;
  error5xxAfter: number;
  rate429: number;
  drop: number;
}

export const NO_FAULTS: FaultSpec = {
  latencyMs: 0,
  error5xx: 0,
  error5xxAfter: 0,
  rate429: 0,
  drop: 0,
};

/** A --faults text that cannot be read; `message` says which part and why. */
export class FaultSpecError extends Error {
  override name = "FaultSpecError";
}

const RATE_KEYS = ["error5xx", "error5xxAfter", "rate429", "drop"] as const;

/** Reads "latency=50ms,error5xx=0.1,rate429=0.05,drop=0.02,error5xxAfter=0.05". */
export function parseFaults(text: string): FaultSpec {
  const spec: FaultSpec = { ...NO_FAULTS };
  for (const part of text
    .split(",")
    .map((p) => p.trim())
    .filter((p) => p !== "")) {
    const [key, value, extra] = part.split("=");
    if (value === undefined || extra !== undefined) {
      throw new FaultSpecError(`fault "${part}" is not KEY=VALUE`);
    }
    if (key === "latency") spec.latencyMs = parseLatency(value);
    else if ((RATE_KEYS as readonly string[]).includes(key as string)) {
      spec[key as (typeof RATE_KEYS)[number]] = parseRate(key as string, value);
    } else {
      throw new FaultSpecError(`unknown fault "${key}"; known: latency, ${RATE_KEYS.join(", ")}`);
    }
  }
  return spec;
}

function parseLatency(value: string): number {
  const match = /^(\d+)(ms|s)$/.exec(value);
  if (match === null)
    throw new FaultSpecError(`latency "${value}" is not a duration like 50ms or 1s`);
  return Number(match[1]) * (match[2] === "s" ? 1000 : 1);
}

function parseRate(key: string, value: string): number {
  const rate = /^(0(\.\d+)?|1(\.0+)?|\.\d+)$/.test(value) ? Number(value) : NaN;
  if (Number.isNaN(rate))
    throw new FaultSpecError(`${key} rate "${value}" is not a number from 0 to 1`);
  return rate;
}

export type EarlyFault = "drop" | "rate429" | "error503" | "error500" | undefined;

/** Draws faults from a seeded generator, so a test with a faultSeed sees the same faults. */
export class FaultInjector {
  private readonly random: Random;

  constructor(
    readonly spec: FaultSpec,
    seed: number,
  ) {
    this.random = seededRandom(seed);
  }

  /** The fault that replaces this request before any work, if any. */
  early(): EarlyFault {
    if (this.draw(this.spec.drop)) return "drop";
    if (this.draw(this.spec.rate429)) return "rate429";
    if (this.draw(this.spec.error5xx)) return this.random.next() < 0.5 ? "error503" : "error500";
    return undefined;
  }

  /** Whether a write that has taken effect is answered with a 500 anyway. */
  afterWrite(): boolean {
    return this.draw(this.spec.error5xxAfter);
  }

  /** Draws only for rates above zero, so enabling one fault does not shift the others. */
  private draw(rate: number): boolean {
    return rate > 0 && this.random.next() < rate;
  }
}

/**
 * A bound on the requests in flight across one client.
 *
 * Our own few lines rather than p-limit: p-limit's current major versions are ESM-only and
 * this package compiles to CommonJS, where `require` of an ES module is not available on
 * every Node 20 release we support.
 */

/** Runs a task once a slot is free; the slot is held until the task settles. */
export type Limiter = <T>(task: () => Promise<T>) => Promise<T>;

/** @param maxInFlight at least 1 */
export function createLimiter(maxInFlight: number): Limiter {
  if (!Number.isInteger(maxInFlight) || maxInFlight < 1) {
    throw new RangeError(`concurrency must be a whole number of at least 1, got ${maxInFlight}`);
  }
  let inFlight = 0;
  const waiting: Array<() => void> = [];

  const release = (): void => {
    const next = waiting.shift();
    if (next === undefined) inFlight -= 1;
    else next(); // the slot passes straight to the next task
  };

  const acquire = (): Promise<void> => {
    if (inFlight < maxInFlight) {
      inFlight += 1;
      return Promise.resolve();
    }
    return new Promise((resolve) => waiting.push(resolve));
  };

  return async <T>(task: () => Promise<T>): Promise<T> => {
    await acquire();
    try {
      return await task();
    } finally {
      release();
    }
  };
}

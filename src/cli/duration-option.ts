/**
 * Durations on the command line (--timeout, --budget): a whole number and one unit,
 * "500ms", "30s", "10m" or "1h".
 */
import { UsageError } from "../errors";

const UNIT_MS: Record<string, number> = { ms: 1, s: 1000, m: 60_000, h: 3_600_000 };

/** Milliseconds of `text`; a UsageError naming `option` when it is not a positive duration. */
export function parseDurationOption(text: string, option: string): number {
  const match = /^(\d+)(ms|s|m|h)$/.exec(text.trim());
  const ms = match ? Number(match[1]) * (UNIT_MS[match[2] as string] as number) : 0;
  if (!match || ms <= 0) {
    throw new UsageError(
      `${option} ${JSON.stringify(text)} is not a duration; write a positive whole number ` +
        'with one unit: "500ms", "30s", "10m" or "1h"',
    );
  }
  return ms;
}

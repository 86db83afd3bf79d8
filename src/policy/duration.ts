/**
 * Session length text: a preset (1h, 4h, 1d, 7d, 30d) or a custom interval written with
 * d, h and m units in that order (36h, 1d12h, 90m). The admin API counts in seconds; the
 * policy language counts in minutes, so live values that are not whole minutes format with
 * a trailing seconds part ("1h30m15s") that parseSessionLength then rejects on purpose.
 */

/** The admin API accepts 3600..2592000 seconds. */
export const MIN_SESSION_LENGTH_SECONDS = 3600;
export const MAX_SESSION_LENGTH_SECONDS = 30 * 86400;
/** Above this a policy gets a warning: 7 days is the recommended interval. */
export const RECOMMENDED_MAX_SESSION_LENGTH_SECONDS = 7 * 86400;

/** The presets the Admin Panel offers; any other value in range is a custom interval. */
export const SESSION_LENGTH_PRESETS = ["1h", "4h", "1d", "7d", "30d"] as const;

const GRAMMAR = /^(?:(\d{1,6})d)?(?:(\d{1,6})h)?(?:(\d{1,6})m)?$/;

const UNITS: ReadonlyArray<readonly [string, number]> = [
  ["d", 86400],
  ["h", 3600],
  ["m", 60],
  ["s", 1],
];

/**
 * Parses duration text into seconds. Checks only the grammar; the 1 hour to 30 days range
 * is `sessionLengthInRange`'s job, so that each problem gets its own message.
 */
export function parseSessionLength(text: string): { seconds: number } | { error: string } {
  const found = GRAMMAR.exec(text);
  if (text === "" || !found) {
    return { error: "expected days, hours and minutes in that order, like 7d, 36h, 1d12h or 90m" };
  }
  const [days, hours, minutes] = [found[1], found[2], found[3]].map((part) => Number(part ?? 0));
  return { seconds: days! * 86400 + hours! * 3600 + minutes! * 60 };
}

/** True when the admin API accepts the length: 1 hour to 30 days inclusive. */
export function sessionLengthInRange(seconds: number): boolean {
  return seconds >= MIN_SESSION_LENGTH_SECONDS && seconds <= MAX_SESSION_LENGTH_SECONDS;
}

/**
 * Canonical text for a whole number of seconds, largest units first and zero units left out:
 * 604800 -> "7d", 129600 -> "1d12h", 5400 -> "1h30m", 0 -> "0m". Seconds that are not whole
 * minutes keep a trailing "Ns" part, which is not policy grammar.
 */
export function formatSessionLength(seconds: number): string {
  let rest = Math.max(0, Math.floor(seconds));
  let text = "";
  for (const [unit, size] of UNITS) {
    const count = Math.floor(rest / size);
    rest -= count * size;
    if (count > 0) text += `${count}${unit}`;
  }
  return text === "" ? "0m" : text;
}

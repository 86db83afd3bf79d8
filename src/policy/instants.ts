/** Policy instants are compared as milliseconds and shown in UTC with a trailing Z. */

/** "2026-12-01T11:00:00+01:00" -> "2026-12-01T10:00:00Z"; milliseconds kept only when set. */
export function normalizeInstant(text: string): string {
  return new Date(text).toISOString().replace(".000Z", "Z");
}

export function instantMillis(text: string): number {
  return Date.parse(text);
}

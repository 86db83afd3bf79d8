/** Deterministic plain JSON: sorted keys, no undefined, so equal meaning gives equal text. */

/** A deep copy with the keys of every object sorted and undefined members dropped. */
export function sortKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(sortKeys);
  if (value === null || typeof value !== "object") return value;
  const out: Record<string, unknown> = {};
  for (const key of Object.keys(value).sort()) {
    const member = (value as Record<string, unknown>)[key];
    if (member !== undefined && typeof member !== "function") out[key] = sortKeys(member);
  }
  return out;
}

/** JSON text with sorted keys; `indent` as for JSON.stringify. */
export function stableStringify(value: unknown, indent?: number): string {
  return JSON.stringify(sortKeys(value), null, indent);
}

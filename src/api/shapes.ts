/**
 * Light checks that an answer has the shape the admin API documents, so a wrong base URL
 * or a broken server fails with a clear protocol error instead of an undefined later.
 * Items are checked for their id only: the reconciler reads the rest by name.
 */
import type { Page } from "./types";

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

function hasStringId(item: unknown): boolean {
  return isRecord(item) && typeof item["id"] === "string";
}

/** The page, or a description of what it lacks. */
export function asPage<T>(body: unknown): Page<T> | string {
  if (!isRecord(body) || !Array.isArray(body["items"])) return "an items array";
  const nextCursor = body["nextCursor"];
  if (nextCursor !== null && nextCursor !== undefined && typeof nextCursor !== "string") {
    return "a nextCursor that is a string or null";
  }
  if (nextCursor === "") return "a non-empty nextCursor";
  if (!body["items"].every(hasStringId)) return "an id on every item";
  return { items: body["items"] as T[], nextCursor: nextCursor ?? null };
}

/** sessionLengthSeconds, or a description of what the body lacks. */
export function asSessionLength(body: unknown): number | string {
  if (!isRecord(body) || typeof body["sessionLengthSeconds"] !== "number") {
    return "a numeric sessionLengthSeconds";
  }
  return body["sessionLengthSeconds"];
}

/** The counts of a revoke-all, or a description of what the body lacks. */
export function asRevokedCount(body: unknown): { revoked: number } | string {
  if (!isRecord(body) || typeof body["revoked"] !== "number") return "a numeric revoked count";
  return { revoked: body["revoked"] };
}

/** The result of a batch revoke, or a description of what the body lacks. */
export function asBatchResult(body: unknown): { revoked: string[]; notFound: string[] } | string {
  const isIdList = (value: unknown): value is string[] =>
    Array.isArray(value) && value.every((id) => typeof id === "string");
  if (!isRecord(body) || !isIdList(body["revoked"]) || !isIdList(body["notFound"])) {
    return "revoked and notFound lists of session ids";
  }
  return { revoked: body["revoked"], notFound: body["notFound"] };
}

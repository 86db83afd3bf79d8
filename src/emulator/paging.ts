import { MAX_PAGE_LIMIT } from "../api/types";
import { problems } from "./messages";
import { ProblemError } from "./reply";

export const DEFAULT_PAGE_LIMIT = 100;

/** Where a page starts: after the item with id `afterId` ("" for the first page). */
export interface PagePosition {
  afterId: string;
  limit: number;
}

/**
 * Reads `limit` and `cursor`. Cursors are keyset positions: base64url of
 * `<kind>:<last id>`, where the kind ties a cursor to the list it came from.
 */
export function pagePosition(query: URLSearchParams, kind: string): PagePosition {
  return {
    limit: parseLimit(query.getAll("limit")),
    afterId: parseCursor(query.getAll("cursor"), kind),
  };
}

function parseLimit(values: string[]): number {
  if (values.length === 0) return DEFAULT_PAGE_LIMIT;
  const text = values[0] ?? "";
  const limit = /^[0-9]{1,5}$/.test(text) ? Number(text) : NaN;
  if (values.length > 1 || !(limit >= 1 && limit <= MAX_PAGE_LIMIT)) {
    throw new ProblemError(problems.badLimit());
  }
  return limit;
}

function parseCursor(values: string[], kind: string): string {
  if (values.length === 0) return "";
  const text = values[0] ?? "";
  const decoded = /^[A-Za-z0-9_-]+$/.test(text)
    ? Buffer.from(text, "base64url").toString("utf8")
    : "";
  const prefix = `${kind}:`;
  if (values.length > 1 || !decoded.startsWith(prefix) || decoded.length === prefix.length) {
    throw new ProblemError(problems.badCursor());
  }
  return decoded.slice(prefix.length);
}

/** The page of `items` (fetched with limit + 1) and the cursor of the next page. */
export function toPage<T extends { id: string }, U>(
  rows: T[],
  limit: number,
  kind: string,
  present: (row: T) => U,
): { items: U[]; nextCursor: string | null } {
  const page = rows.slice(0, limit);
  const last = page[page.length - 1];
  const nextCursor =
    rows.length > limit && last !== undefined
      ? Buffer.from(`${kind}:${last.id}`, "utf8").toString("base64url")
      : null;
  return { items: page.map(present), nextCursor };
}

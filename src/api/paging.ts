/**
 * Reads every page of a listing. Cursors are opaque, so the only loop guard that holds
 * for any server is memory: a cursor returned twice stops the read.
 */
import { ApiError } from "./errors";
import { apiMessages, requestLabel } from "./messages";
import type { Page } from "./types";

export interface PagedRead<T> {
  method: "GET";
  path: string;
  /** Fetches one page; `cursor` is undefined for the first. */
  fetchPage: (cursor: string | undefined) => Promise<Page<T>>;
  onProgress?: (itemsRead: number) => void;
}

/**
 * Every item of every page, in the server's order.
 * @throws ApiError of kind "cursor-loop" when a cursor comes back a second time.
 */
export async function readAllPages<T>(read: PagedRead<T>): Promise<T[]> {
  const items: T[] = [];
  const seen = new Set<string>();
  let cursor: string | undefined;

  for (;;) {
    const page = await read.fetchPage(cursor);
    items.push(...page.items);
    read.onProgress?.(items.length);
    if (page.nextCursor === null) return items;

    if (seen.has(page.nextCursor)) throw cursorLoop(read, items.length);
    seen.add(page.nextCursor);
    cursor = page.nextCursor;
  }
}

function cursorLoop(read: { method: string; path: string }, itemsRead: number): ApiError {
  return new ApiError(apiMessages.cursorLoop(requestLabel(read.method, read.path), itemsRead), {
    kind: "cursor-loop",
    method: read.method,
    path: read.path,
    hint: apiMessages.cursorLoopHint(),
  });
}

/**
 * Reads every page of a listing. Cursors are opaque, so the only loop guard that holds
 * for any server is memory: a cursor returned twice stops the read.
 */
import { ApiError } from "./errors";
import { apiMessages, requestLabel } from "./messages";
import type { Page, PageHandler } from "./types";

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
  await forEachPage(read, (page) => {
    for (const item of page) items.push(item);
  });
  return items;
}

/**
 * Hands each page's items to `onPage`, in the server's order, and resolves with the number
 * of items read. The next page is already requested while `onPage` works on this one, so
 * that the caller's work overlaps the wait for the server instead of adding to it.
 * @throws ApiError of kind "cursor-loop" when a cursor comes back a second time.
 */
export async function forEachPage<T>(read: PagedRead<T>, onPage: PageHandler<T>): Promise<number> {
  const seen = new Set<string>();
  let itemsRead = 0;
  let pending: Promise<Page<T>> | undefined = read.fetchPage(undefined);

  while (pending !== undefined) {
    const page: Page<T> = await pending;
    const cursor = page.nextCursor;
    const looped = cursor !== null && seen.has(cursor);
    pending = cursor === null || looped ? undefined : prefetch(read, cursor);
    if (cursor !== null) seen.add(cursor);

    itemsRead += page.items.length;
    await handOver(onPage, page.items, pending);
    read.onProgress?.(itemsRead);
    if (looped) throw cursorLoop(read, itemsRead);
  }
  return itemsRead;
}

/** The request of the next page; its failure surfaces when the loop awaits it. */
function prefetch<T>(read: PagedRead<T>, cursor: string): Promise<Page<T>> {
  const next = read.fetchPage(cursor);
  // Until the loop awaits it, a rejection must not count as unhandled.
  next.catch(() => undefined);
  return next;
}

/** Runs the handler; when it fails, the prefetched page is left to settle unread. */
async function handOver<T>(
  onPage: PageHandler<T>,
  items: T[],
  next: Promise<Page<T>> | undefined,
): Promise<void> {
  try {
    await onPage(items);
  } catch (error) {
    if (next !== undefined) await next.then(ignore, ignore);
    throw error;
  }
}

function ignore(): void {}

function cursorLoop(read: { method: string; path: string }, itemsRead: number): ApiError {
  return new ApiError(apiMessages.cursorLoop(requestLabel(read.method, read.path), itemsRead), {
    kind: "cursor-loop",
    method: read.method,
    path: read.path,
    hint: apiMessages.cursorLoopHint(),
  });
}

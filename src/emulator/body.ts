import type { IncomingMessage } from "node:http";

/** Request bodies above this many bytes are answered with 413. */
export const MAX_BODY_BYTES = 1024 * 1024;

/** Past this many discarded bytes the connection is cut instead of drained. */
const MAX_DRAIN_BYTES = 16 * MAX_BODY_BYTES;

export type BodyResult = { kind: "ok"; body: Buffer } | { kind: "too-large" } | { kind: "aborted" };

/**
 * Reads a request body, keeping at most `limit` bytes in memory. A larger body is counted
 * and discarded as it streams, so the client still gets its 413 answer.
 */
export function readBody(request: IncomingMessage, limit = MAX_BODY_BYTES): Promise<BodyResult> {
  return new Promise((resolve) => {
    const chunks: Buffer[] = [];
    let received = 0;
    request.on("data", (chunk: Buffer) => {
      received += chunk.length;
      if (received <= limit) chunks.push(chunk);
      else chunks.length = 0;
      if (received > MAX_DRAIN_BYTES) {
        request.destroy();
        resolve({ kind: "aborted" });
      }
    });
    request.on("end", () => {
      resolve(
        received > limit ? { kind: "too-large" } : { kind: "ok", body: Buffer.concat(chunks) },
      );
    });
    request.on("error", () => resolve({ kind: "aborted" }));
    request.on("close", () => resolve({ kind: "aborted" }));
  });
}

import { inspect } from "node:util";
import { expect } from "vitest";
import { ApiError } from "../../src/api/errors";

/** The ApiError a call rejects with (fails the test when it resolves or throws another). */
export async function apiFailure(call: Promise<unknown>): Promise<ApiError> {
  try {
    await call;
  } catch (error) {
    expect(error).toBeInstanceOf(ApiError);
    return error as ApiError;
  }
  throw new Error("the call succeeded; an ApiError was expected");
}

/** Every way an error could be printed or logged, deeply, with hidden properties. */
export function everyRendering(error: unknown): string {
  const fields = error as { message?: string; hint?: string; stack?: string; cause?: unknown };
  return [
    String(error),
    fields.message ?? "",
    fields.hint ?? "",
    fields.stack ?? "",
    JSON.stringify(error),
    inspect(error, { depth: 20, showHidden: true }),
    inspect(fields.cause, { depth: 20, showHidden: true }),
  ].join("\n");
}

/** Fails when `text` holds the token in clear, base64 or base64url. */
export function expectNoToken(text: string, token: string): void {
  const bytes = Buffer.from(token);
  for (const form of [
    token,
    bytes.toString("base64").replace(/=+$/, ""),
    bytes.toString("base64url"),
  ]) {
    expect(text).not.toContain(form);
  }
}

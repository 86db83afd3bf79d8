import { createHash } from "node:crypto";
import type { ApiContext } from "./context";
import { problems } from "./messages";
import { ProblemError, type Reply } from "./reply";

const KEY_PATTERN = /^[\x21-\x7e]{1,255}$/;

/**
 * Runs a POST at most once per Idempotency-Key. The first answer (any status below 500) is
 * stored with a fingerprint of the request; a repeat with the same fingerprint gets that
 * answer again, with `Idempotency-Replayed: true`; a repeat with another request gets 422.
 * Keys are scoped per token and organization, and kept for the life of the database.
 * The caller runs this inside a transaction, so the effect and the stored answer commit
 * together.
 */
export function once(context: ApiContext, run: () => Reply): Reply {
  const key = idempotencyKey(context);
  const scope = `${context.tokenDigest.toString("hex")}:${context.organization.id}`;
  const fingerprint = requestFingerprint(context);
  const stored = context.store.getAnswer(scope, key);
  if (stored !== undefined) {
    if (stored.fingerprint !== fingerprint) throw new ProblemError(problems.idempotencyKeyReused());
    return replay(stored.status, stored.body);
  }
  const reply = runCatchingProblems(run);
  if (reply.status < 500) {
    context.store.putAnswer(scope, key, {
      fingerprint,
      status: reply.status,
      body: JSON.stringify({ contentType: reply.contentType ?? null, body: reply.body ?? null }),
    });
  }
  return reply;
}

/** Checked before anything else of a POST, so a missing key never has an effect. */
export function idempotencyKey(context: ApiContext): string {
  const key = context.headers["idempotency-key"];
  if (typeof key !== "string" || !KEY_PATTERN.test(key)) {
    throw new ProblemError(problems.missingIdempotencyKey());
  }
  return key;
}

function runCatchingProblems(run: () => Reply): Reply {
  try {
    return run();
  } catch (error) {
    if (error instanceof ProblemError) return error.reply;
    throw error;
  }
}

function replay(status: number, stored: string): Reply {
  const { contentType, body } = JSON.parse(stored) as { contentType: string | null; body: unknown };
  return {
    status,
    body: body ?? undefined,
    ...(contentType === null ? {} : { contentType }),
    headers: { "Idempotency-Replayed": "true" },
  };
}

/** Method, path and body; JSON bodies are compared by value, not by their whitespace. */
function requestFingerprint(context: ApiContext): string {
  return createHash("sha256")
    .update(`${context.method} ${context.path}\n${canonicalBody(context.body)}`)
    .digest("hex");
}

function canonicalBody(body: Buffer): string {
  const text = body.toString("utf8");
  try {
    return stableStringify(JSON.parse(text));
  } catch {
    return text;
  }
}

function stableStringify(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(stableStringify).join(",")}]`;
  if (value !== null && typeof value === "object") {
    const entries = Object.entries(value as Record<string, unknown>).sort(([a], [b]) =>
      a < b ? -1 : 1,
    );
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${stableStringify(v)}`).join(",")}}`;
  }
  return JSON.stringify(value);
}

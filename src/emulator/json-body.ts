import type { ApiContext } from "./context";
import { problems } from "./messages";
import { ProblemError } from "./reply";

/** The request body as a JSON object; 415 for another media type, 400 for bad JSON. */
export function jsonObjectBody(
  context: Pick<ApiContext, "headers" | "body">,
): Record<string, unknown> {
  const contentType = context.headers["content-type"];
  if (contentType !== undefined && !/^application\/([a-z0-9.+-]+\+)?json\b/i.test(contentType)) {
    throw new ProblemError(problems.unsupportedMediaType());
  }
  let value: unknown;
  try {
    value = JSON.parse(context.body.toString("utf8"));
  } catch (error) {
    throw new ProblemError(
      problems.badJson(error instanceof Error ? error.message : String(error)),
    );
  }
  if (value === null || typeof value !== "object" || Array.isArray(value)) {
    throw new ProblemError(problems.badJson("the body must be a JSON object"));
  }
  return value as Record<string, unknown>;
}

/** 422 naming the keys that a body must not have. */
export function rejectUnknownKeys(body: Record<string, unknown>, known: readonly string[]): void {
  const unknown = Object.keys(body)
    .filter((key) => !known.includes(key))
    .sort();
  if (unknown.length > 0) {
    throw new ProblemError(
      problems.badBody(
        `Unknown key(s) ${unknown.map((k) => `"${k}"`).join(", ")}; this body takes ` +
          `${known.map((k) => `"${k}"`).join(", ")}.`,
      ),
    );
  }
}

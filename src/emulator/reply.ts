/** What a route handler answers; the server turns it into an HTTP response. */
export interface Reply {
  status: number;
  headers?: Record<string, string>;
  /** Serialized as JSON; absent for 204. */
  body?: unknown;
  /** Defaults to application/json, or application/problem+json for problems. */
  contentType?: string;
}

export const PROBLEM_CONTENT_TYPE = "application/problem+json";
export const JSON_CONTENT_TYPE = "application/json";

/** Problem type URIs are `urn:nordpass-policy:problem:<code>`; the code names the problem. */
export const PROBLEM_TYPE_PREFIX = "urn:nordpass-policy:problem:";

/** An RFC 9457 problem answer. */
export function problem(
  status: number,
  code: string,
  title: string,
  detail: string,
  headers?: Record<string, string>,
): Reply {
  return {
    status,
    headers,
    contentType: PROBLEM_CONTENT_TYPE,
    body: { type: `${PROBLEM_TYPE_PREFIX}${code}`, title, status, detail },
  };
}

export function json(status: number, body: unknown, headers?: Record<string, string>): Reply {
  return { status, body, headers };
}

/** Thrown inside handlers to answer with a problem; the server catches it. */
export class ProblemError extends Error {
  constructor(readonly reply: Reply) {
    super(String((reply.body as { detail?: string } | undefined)?.detail ?? reply.status));
  }
}

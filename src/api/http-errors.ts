/**
 * Turns an error answer of the admin API into an ApiError that says which token role or
 * which input is needed. Built from method, path, status and problem details only.
 */
import { ApiError } from "./errors";
import { apiMessages, requestLabel } from "./messages";
import type { ProblemDetails } from "./types";

/** What a 404 of this request means. */
export interface NotFoundSubject {
  org: string;
  /** Set when the route names a member, whose absence is the likelier cause. */
  memberId?: string;
}

export interface ErrorAnswer {
  method: string;
  path: string;
  status: number;
  problem?: ProblemDetails;
  /** The base URL, for messages that name the API. */
  baseUrl: string;
  notFound: NotFoundSubject;
  /** Attempts made, this one included. */
  attempts: number;
}

/** The ApiError of kind "http" for a non-retryable (or no longer retried) error status. */
export function httpError(answer: ErrorAnswer): ApiError {
  const { method, path, status, problem, attempts } = answer;
  const label = requestLabel(method, path);
  const details = { kind: "http" as const, method, path, status, problem, attempts };

  switch (status) {
    case 401:
      return new ApiError(apiMessages.tokenRefused(), {
        ...details,
        hint: apiMessages.tokenRefusedHint(),
      });
    case 403:
      return forbidden(label, details, method !== "GET", problemCode(problem));
    case 404:
      return notFound(answer, details);
    case 412:
      return new ApiError(apiMessages.staleSettings(label), {
        ...details,
        hint: apiMessages.staleSettingsHint(),
      });
    case 422:
      return new ApiError(apiMessages.unprocessable(label, problem), details);
    default:
      return new ApiError(apiMessages.httpError(label, status, problem), details);
  }
}

type Details = ConstructorParameters<typeof ApiError>[1];

function forbidden(label: string, details: Details, isWrite: boolean, code?: string): ApiError {
  // The emulator (and the OpenAPI document) tell a member token from an auditor token.
  if (code === "forbidden") {
    return new ApiError(apiMessages.memberTokenForbidden(label, isWrite), {
      ...details,
      hint: isWrite ? apiMessages.writeForbiddenHint() : apiMessages.readForbiddenHint(),
    });
  }
  if (isWrite) {
    return new ApiError(apiMessages.writeForbidden(label, code === "read-only-token"), {
      ...details,
      hint: apiMessages.writeForbiddenHint(),
    });
  }
  return new ApiError(apiMessages.readForbidden(label), {
    ...details,
    hint: apiMessages.readForbiddenHint(),
  });
}

function notFound(answer: ErrorAnswer, details: Details): ApiError {
  const { org, memberId } = answer.notFound;
  const code = problemCode(answer.problem);
  if (code === "route-not-found") {
    return new ApiError(apiMessages.routeNotFound(requestLabel(answer.method, answer.path)), {
      ...details,
      hint: apiMessages.protocolHint(),
    });
  }
  if (memberId !== undefined && code !== "organization-not-found") {
    return new ApiError(
      apiMessages.memberNotFound(org, memberId, answer.baseUrl, answer.problem),
      details,
    );
  }
  return new ApiError(apiMessages.organizationNotFound(org, answer.baseUrl), {
    ...details,
    hint: apiMessages.organizationNotFoundHint(),
  });
}

/**
 * The last segment of a problem's type URI ("member-not-found"), which names the problem
 * independently of its wording.
 */
export function problemCode(problem: ProblemDetails | undefined): string | undefined {
  if (problem === undefined) return undefined;
  const segments = problem.type.split(/[/#:]/);
  return segments[segments.length - 1];
}

/**
 * The problem details of an error answer, when its body has them; text fields pass through
 * `scrub` so a server that echoes the token cannot put it into a message.
 */
export function readProblem(
  text: string,
  status: number,
  scrub: (text: string) => string,
): ProblemDetails | undefined {
  let body: unknown;
  try {
    body = JSON.parse(text);
  } catch {
    return undefined;
  }
  if (typeof body !== "object" || body === null) return undefined;
  const fields = body as Record<string, unknown>;
  const title = typeof fields["title"] === "string" ? scrub(fields["title"]) : "";
  const type = typeof fields["type"] === "string" ? scrub(fields["type"]) : "about:blank";
  const problem: ProblemDetails = { type, title, status };
  if (typeof fields["detail"] === "string") problem.detail = scrub(fields["detail"]);
  return title === "" && problem.detail === undefined ? undefined : problem;
}

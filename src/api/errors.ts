/**
 * The one error type of the admin API client. It is built only from the request's method
 * and path, the answer's status and problem details, and a message: never from the
 * underlying axios error, whose config holds the Authorization header.
 */
import { ExternalError } from "../errors";
import type { ProblemDetails } from "./types";

/** Why a call to the admin API failed. */
export type ApiErrorKind =
  /** The API answered with an error status (see `status` and `problem`). */
  | "http"
  /** No answer: connection refused, reset or dropped. */
  | "network"
  /** No answer within the per-request timeout, on every attempt. */
  | "timeout"
  /** The run's total time budget is spent; the request was not (re)sent. */
  | "budget"
  /** The API asked to wait longer (Retry-After) than the client's cap. */
  | "retry-after"
  /** A paged read returned a cursor it had returned before. */
  | "cursor-loop"
  /** The answer was not what the admin API documents (bad JSON, missing ETag, redirect). */
  | "protocol";

export interface ApiErrorDetails {
  kind: ApiErrorKind;
  method: string;
  /** Path of the request below the base URL, without the query string. */
  path: string;
  status?: number;
  problem?: ProblemDetails;
  /** Attempts made, when the request was sent at least once. */
  attempts?: number;
  hint?: string;
}

export class ApiError extends ExternalError {
  override name = "ApiError";
  readonly kind: ApiErrorKind;
  readonly status?: number;
  readonly problem?: ProblemDetails;
  readonly method: string;
  readonly path: string;
  /** Attempts made, when the request was sent at least once. */
  readonly attempts?: number;

  constructor(message: string, details: ApiErrorDetails) {
    super(message, { hint: details.hint });
    this.kind = details.kind;
    this.method = details.method;
    this.path = details.path;
    if (details.status !== undefined) this.status = details.status;
    if (details.problem !== undefined) this.problem = details.problem;
    if (details.attempts !== undefined) this.attempts = details.attempts;
  }
}

/** True when `error` is an ApiError with the given HTTP status. */
export function isApiErrorWithStatus(error: unknown, status: number): error is ApiError {
  return error instanceof ApiError && error.status === status;
}

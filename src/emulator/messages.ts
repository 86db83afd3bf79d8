import { MAX_BATCH_REVOKE, MAX_PAGE_LIMIT } from "../api/types";
import { problem, type Reply } from "./reply";

/**
 * Every problem the emulator answers, in one place: what happened, why, and what to do.
 * The `code` of each is the last segment of its problem `type`.
 */
export const problems = {
  unauthorized: (): Reply =>
    problem(
      401,
      "unauthorized",
      "Unauthorized",
      "The request has no bearer token or an unknown one. Send `Authorization: Bearer <token>` " +
        "with a token of this organization.",
      { "WWW-Authenticate": 'Bearer realm="nordpass-admin"' },
    ),
  memberToken: (): Reply =>
    problem(
      403,
      "forbidden",
      "Forbidden",
      "A member token cannot use the admin API. Use an owner or admin token (or an auditor " +
        "token for reads).",
    ),
  readOnlyToken: (): Reply =>
    problem(
      403,
      "read-only-token",
      "Forbidden",
      "This write needs an owner or admin token; the token has the auditor role, which only " +
        "reads. Use an owner or admin token to apply changes.",
    ),
  organizationNotFound: (org: string): Reply =>
    problem(
      404,
      "organization-not-found",
      "Organization not found",
      `No organization "${org}" is visible to this token. Check the organization id and that ` +
        "the token belongs to it.",
    ),
  memberNotFound: (memberId: string): Reply =>
    problem(
      404,
      "member-not-found",
      "Member not found",
      `The organization has no member with id "${memberId}". List members to find the id.`,
    ),
  memberEmailNotFound: (email: string): Reply =>
    problem(
      404,
      "member-not-found",
      "Member not found",
      `The organization has no member with email "${email}".`,
    ),
  sessionNotFound: (sessionId: string): Reply =>
    problem(
      404,
      "session-not-found",
      "Session not found",
      `Session "${sessionId}" does not exist: it was revoked, it ended, or it never existed.`,
    ),
  routeNotFound: (method: string, path: string): Reply =>
    problem(
      404,
      "route-not-found",
      "Not found",
      `No route answers ${method} ${path}. See schemas/admin-api.openapi.yaml for the routes.`,
    ),
  controlDisabled: (path: string): Reply =>
    problem(
      404,
      "route-not-found",
      "Not found",
      `No route answers ${path}: the /_emulator/ control routes are off. Start the emulator ` +
        "with --control to enable them.",
    ),
  methodNotAllowed: (method: string, allowed: string[]): Reply =>
    problem(
      405,
      "method-not-allowed",
      "Method not allowed",
      `This route does not answer ${method}; it answers ${allowed.join(", ")}.`,
      { Allow: allowed.join(", ") },
    ),
  badLimit: (): Reply =>
    problem(
      400,
      "bad-limit",
      "Bad limit",
      `The limit must be an integer from 1 to ${MAX_PAGE_LIMIT}. Omit it for pages of 100.`,
    ),
  badCursor: (): Reply =>
    problem(
      400,
      "bad-cursor",
      "Bad cursor",
      "The cursor is not one this route returned. Pass back nextCursor exactly as received, " +
        "or omit it to start from the first page.",
    ),
  missingActor: (): Reply =>
    problem(
      400,
      "missing-actor",
      "Missing actor",
      "Every write needs an X-NordPass-Actor header naming who makes the change; it is " +
        "recorded in the audit log.",
    ),
  badHeader: (name: string, why: string): Reply =>
    problem(400, "bad-header", "Bad header", `The ${name} header ${why}.`),
  missingIdempotencyKey: (): Reply =>
    problem(
      400,
      "missing-idempotency-key",
      "Missing Idempotency-Key",
      "Every POST needs an Idempotency-Key header (1 to 255 visible characters), so that a " +
        "retried request is answered from the first one instead of repeating its effect.",
    ),
  idempotencyKeyReused: (): Reply =>
    problem(
      422,
      "idempotency-key-reused",
      "Idempotency-Key reused",
      "This Idempotency-Key was first used with another request (method, path or body). " +
        "Use a new key for a new request.",
    ),
  badJson: (why: string): Reply =>
    problem(400, "bad-json", "Bad JSON body", `The request body is not valid JSON: ${why}.`),
  badBody: (why: string): Reply => problem(422, "bad-body", "Unprocessable body", why),
  sessionLengthOutOfRange: (): Reply =>
    problem(
      422,
      "session-length-out-of-range",
      "Session length out of range",
      "sessionLengthSeconds must be an integer from 3600 (1 hour) to 2592000 (30 days).",
    ),
  tooManySessionIds: (count: number): Reply =>
    problem(
      422,
      "too-many-session-ids",
      "Too many session ids",
      `A batch revokes at most ${MAX_BATCH_REVOKE} sessions; this one names ${count}. ` +
        "Split it into several requests.",
    ),
  missingIfMatch: (): Reply =>
    problem(
      428,
      "precondition-required",
      "If-Match required",
      "Changing settings needs an If-Match header with the ETag of a GET of the settings, so " +
        "that a change made meanwhile is not overwritten.",
    ),
  staleEtag: (): Reply =>
    problem(
      412,
      "precondition-failed",
      "Settings changed",
      "The settings changed since the ETag in If-Match was read. GET them again, check the " +
        "change still makes sense, and retry with the new ETag.",
    ),
  bodyTooLarge: (limit: number): Reply =>
    problem(
      413,
      "body-too-large",
      "Body too large",
      `The request body exceeds ${limit} bytes. Send smaller requests (batch-revoke takes ` +
        `at most ${MAX_BATCH_REVOKE} ids).`,
    ),
  unsupportedMediaType: (): Reply =>
    problem(
      415,
      "unsupported-media-type",
      "Unsupported media type",
      "Send the body as application/json.",
    ),
  rateLimited: (retryAfterSeconds: number): Reply =>
    problem(
      429,
      "rate-limited",
      "Too many requests",
      `This token sent more requests than the rate limit allows. Retry after ` +
        `${retryAfterSeconds} second(s).`,
      { "Retry-After": String(retryAfterSeconds) },
    ),
  injectedFault: (status: number): Reply =>
    problem(
      status,
      "injected-fault",
      status === 503 ? "Service unavailable" : "Internal error",
      "The emulator injected this failure (--faults). Retry the request.",
    ),
  sessionExists: (sessionId: string): Reply =>
    problem(
      409,
      "session-exists",
      "Session exists",
      `A session with id "${sessionId}" already exists in this organization.`,
    ),
  sessionAlreadyEnded: (): Reply =>
    problem(
      422,
      "session-already-ended",
      "Session already ended",
      "lastLoginAt plus the organization's session length lies before the emulator's now, " +
        "so this session would have ended already. Choose a later lastLoginAt.",
    ),
  internalError: (): Reply =>
    problem(
      500,
      "internal-error",
      "Internal error",
      "The emulator failed to handle the request. This is a bug; the emulator log has details.",
    ),
};

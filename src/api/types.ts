/**
 * The admin API's shapes, as documented in schemas/admin-api.openapi.yaml.
 *
 * Conventions shared by the emulator and the client (the OpenAPI document states them too):
 * - Base path /v1/organizations/{org}; bearer tokens (`Authorization: Bearer <token>`).
 * - Errors are application/problem+json: {type, title, status, detail}.
 * - Every write carries its audit context in headers: `X-NordPass-Actor` (required on
 *   writes), `X-NordPass-Rule-Id` and `X-NordPass-Reason` (UTF-8, percent-encoded).
 *   batch-revoke also takes `reason` in its body, as the contract says; the body wins.
 * - Paging: `limit` (1..1000, default 100) and an opaque `cursor`; `nextCursor` is null
 *   on the last page. Cursors are keyset positions (items sorted by id), so a page never
 *   repeats or skips an item while others are created or revoked between pages.
 * - Every POST carries `Idempotency-Key`; the server replays the first answer for a
 *   repeated key and answers 422 when the same key comes with another body.
 */
export type Role = "owner" | "admin" | "auditor" | "member";

export type DeviceType = "desktop" | "mobile" | "tablet" | "unknown";

export type Platform = "extension" | "desktop" | "web" | "ios" | "android";

export interface Member {
  id: string;
  email: string;
  role: Role;
}

export interface Session {
  id: string;
  memberId: string;
  memberEmail: string;
  deviceType: DeviceType;
  browser: string;
  platform: Platform;
  platformVersion: string;
  ipAddress: string;
  /** ISO 8601 instants. */
  lastLoginAt: string;
  expiresAt: string;
}

export interface AuthenticationSettings {
  sessionLengthSeconds: number;
}

/** Settings with the ETag that a PUT must send back in If-Match. */
export interface VersionedSettings extends AuthenticationSettings {
  etag: string;
}

export interface Page<T> {
  items: T[];
  nextCursor: string | null;
}

export interface AuditEvent {
  id: string;
  /** ISO 8601 instant. */
  at: string;
  actor: string;
  /**
   * "update-session-length" | "revoke-session". A revoke-all or batch-revoke records one
   * "revoke-session" per session it ended (details.via tells which route).
   */
  action: string;
  /** Session id, member id or "settings/authentication". */
  target: string;
  ruleId: string | null;
  reason: string | null;
  /**
   * What changed, beyond the target: for "update-session-length" `fromSeconds` and
   * `toSeconds`; for "revoke-session" `memberId`, `memberEmail` and `via` (the route:
   * "delete", "batch-revoke" or "revoke-all"). Absent from servers that do not send it.
   */
  details?: Record<string, string | number>;
}

export interface ProblemDetails {
  type: string;
  title: string;
  status: number;
  detail?: string;
}

export interface BatchRevokeResult {
  /** Ids of the sessions this call ended. */
  revoked: string[];
  /** Ids that were already gone (or never existed). */
  notFound: string[];
}

/** The audit context every write carries. */
export interface WriteContext {
  actor: string;
  ruleId?: string;
  reason?: string;
}

export const MIN_SESSION_LENGTH_SECONDS = 3600;
export const MAX_SESSION_LENGTH_SECONDS = 30 * 24 * 3600;
export const MAX_PAGE_LIMIT = 1000;
export const MAX_BATCH_REVOKE = 500;

/**
 * What the reconciler needs from the admin API. src/api/client.ts implements it over HTTP;
 * reconcile/ depends only on this interface.
 */
export interface AdminApi {
  getAuthenticationSettings(org: string): Promise<VersionedSettings>;
  /** Rejects with an ApiError of status 412 when `etag` is stale. */
  putAuthenticationSettings(
    org: string,
    sessionLengthSeconds: number,
    etag: string,
    context: WriteContext,
  ): Promise<VersionedSettings>;
  /** Every member, all pages read. */
  listMembers(org: string, options?: ListOptions): Promise<Member[]>;
  /** Every session of the organization (or of one member), all pages read. */
  listSessions(org: string, options?: ListOptions & { memberId?: string }): Promise<Session[]>;
  /**
   * Hands each page of members to `onPage` as it arrives, keeping none; resolves with the
   * number read. For organizations too large to hold every member at once.
   */
  forEachMemberPage(
    org: string,
    onPage: PageHandler<Member>,
    options?: ListOptions,
  ): Promise<number>;
  /** Like forEachMemberPage, for every session of the organization. */
  forEachSessionPage(
    org: string,
    onPage: PageHandler<Session>,
    options?: ListOptions,
  ): Promise<number>;
  /** "not-found" when the session was already gone: for a revocation that counts as done. */
  deleteSession(
    org: string,
    sessionId: string,
    context: WriteContext,
  ): Promise<"revoked" | "not-found">;
  revokeAllMemberSessions(
    org: string,
    memberId: string,
    context: WriteContext,
  ): Promise<{ revoked: number }>;
  /** Up to MAX_BATCH_REVOKE ids per call. */
  batchRevokeSessions(
    org: string,
    sessionIds: string[],
    context: WriteContext,
  ): Promise<BatchRevokeResult>;
  listEvents(org: string, options?: ListOptions): Promise<AuditEvent[]>;
}

/**
 * Receives one page's items, in the server's order. The next page is being fetched while it
 * runs; a throw or rejection stops the read with that error.
 */
export type PageHandler<T> = (items: T[]) => void | Promise<void>;

export interface ListOptions {
  /** Page size, 1..1000. The client defaults to 1000 (fewest requests). */
  limit?: number;
  /** Called after each page with the number of items read so far (for progress bars). */
  onProgress?: (itemsRead: number) => void;
}

import { MAX_BATCH_REVOKE, type WriteContext } from "../../api/types";
import type { ApiContext, ApiRoute } from "../context";
import { once } from "../idempotency";
import { jsonObjectBody, rejectUnknownKeys } from "../json-body";
import { problems } from "../messages";
import { pagePosition, toPage } from "../paging";
import { json, ProblemError, type Reply } from "../reply";
import { toApiSession } from "../store";
import { writeContext } from "../write-context";

const BASE = "/v1/organizations/{org}";

function listSessions(context: ApiContext): Reply {
  const { afterId, limit } = pagePosition(context.query, "sessions");
  const memberId = context.query.get("memberId") ?? undefined;
  const org = context.organization;
  if (memberId !== undefined && context.store.getMember(org.id, memberId) === undefined) {
    throw new ProblemError(problems.memberNotFound(memberId));
  }
  const rows = context.store.pageSessions(org.id, afterId, limit + 1, memberId);
  return json(
    200,
    toPage(rows, limit, "sessions", (row) => toApiSession(row, org.sessionLengthSeconds)),
  );
}

type Via = "delete" | "batch-revoke" | "revoke-all";

/** Ends one session and records it; false when it was already gone. */
function revoke(context: ApiContext, sessionId: string, audit: WriteContext, via: Via): boolean {
  const org = context.organization;
  const session = context.store.getSession(org.id, sessionId);
  if (session === undefined || !context.store.deleteSession(org.id, sessionId)) return false;
  context.store.appendEvent(org.id, {
    atMs: context.clock.nowMs(),
    actor: audit.actor,
    action: "revoke-session",
    target: sessionId,
    ruleId: audit.ruleId ?? null,
    reason: audit.reason ?? null,
    details: { memberId: session.memberId, memberEmail: session.memberEmail ?? "", via },
  });
  return true;
}

function deleteSession(context: ApiContext): Reply {
  const audit = writeContext(context.headers);
  const sessionId = context.params.sessionId as string;
  if (!revoke(context, sessionId, audit, "delete")) {
    throw new ProblemError(problems.sessionNotFound(sessionId));
  }
  return { status: 204 };
}

function revokeAll(context: ApiContext): Reply {
  const audit = writeContext(context.headers);
  return once(context, () => {
    const memberId = context.params.memberId as string;
    const org = context.organization;
    if (context.store.getMember(org.id, memberId) === undefined) {
      throw new ProblemError(problems.memberNotFound(memberId));
    }
    const ids = context.store.memberSessionIds(org.id, memberId);
    const revoked = ids.filter((id) => revoke(context, id, audit, "revoke-all")).length;
    return json(200, { revoked });
  });
}

/** The body's `reason` wins over the X-NordPass-Reason header. */
function batchRevoke(context: ApiContext): Reply {
  const headerAudit = writeContext(context.headers);
  return once(context, () => {
    const body = jsonObjectBody(context);
    rejectUnknownKeys(body, ["sessionIds", "reason"]);
    const sessionIds = batchSessionIds(body.sessionIds);
    const reason = body.reason;
    if (reason !== undefined && typeof reason !== "string") {
      throw new ProblemError(problems.badBody('"reason" must be a string.'));
    }
    const audit = reason === undefined || reason === "" ? headerAudit : { ...headerAudit, reason };
    const revoked: string[] = [];
    const notFound: string[] = [];
    for (const id of sessionIds) {
      (revoke(context, id, audit, "batch-revoke") ? revoked : notFound).push(id);
    }
    return json(200, { revoked, notFound });
  });
}

/** The distinct ids, in the order given. */
function batchSessionIds(value: unknown): string[] {
  if (!Array.isArray(value) || value.some((id) => typeof id !== "string" || id === "")) {
    throw new ProblemError(problems.badBody('"sessionIds" must be an array of session ids.'));
  }
  if (value.length > MAX_BATCH_REVOKE)
    throw new ProblemError(problems.tooManySessionIds(value.length));
  return [...new Set(value as string[])];
}

export const sessionRoutes: ApiRoute[] = [
  { method: "GET", template: `${BASE}/sessions`, access: "read", handle: listSessions },
  {
    method: "DELETE",
    template: `${BASE}/sessions/{sessionId}`,
    access: "write",
    handle: deleteSession,
  },
  {
    method: "POST",
    template: `${BASE}/members/{memberId}/sessions/revoke-all`,
    access: "write",
    handle: revokeAll,
  },
  {
    method: "POST",
    template: `${BASE}/sessions/batch-revoke`,
    access: "write",
    handle: batchRevoke,
  },
];

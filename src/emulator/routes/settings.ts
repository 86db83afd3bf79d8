import { MAX_SESSION_LENGTH_SECONDS, MIN_SESSION_LENGTH_SECONDS } from "../../api/types";
import type { ApiContext, ApiRoute } from "../context";
import { jsonObjectBody, rejectUnknownKeys } from "../json-body";
import { problems } from "../messages";
import { json, ProblemError, type Reply } from "../reply";
import type { OrganizationRow } from "../store";
import { writeContext } from "../write-context";

const TEMPLATE = "/v1/organizations/{org}/settings/authentication";

/** A strong ETag: it changes with every change of the settings. */
export function settingsEtag(organization: OrganizationRow): string {
  return `"v${organization.settingsVersion}-${organization.sessionLengthSeconds}"`;
}

function settingsReply(organization: OrganizationRow): Reply {
  return json(
    200,
    { sessionLengthSeconds: organization.sessionLengthSeconds },
    {
      ETag: settingsEtag(organization),
    },
  );
}

function getSettings(context: ApiContext): Reply {
  return settingsReply(context.organization);
}

/**
 * Order of checks: If-Match present (428), body well-formed (400), If-Match current (412),
 * value in range (422). An unchanged value changes nothing: same ETag, no audit event.
 */
function putSettings(context: ApiContext): Reply {
  const audit = writeContext(context.headers);
  const ifMatch = context.headers["if-match"];
  if (ifMatch === undefined) throw new ProblemError(problems.missingIfMatch());
  const body = jsonObjectBody(context);
  const organization = context.organization;
  if (!etagMatches(ifMatch, settingsEtag(organization)))
    throw new ProblemError(problems.staleEtag());
  rejectUnknownKeys(body, ["sessionLengthSeconds"]);
  const seconds = body.sessionLengthSeconds;
  if (!isSessionLength(seconds)) throw new ProblemError(problems.sessionLengthOutOfRange());
  if (seconds === organization.sessionLengthSeconds) return settingsReply(organization);

  context.store.setSessionLength(organization.id, seconds);
  context.store.appendEvent(organization.id, {
    atMs: context.clock.nowMs(),
    actor: audit.actor,
    action: "update-session-length",
    target: "settings/authentication",
    ruleId: audit.ruleId ?? null,
    reason: audit.reason ?? null,
    details: { fromSeconds: organization.sessionLengthSeconds, toSeconds: seconds },
  });
  const updated = context.store.getOrganization(organization.id) as OrganizationRow;
  context.store.sweepEndedSessions(updated, context.clock.nowMs());
  return settingsReply(updated);
}

function isSessionLength(value: unknown): value is number {
  return (
    typeof value === "number" &&
    Number.isInteger(value) &&
    value >= MIN_SESSION_LENGTH_SECONDS &&
    value <= MAX_SESSION_LENGTH_SECONDS
  );
}

/** Strong comparison (RFC 9110): weak tags never match; `*` matches the current settings. */
function etagMatches(ifMatch: string, current: string): boolean {
  return ifMatch
    .split(",")
    .map((tag) => tag.trim())
    .some((tag) => tag === "*" || tag === current);
}

export const settingsRoutes: ApiRoute[] = [
  { method: "GET", template: TEMPLATE, access: "read", handle: getSettings },
  { method: "PUT", template: TEMPLATE, access: "write", handle: putSettings },
];

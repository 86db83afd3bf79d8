import { randomBytes } from "node:crypto";
import { isIP } from "node:net";
import type { IncomingHttpHeaders } from "node:http";
import type { DeviceType, Platform } from "../../api/types";
import type { EmulatorClock } from "../clock";
import { jsonObjectBody, rejectUnknownKeys } from "../json-body";
import { problems } from "../messages";
import { json, ProblemError, type Reply } from "../reply";
import type { RequestCounter } from "../request-counter";
import { toApiSession, type EmulatorStore, type SessionRow } from "../store";

/** What a /_emulator/ control handler gets. Control routes need no token. */
export interface ControlContext {
  params: Record<string, string>;
  headers: IncomingHttpHeaders;
  body: Buffer;
  store: EmulatorStore;
  clock: EmulatorClock;
  counter: RequestCounter;
}

export interface ControlRoute {
  method: "GET" | "POST";
  template: string;
  handle(context: ControlContext): Reply;
}

const SESSION_KEYS = [
  "id",
  "memberEmail",
  "deviceType",
  "browser",
  "platform",
  "platformVersion",
  "ipAddress",
  "lastLoginAt",
] as const;
const DEVICE_TYPES: readonly DeviceType[] = ["desktop", "mobile", "tablet", "unknown"];
const PLATFORMS: readonly Platform[] = ["extension", "desktop", "web", "ios", "android"];

/** Simulates a login: adds one session to an existing member, nothing else. */
function createSession(context: ControlContext): Reply {
  const org = context.store.getOrganization(context.params.org as string);
  if (org === undefined)
    throw new ProblemError(problems.organizationNotFound(context.params.org as string));
  const body = jsonObjectBody(context);
  rejectUnknownKeys(body, SESSION_KEYS);
  const email = requiredString(body, "memberEmail");
  const member = context.store.getMemberByEmail(org.id, email);
  if (member === undefined) throw new ProblemError(problems.memberEmailNotFound(email));
  const nowMs = context.clock.nowMs();
  const row: SessionRow = {
    id: optionalString(body, "id") ?? `s-${randomBytes(8).toString("hex")}`,
    memberId: member.id,
    memberEmail: member.email,
    deviceType: oneOf(body, "deviceType", DEVICE_TYPES) ?? "desktop",
    browser: optionalString(body, "browser") ?? "Chrome",
    platform: oneOf(body, "platform", PLATFORMS) ?? "extension",
    platformVersion: optionalString(body, "platformVersion") ?? "5.24.0",
    ipAddress: optionalAddress(body, "ipAddress") ?? "127.0.0.1",
    lastLoginMs: optionalInstant(body, "lastLoginAt") ?? nowMs,
  };
  context.store.sweepEndedSessions(org, nowMs);
  if (row.lastLoginMs + org.sessionLengthSeconds * 1000 <= nowMs) {
    throw new ProblemError(problems.sessionAlreadyEnded());
  }
  if (context.store.getSession(org.id, row.id) !== undefined) {
    throw new ProblemError(problems.sessionExists(row.id));
  }
  context.store.insertSession(org.id, row);
  return json(201, toApiSession(row, org.sessionLengthSeconds));
}

function getClock(context: ControlContext): Reply {
  return json(200, { now: new Date(context.clock.nowMs()).toISOString() });
}

/** `{"set": ISO}` or `{"advanceSeconds": N}` (N may be negative). */
function moveClock(context: ControlContext): Reply {
  const body = jsonObjectBody(context);
  rejectUnknownKeys(body, ["set", "advanceSeconds"]);
  const set = optionalInstant(body, "set");
  const advance = body.advanceSeconds;
  if ((set === undefined) === (advance === undefined)) {
    throw new ProblemError(
      problems.badBody('Give exactly one of "set" (an ISO instant) or "advanceSeconds".'),
    );
  }
  if (set !== undefined) context.clock.set(set);
  else if (typeof advance === "number" && Number.isFinite(advance)) context.clock.advance(advance);
  else throw new ProblemError(problems.badBody('"advanceSeconds" must be a number.'));
  return getClock(context);
}

function getRequests(context: ControlContext): Reply {
  return json(200, context.counter.snapshot());
}

function resetRequests(context: ControlContext): Reply {
  context.counter.reset();
  return json(200, context.counter.snapshot());
}

function requiredString(body: Record<string, unknown>, key: string): string {
  const value = optionalString(body, key);
  if (value === undefined) throw new ProblemError(problems.badBody(`"${key}" is required.`));
  return value;
}

function optionalString(body: Record<string, unknown>, key: string): string | undefined {
  const value = body[key];
  if (value === undefined) return undefined;
  if (typeof value !== "string" || value === "") {
    throw new ProblemError(problems.badBody(`"${key}" must be a non-empty string.`));
  }
  return value;
}

function oneOf<T extends string>(
  body: Record<string, unknown>,
  key: string,
  values: readonly T[],
): T | undefined {
  const value = optionalString(body, key);
  if (value !== undefined && !(values as readonly string[]).includes(value)) {
    throw new ProblemError(problems.badBody(`"${key}" must be one of ${values.join(", ")}.`));
  }
  return value as T | undefined;
}

function optionalAddress(body: Record<string, unknown>, key: string): string | undefined {
  const value = optionalString(body, key);
  if (value !== undefined && isIP(value) === 0) {
    throw new ProblemError(problems.badBody(`"${key}" must be an IPv4 or IPv6 address.`));
  }
  return value;
}

function optionalInstant(body: Record<string, unknown>, key: string): number | undefined {
  const value = optionalString(body, key);
  if (value === undefined) return undefined;
  const ms = /^\d{4}-\d{2}-\d{2}T/.test(value) ? Date.parse(value) : NaN;
  if (Number.isNaN(ms))
    throw new ProblemError(problems.badBody(`"${key}" must be an ISO 8601 instant.`));
  return ms;
}

export const controlRoutes: ControlRoute[] = [
  { method: "POST", template: "/_emulator/organizations/{org}/sessions", handle: createSession },
  { method: "GET", template: "/_emulator/clock", handle: getClock },
  { method: "POST", template: "/_emulator/clock", handle: moveClock },
  { method: "GET", template: "/_emulator/requests", handle: getRequests },
  { method: "POST", template: "/_emulator/requests/reset", handle: resetRequests },
];

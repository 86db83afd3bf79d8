import type { IncomingMessage, ServerResponse } from "node:http";
import type { Logger } from "../logger";
import { bearerToken, tokenDigest, type TokenIndex } from "./auth";
import { MAX_BODY_BYTES, readBody } from "./body";
import type { EmulatorClock } from "./clock";
import type { ApiContext, ApiRoute } from "./context";
import type { FaultInjector } from "./faults";
import { problems } from "./messages";
import type { RateLimiter } from "./rate-limit";
import { JSON_CONTENT_TYPE, PROBLEM_CONTENT_TYPE, ProblemError, type Reply } from "./reply";
import type { RequestCounter } from "./request-counter";
import { Router } from "./router";
import { controlRoutes, type ControlRoute } from "./routes/control";
import { eventRoutes } from "./routes/events";
import { memberRoutes } from "./routes/members";
import { sessionRoutes } from "./routes/sessions";
import { settingsRoutes } from "./routes/settings";
import type { EmulatorStore } from "./store";

/** Every admin API route the emulator serves; the OpenAPI test checks each is documented. */
export const apiRoutes: readonly ApiRoute[] = [
  ...settingsRoutes,
  ...memberRoutes,
  ...sessionRoutes,
  ...eventRoutes,
];

export { controlRoutes };

/** What the request listener works with; built once by startEmulator. */
export interface ServerParts {
  store: EmulatorStore;
  clock: EmulatorClock;
  tokens: TokenIndex;
  faults: FaultInjector;
  limiter: RateLimiter;
  counter: RequestCounter;
  control: boolean;
  logger: Logger;
}

const apiRouter = new Router(apiRoutes);
const controlRouter = new Router(controlRoutes);
const CONTROL_PREFIX = "/_emulator/";

/** The http request listener: control routes, or the admin API with faults and limits. */
export function requestListener(
  parts: ServerParts,
): (req: IncomingMessage, res: ServerResponse) => void {
  return (req, res) => {
    const startedMs = Date.now();
    const finish = (reply: Reply | "dropped"): void => {
      parts.logger.debug(
        `${req.method} ${req.url} -> ${reply === "dropped" ? "dropped" : reply.status} ` +
          `(${Date.now() - startedMs} ms)`,
      );
    };
    const path = requestUrl(req).pathname;
    const handling = path.startsWith(CONTROL_PREFIX)
      ? answerControl(parts, req, path)
      : answerApi(parts, req, res, path);
    handling
      .catch((error: unknown) => {
        parts.logger.error(
          `${req.method} ${req.url} failed: ` +
            (error instanceof Error ? String(error.stack) : String(error)),
        );
        return problems.internalError();
      })
      .then((reply) => {
        if (reply === "dropped" || res.headersSent) req.socket.destroy();
        else send(res, reply);
        finish(reply);
      })
      .catch((error: unknown) => parts.logger.error(`answering ${req.url} failed: ${error}`));
  };
}

/** The request target; one no URL parser accepts is kept as is and meets no route. */
function requestUrl(req: IncomingMessage): { pathname: string; searchParams: URLSearchParams } {
  try {
    return new URL(req.url ?? "/", "http://emulator");
  } catch {
    return { pathname: req.url ?? "/", searchParams: new URLSearchParams() };
  }
}

async function answerControl(
  parts: ServerParts,
  req: IncomingMessage,
  path: string,
): Promise<Reply | "dropped"> {
  const method = req.method ?? "GET";
  if (!parts.control) {
    req.resume();
    return problems.controlDisabled(path);
  }
  const matched = controlRouter.match(method, path);
  if (matched.kind !== "found") {
    req.resume();
    return matched.kind === "none"
      ? problems.routeNotFound(method, path)
      : problems.methodNotAllowed(method, matched.allowed);
  }
  const body = await readBody(req);
  if (body.kind === "aborted") return "dropped";
  if (body.kind === "too-large") return problems.bodyTooLarge(MAX_BODY_BYTES);
  const route: ControlRoute = matched.match.route;
  return runCatching(parts, () =>
    route.handle({ params: matched.match.params, headers: req.headers, body: body.body, ...parts }),
  );
}

/** Admin API requests: counted, rate limited, faults injected, latency added to every answer. */
async function answerApi(
  parts: ServerParts,
  req: IncomingMessage,
  res: ServerResponse,
  path: string,
): Promise<Reply | "dropped"> {
  const reply = await answerApiRequest(parts, req, res, path);
  if (reply !== "dropped") await delay(parts.faults.spec.latencyMs);
  return reply;
}

async function answerApiRequest(
  parts: ServerParts,
  req: IncomingMessage,
  res: ServerResponse,
  path: string,
): Promise<Reply | "dropped"> {
  const method = req.method ?? "GET";
  const matched = apiRouter.match(method, path);
  parts.counter.count(
    matched.kind === "found" ? `${method} ${matched.match.route.template}` : "unmatched",
  );
  const token = bearerToken(req.headers.authorization);
  const early = firstFault(parts, token, req);
  if (early !== undefined) {
    req.resume();
    return early;
  }
  if (matched.kind !== "found") {
    req.resume();
    return matched.kind === "none"
      ? problems.routeNotFound(method, path)
      : problems.methodNotAllowed(method, matched.allowed);
  }
  const body = await readBody(req);
  if (body.kind === "aborted") return "dropped";
  if (body.kind === "too-large") {
    res.setHeader("Connection", "close");
    return problems.bodyTooLarge(MAX_BODY_BYTES);
  }
  const route = matched.match.route;
  const reply = authorizeAndRun(parts, route, {
    method,
    path,
    params: matched.match.params,
    query: requestUrl(req).searchParams,
    headers: req.headers,
    body: body.body,
    token,
  });
  if (route.method === "POST" && reply.status < 500 && parts.faults.afterWrite()) {
    return problems.injectedFault(500);
  }
  return reply;
}

/** Rate limit, then injected drop, 429 and 5xx: all before any work. */
function firstFault(
  parts: ServerParts,
  token: string | undefined,
  req: IncomingMessage,
): Reply | "dropped" | undefined {
  const key =
    token === undefined
      ? `address:${req.socket.remoteAddress}`
      : `token:${tokenDigest(token).toString("hex")}`;
  const waitSeconds = parts.limiter.take(key);
  if (waitSeconds > 0) return problems.rateLimited(waitSeconds);
  const fault = parts.faults.early();
  if (fault === "drop") return "dropped";
  if (fault === "rate429") return problems.rateLimited(1);
  if (fault === "error503") return problems.injectedFault(503);
  if (fault === "error500") return problems.injectedFault(500);
  return undefined;
}

interface RequestParts {
  method: string;
  path: string;
  params: Record<string, string>;
  query: URLSearchParams;
  headers: IncomingMessage["headers"];
  body: Buffer;
  token: string | undefined;
}

/**
 * 401 for no or an unknown token; 404 for an organization that does not exist or does not
 * list the token (the same answer, so a token learns nothing about other organizations);
 * 403 for a member token, and for an auditor token on a write.
 */
function authorizeAndRun(parts: ServerParts, route: ApiRoute, request: RequestParts): Reply {
  const identity = request.token === undefined ? undefined : parts.tokens.identify(request.token);
  if (identity === undefined) return problems.unauthorized();
  const orgId = request.params.org as string;
  const role = identity.roles.get(orgId);
  const organization = role === undefined ? undefined : parts.store.getOrganization(orgId);
  if (role === undefined || organization === undefined) return problems.organizationNotFound(orgId);
  if (role === "member") return problems.memberToken();
  if (route.access === "write" && role === "auditor") return problems.readOnlyToken();

  return runCatching(parts, () => {
    parts.store.sweepEndedSessions(organization, parts.clock.nowMs());
    const context: ApiContext = {
      ...request,
      organization: parts.store.getOrganization(orgId) ?? organization,
      role,
      tokenDigest: identity.digest,
      store: parts.store,
      clock: parts.clock,
    };
    return route.handle(context);
  });
}

/** Runs a handler in one transaction; a ProblemError rolls it back and becomes the answer. */
function runCatching(parts: ServerParts, handle: () => Reply): Reply {
  try {
    return parts.store.transaction(handle);
  } catch (error) {
    if (error instanceof ProblemError) return error.reply;
    throw error;
  }
}

function send(res: ServerResponse, reply: Reply): void {
  const isProblem = reply.status >= 400 && reply.contentType === undefined;
  const contentType = reply.contentType ?? (isProblem ? PROBLEM_CONTENT_TYPE : JSON_CONTENT_TYPE);
  for (const [name, value] of Object.entries(reply.headers ?? {})) res.setHeader(name, value);
  res.setHeader("Cache-Control", "no-store");
  if (reply.body === undefined) {
    res.writeHead(reply.status).end();
    return;
  }
  const text = `${JSON.stringify(reply.body)}\n`;
  res.setHeader("Content-Type", `${contentType}; charset=utf-8`);
  res.setHeader("Content-Length", Buffer.byteLength(text));
  res.writeHead(reply.status).end(text);
}

function delay(ms: number): Promise<void> {
  return ms <= 0 ? Promise.resolve() : new Promise((resolve) => setTimeout(resolve, ms));
}

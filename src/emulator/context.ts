import type { IncomingHttpHeaders } from "node:http";
import type { Role } from "../api/types";
import type { EmulatorClock } from "./clock";
import type { Reply } from "./reply";
import type { EmulatorStore, OrganizationRow } from "./store";

/** Everything an admin API handler gets: the request, who sent it and the state. */
export interface ApiContext {
  method: string;
  path: string;
  params: Record<string, string>;
  query: URLSearchParams;
  headers: IncomingHttpHeaders;
  body: Buffer;
  organization: OrganizationRow;
  role: Role;
  /** SHA-256 of the presented token: scopes Idempotency-Keys per token. */
  tokenDigest: Buffer;
  store: EmulatorStore;
  clock: EmulatorClock;
}

/** Whether a route reads or writes; writes need an owner or admin token. */
export type Access = "read" | "write";

export interface ApiRoute {
  method: "GET" | "PUT" | "POST" | "DELETE";
  /** The OpenAPI path template, e.g. /v1/organizations/{org}/sessions/{sessionId}. */
  template: string;
  access: Access;
  handle(context: ApiContext): Reply;
}

import type { ApiContext, ApiRoute } from "../context";
import { pagePosition, toPage } from "../paging";
import { json, type Reply } from "../reply";

function listEvents(context: ApiContext): Reply {
  const { afterId, limit } = pagePosition(context.query, "events");
  const rows = context.store.pageEvents(context.organization.id, afterId, limit + 1);
  return json(
    200,
    toPage(rows, limit, "events", (event) => event),
  );
}

export const eventRoutes: ApiRoute[] = [
  { method: "GET", template: "/v1/organizations/{org}/events", access: "read", handle: listEvents },
];

import type { ApiContext, ApiRoute } from "../context";
import { pagePosition, toPage } from "../paging";
import { json, type Reply } from "../reply";

function listMembers(context: ApiContext): Reply {
  const { afterId, limit } = pagePosition(context.query, "members");
  const rows = context.store.pageMembers(context.organization.id, afterId, limit + 1);
  return json(
    200,
    toPage(rows, limit, "members", (member) => member),
  );
}

export const memberRoutes: ApiRoute[] = [
  {
    method: "GET",
    template: "/v1/organizations/{org}/members",
    access: "read",
    handle: listMembers,
  },
];

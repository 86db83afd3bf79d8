/**
 * Before a saved plan writes anything: has the live organization moved since the plan?
 * A changed settings ETag makes the plan stale; sessions already gone do not (they count
 * as done when applied).
 */
import type { AdminApi } from "../api/types";
import { formatSessionLength } from "../policy/duration";
import { mapConcurrently } from "./concurrency";
import { sessionLengthMoved, settingsMoved } from "./messages";
import type { Plan } from "./plan";

/**
 * One line per organization whose settings moved since the plan, sorted; empty when the
 * plan is current. Only organizations with changes are read: the others apply nothing.
 */
export async function staleDependencies(
  plan: Plan,
  api: AdminApi,
  concurrency: number,
): Promise<string[]> {
  const withChanges = plan.organizations.filter((o) => o.changes.length > 0);
  const moved = await mapConcurrently(withChanges, concurrency, async (organization) => {
    const planned = organization.dependencies;
    const live = await api.getAuthenticationSettings(organization.organization);
    if (live.etag === planned.settingsEtag) return undefined;
    if (live.sessionLengthSeconds === planned.sessionLengthSeconds) {
      return settingsMoved(organization.organization);
    }
    return sessionLengthMoved(
      organization.organization,
      formatSessionLength(live.sessionLengthSeconds),
      formatSessionLength(planned.sessionLengthSeconds),
    );
  });
  return moved.filter((line): line is string => line !== undefined);
}

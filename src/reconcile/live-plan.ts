/**
 * Planning while reading: each page of an organization's sessions goes into its
 * OrganizationDiff as it arrives and is then dropped, so memory holds the matched sessions
 * rather than the organization, and matching one page overlaps the wait for the next.
 * The plan is the one buildPlan gives for the same live state.
 */
import type { AdminApi, VersionedSettings } from "../api/types";
import type { DesiredState, OrganizationPolicy } from "../policy/model";
import { mapConcurrently } from "./concurrency";
import { assemblePlan } from "./diff";
import { sessionsReadAcross, type ReadLiveOptions } from "./live";
import { OrganizationDiff } from "./organization-diff";
import type { OrganizationPlan, Plan } from "./plan";

export interface PlanLiveOptions extends ReadLiveOptions {
  /** Recorded in the plan when the desired state was narrowed by `--only`. */
  only?: string;
}

/** Reads and diffs every organization of `desired`; a failed read rejects the whole. */
export async function planLiveOrganizations(
  api: AdminApi,
  desired: DesiredState,
  now: Date,
  options: PlanLiveOptions,
): Promise<Plan> {
  const report = sessionsReadAcross(options.onSessionsRead);
  const organizations = await mapConcurrently(
    desired.organizations,
    options.concurrency,
    (policy) =>
      planLiveOrganization(api, policy, now, (count) => report(policy.organization, count)),
  );
  return assemblePlan(organizations, now, options.only);
}

/**
 * One organization's plan. Its settings, members and sessions are read side by side; only
 * member emails are kept (for the unknown-member warning). When one read fails, the others
 * stop at their next page and the first failure is what rejects.
 */
export async function planLiveOrganization(
  api: AdminApi,
  policy: OrganizationPolicy,
  now: Date,
  onSessionsRead?: (count: number) => void,
): Promise<OrganizationPlan> {
  const organization = policy.organization;
  const reads = new ReadsTogether();
  const settingsRead = reads.watch(api.getAuthenticationSettings(organization));

  const memberEmails = new Set<string>();
  const membersRead = reads.watch(
    api.forEachMemberPage(organization, (members) => {
      reads.stopIfFailed();
      for (const member of members) memberEmails.add(member.email.toLowerCase());
    }),
  );

  let diff: OrganizationDiff | undefined;
  const diffWith = (settings: VersionedSettings): OrganizationDiff =>
    (diff ??= new OrganizationDiff(policy, settings, now));
  const sessionsRead = reads.watch(
    api.forEachSessionPage(
      organization,
      async (sessions) => {
        reads.stopIfFailed();
        diffWith(await settingsRead).addSessions(sessions);
      },
      { onProgress: onSessionsRead },
    ),
  );

  await reads.settled([settingsRead, membersRead, sessionsRead]);
  return diffWith(await settingsRead).finish(memberEmails);
}

/** Reads that run side by side and stop together: the first failure is the one reported. */
class ReadsTogether {
  private failure: { error: unknown } | undefined;

  watch<T>(read: Promise<T>): Promise<T> {
    return read.catch((error: unknown) => {
      this.failure ??= { error };
      throw error;
    });
  }

  /** Throws the first failure of another read, so that a page handler stops its read. */
  stopIfFailed(): void {
    if (this.failure !== undefined) throw this.failure.error;
  }

  /** Waits until every read has finished or stopped, then rejects with the first failure. */
  async settled(reads: readonly Promise<unknown>[]): Promise<void> {
    await Promise.allSettled(reads);
    this.stopIfFailed();
  }
}

/**
 * Reading the live side of the diff whole: one organization's settings (with their ETag),
 * members and sessions, through the AdminApi only. Organizations are read in parallel;
 * the client bounds the requests in flight. The CLI reads and diffs page by page instead
 * (live-plan.ts), so that it never holds every session of a large organization.
 */
import type { AdminApi, Member, Session, VersionedSettings } from "../api/types";
import { mapConcurrently } from "./concurrency";

/** One organization as the admin API shows it at one moment. */
export interface LiveOrganization {
  organization: string;
  settings: VersionedSettings;
  members: Member[];
  sessions: Session[];
}

export interface ReadLiveOptions {
  /** Organizations read at the same time. */
  concurrency: number;
  /** Called with the running total of sessions read, across organizations. */
  onSessionsRead?: (total: number) => void;
}

/** Reads every organization in `organizations`, in the order given. */
export async function readLiveOrganizations(
  api: AdminApi,
  organizations: string[],
  options: ReadLiveOptions,
): Promise<LiveOrganization[]> {
  const report = sessionsReadAcross(options.onSessionsRead);
  return mapConcurrently(organizations, options.concurrency, (organization) =>
    readLiveOrganization(api, organization, (count) => report(organization, count)),
  );
}

/**
 * A reporter of one organization's sessions read so far that calls `onSessionsRead` with
 * the running total across organizations.
 */
export function sessionsReadAcross(
  onSessionsRead: ((total: number) => void) | undefined,
): (organization: string, count: number) => void {
  const readSoFar = new Map<string, number>();
  return (organization, count) => {
    readSoFar.set(organization, count);
    let total = 0;
    for (const value of readSoFar.values()) total += value;
    onSessionsRead?.(total);
  };
}

/** Settings, members and sessions of one organization, read in parallel. */
export async function readLiveOrganization(
  api: AdminApi,
  organization: string,
  onSessionsRead?: (count: number) => void,
): Promise<LiveOrganization> {
  const [settings, members, sessions] = await Promise.all([
    api.getAuthenticationSettings(organization),
    api.listMembers(organization),
    api.listSessions(organization, { onProgress: onSessionsRead }),
  ]);
  return { organization, settings, members, sessions };
}

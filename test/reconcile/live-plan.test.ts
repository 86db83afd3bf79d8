/**
 * Planning while reading, against the emulator: the plan equals the one built from the whole
 * live state, byte for byte, over several pages; and a failed read rejects and stops the
 * other reads of the organization.
 */
import { afterEach, describe, expect, it } from "vitest";
import { createAdminClient } from "../../src/api/client";
import { ApiError } from "../../src/api/errors";
import type { AdminApi } from "../../src/api/types";
import { type RunningEmulator, startEmulator } from "../../src/emulator";
import { buildPlan } from "../../src/reconcile/diff";
import { readLiveOrganizations } from "../../src/reconcile/live";
import { planLiveOrganizations } from "../../src/reconcile/live-plan";
import { DAY, policy } from "./fixtures";

const AUDITOR = "np_demo_auditor";

let emulator: RunningEmulator | undefined;

afterEach(async () => {
  await emulator?.close();
  emulator = undefined;
});

async function syntheticClient(members: number) {
  emulator = await startEmulator({ seed: `synthetic:members=${members},sessionsPerMember=3` });
  return createAdminClient({
    baseUrl: emulator.url,
    token: AUDITOR,
    timeoutMs: 5000,
    budgetMs: 60_000,
    concurrency: 4,
  });
}

const desired = {
  organizations: [
    policy("synthetic", {
      sessionLengthSeconds: 7 * DAY,
      protectedMembers: ["member0002@synthetic.example"],
      rules: [
        { id: "phones", members: "*", match: { deviceTypes: ["mobile"] } },
        { id: "offboard", members: ["member0001@synthetic.example", "ghost@synthetic.example"] },
        { id: "recent", members: "*", lastLoginAfter: new Date(Date.now() - DAY * 1000).toJSON() },
      ],
    }),
  ],
};

describe("planLiveOrganizations", () => {
  it("gives the plan of the whole live state, byte for byte, over several pages", async () => {
    const api = await syntheticClient(1500);
    const now = new Date();
    const progress: number[] = [];

    const streamed = await planLiveOrganizations(api, desired, now, {
      concurrency: 2,
      only: "revocation:phones",
      onSessionsRead: (total) => progress.push(total),
    });
    const whole = buildPlan(
      desired,
      await readLiveOrganizations(api, ["synthetic"], { concurrency: 2 }),
      now,
      "revocation:phones",
    );

    expect(JSON.stringify(streamed)).toBe(JSON.stringify(whole));
    expect(streamed.summary.sessionRevocations).toBeGreaterThan(0);
    expect(streamed.organizations[0]?.warnings).toEqual([
      "rule offboard names unknown member ghost@synthetic.example; " +
        "it revokes nothing for that member",
    ]);
    expect(streamed.organizations[0]?.memberWideRevocations).toContain("m-0001");
    expect(progress).toEqual([1000, 2000, 3000, 4000, 4500]);
  });

  it("rejects with the first failed read and stops reading sessions", async () => {
    const api = await syntheticClient(2000);
    // The emulator cannot fail the settings read alone; this wrapper of the real client
    // fails it once the first page of sessions is in, and counts the pages handed over.
    const failure = new ApiError("GET settings failed with status 500", {
      kind: "http",
      method: "GET",
      path: "/v1/organizations/synthetic/settings/authentication",
      status: 500,
    });
    let pages = 0;
    let firstPage: () => void = () => undefined;
    const pageSeen = new Promise<void>((resolve) => (firstPage = resolve));
    const failing: AdminApi = Object.create(api);
    failing.getAuthenticationSettings = async () => {
      await pageSeen;
      throw failure;
    };
    failing.forEachSessionPage = (org, onPage, options) =>
      api.forEachSessionPage(
        org,
        (sessions) => {
          pages += 1;
          firstPage();
          return onPage(sessions);
        },
        options,
      );

    const planning = planLiveOrganizations(failing, desired, new Date(), { concurrency: 1 });
    await expect(planning).rejects.toBe(failure);
    // Six pages in all; the read stops at the first one after the failure.
    expect(pages).toBe(1);
  });
});

/**
 * apply against the emulator through the real client: what a partial failure reports, and
 * that a rerun finishes the rest without revoking anything twice.
 */
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { createAdminClient } from "../../src/api/client";
import { ApiError } from "../../src/api/errors";
import type { AdminApi } from "../../src/api/types";
import { applyPlan } from "../../src/reconcile/apply";
import { buildPlan } from "../../src/reconcile/diff";
import { readLiveOrganizations } from "../../src/reconcile/live";
import { startTestEmulator, type TestEmulator } from "../helpers/emulator";
import { ADMIN_TOKEN, testSeed } from "../cli/e2e-harness";
import { DAY, policy } from "./fixtures";

let emulator: TestEmulator;

beforeEach(async () => {
  emulator = await startTestEmulator(testSeed());
});

afterEach(async () => emulator.close());

const desired = {
  organizations: [
    policy("acme", {
      sessionLengthSeconds: 7 * DAY,
      protectedMembers: ["breakglass@acme.example"],
      rules: [
        { id: "offboard-jane", members: ["jane@acme.example"] },
        { id: "phones", members: "*", match: { deviceTypes: ["mobile"] } },
        { id: "ann", members: ["ann@acme.example"], match: { sessionIds: ["s-ann-1", "s-ann-2"] } },
      ],
    }),
  ],
};

function client(): AdminApi {
  return createAdminClient({
    baseUrl: emulator.url,
    token: ADMIN_TOKEN,
    timeoutMs: 5000,
    budgetMs: 30_000,
    concurrency: 4,
  });
}

async function freshPlan(api: AdminApi) {
  const now = new Date();
  return buildPlan(desired, await readLiveOrganizations(api, ["acme"], { concurrency: 2 }), now);
}

describe("applyPlan", () => {
  it("reports what a failed call left undone; a rerun finishes it without repeats", async () => {
    const api = client();
    // The emulator cannot fail one chosen call on purpose, so this wrapper of the real client
    // fails the batch of rule "ann" once, as a server error would.
    const failing: AdminApi = Object.create(api);
    failing.batchRevokeSessions = async (org, ids, context) => {
      if (context.ruleId === "ann") {
        throw new ApiError("POST /sessions/batch-revoke failed with status 500", {
          kind: "http",
          method: "POST",
          path: "/sessions/batch-revoke",
          status: 500,
        });
      }
      return api.batchRevokeSessions(org, ids, context);
    };

    const first = await applyPlan(await freshPlan(api), failing, { actor: "test", concurrency: 2 });
    expect(first.organizations[0]).toMatchObject({
      organization: "acme",
      setting: "updated",
      revoked: 3,
      notDone: 2,
      problems: [
        "2 sessions of rule ann not revoked: POST /sessions/batch-revoke failed with status 500",
      ],
    });

    const rest = await freshPlan(api);
    expect(rest.summary).toEqual({ settingChanges: 0, sessionRevocations: 2, membersAffected: 1 });
    const second = await applyPlan(rest, api, { actor: "test", concurrency: 2 });
    expect(second.organizations[0]).toMatchObject({ revoked: 2, notDone: 0, problems: [] });

    const events = await api.listEvents("acme");
    const targets = events
      .filter((e) => e.action === "revoke-session")
      .map((e) => e.target)
      .sort();
    expect(targets).toEqual(["s-ann-1", "s-ann-2", "s-jane-1", "s-jane-2", "s-tom-phone"]);
    expect((await freshPlan(api)).summary.sessionRevocations).toBe(0);
  });

  it("refuses an organization whose session length moved since the plan", async () => {
    const api = client();
    const plan = await freshPlan(api);
    const settings = await api.getAuthenticationSettings("acme");
    await api.putAuthenticationSettings("acme", DAY, settings.etag, { actor: "admin-panel" });

    const outcome = await applyPlan(plan, api, { actor: "test", concurrency: 2 });
    expect(outcome.organizations[0]).toMatchObject({ setting: "refused", revoked: 0, notDone: 5 });
    expect(outcome.organizations[0]!.refused).toContain(
      "acme: session length changed from 30d to 1d since the plan",
    );
    const revokes = (await api.listEvents("acme")).filter((e) => e.action === "revoke-session");
    expect(revokes).toEqual([]);
  });

  it("counts sessions already gone as done", async () => {
    const api = client();
    const plan = await freshPlan(api);
    await api.deleteSession("acme", "s-tom-phone", { actor: "someone" });

    const outcome = await applyPlan(plan, api, { actor: "test", concurrency: 2 });
    expect(outcome.organizations[0]).toMatchObject({
      revoked: 4,
      alreadyGone: 1,
      notDone: 0,
      problems: [],
    });
  });
});

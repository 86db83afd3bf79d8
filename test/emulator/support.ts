/** Shared pieces of the emulator tests: every response goes through the OpenAPI check. */
import type { RunningEmulator, SeedDocument } from "../../src/emulator";
import { api, control, writeHeaders, type TestApi } from "../helpers/emulator";

export const ACME = "/v1/organizations/acme";

/** An API client whose every response is checked against the OpenAPI document. */
export function checked(emulator: RunningEmulator, token?: string): TestApi {
  return api(emulator, token, { validate: true });
}

export function checkedControl(emulator: RunningEmulator) {
  return control(emulator, { validate: true });
}

export { writeHeaders };

/** A small organization with a token of each role, for exact assertions. */
export function smallSeed(sessionsPerMember = 2, members = 3): SeedDocument {
  const now = Date.now();
  return {
    organizations: [
      {
        id: "tiny",
        name: "Tiny",
        sessionLength: "30d",
        tokens: [
          { name: "owner", token: "tiny_owner_token", role: "owner" },
          { name: "admin", token: "tiny_admin_token", role: "admin" },
          { name: "auditor", token: "tiny_auditor_token", role: "auditor" },
          { name: "member", token: "tiny_member_token", role: "member" },
        ],
        members: Array.from({ length: members }, (_, m) => ({
          id: `m-${m + 1}`,
          email: `user${m + 1}@tiny.example`,
          sessions: Array.from({ length: sessionsPerMember }, (_, s) => ({
            id: `s-${m + 1}-${s + 1}`,
            deviceType: "desktop" as const,
            browser: "Firefox",
            platform: "extension" as const,
            platformVersion: "5.24.0",
            ipAddress: "192.0.2.1",
            lastLoginAt: new Date(now - (m * 10 + s + 1) * 3600_000).toISOString(),
          })),
        })),
      },
      {
        id: "other",
        sessionLength: "7d",
        tokens: [{ name: "other-admin", token: "other_admin_token", role: "admin" }],
        members: [{ id: "m-x", email: "x@other.example" }],
      },
    ],
  };
}

export const TINY = "/v1/organizations/tiny";

/**
 * End-to-end harness: the CLI run in process through run(argv, io) with captured IO,
 * against the real emulator on a loopback port, with policies written to a temp folder.
 */
import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import type { SeedDocument } from "../../src/emulator";
import { type CliResult, runCliInProcess } from "../helpers/cli";

export const ADMIN_TOKEN = "np_test_admin_4f9c";
export const AUDITOR_TOKEN = "np_test_auditor_77aa";
export const OWNER_TOKEN = "np_test_owner_0b1d";

const HOUR_MS = 3600 * 1000;

export type { CliResult };

export interface RunOptions {
  env?: Record<string, string | undefined>;
  /** Lines typed on stdin. */
  stdin?: string;
  /** Whether stdin is a terminal. */
  tty?: boolean;
}

/** A temp folder that policies, plans and exports go to; remove() in afterEach. */
export class Workspace {
  readonly dir = mkdtempSync(join(tmpdir(), "np-e2e-"));

  write(relative: string, text: string): string {
    const file = join(this.dir, relative);
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, text);
    return file;
  }

  path(relative: string): string {
    return join(this.dir, relative);
  }

  remove(): void {
    rmSync(this.dir, { recursive: true, force: true });
  }
}

/** Runs the CLI against `url` with `token` in the environment (unless overridden). */
export async function runCli(
  argv: string[],
  context: { url: string; token?: string; cwd: string },
  options: RunOptions = {},
): Promise<CliResult> {
  return runCliInProcess(argv, {
    cwd: context.cwd,
    env: {
      NORDPASS_API_URL: context.url,
      ...(context.token === undefined ? {} : { NORDPASS_API_TOKEN: context.token }),
      ...options.env,
    },
    stdin: options.stdin,
    stdinTTY: options.tty,
  });
}

/** An ISO instant `hours` before now, to the second. */
export function hoursAgo(hours: number, nowMs = Date.now()): string {
  return new Date(Math.floor((nowMs - hours * HOUR_MS) / 1000) * 1000).toISOString();
}

const desktop = {
  deviceType: "desktop",
  browser: "Firefox",
  platform: "extension",
  platformVersion: "5.24.1",
} as const;
const phone = {
  deviceType: "mobile",
  browser: "Safari",
  platform: "ios",
  platformVersion: "5.19.2",
} as const;

/**
 * acme, live at 30d: jane (3 sessions, one 10 days old that a 7d length ends), tom (a phone
 * and a desktop), ann (two sessions 2 and 30 hours old), breakglass (protected), and ghost-free
 * globex. Times count back from now, so every session is alive when the seed loads.
 */
export function testSeed(): SeedDocument {
  const tokens = [
    { name: "ci", token: ADMIN_TOKEN, role: "admin" as const },
    { name: "pr-check", token: AUDITOR_TOKEN, role: "auditor" as const },
    { name: "owner", token: OWNER_TOKEN, role: "owner" as const },
  ];
  return {
    organizations: [
      {
        id: "acme",
        sessionLength: "30d",
        tokens,
        members: [
          {
            email: "jane@acme.example",
            sessions: [
              { id: "s-jane-1", ...desktop, ipAddress: "203.0.113.24", lastLoginAt: hoursAgo(1) },
              { id: "s-jane-2", ...phone, ipAddress: "198.51.100.7", lastLoginAt: hoursAgo(48) },
              {
                id: "s-jane-old",
                ...desktop,
                ipAddress: "203.0.113.25",
                lastLoginAt: hoursAgo(240),
              },
            ],
          },
          {
            email: "tom@acme.example",
            sessions: [
              { id: "s-tom-phone", ...phone, ipAddress: "198.51.100.31", lastLoginAt: hoursAgo(5) },
              { id: "s-tom-desk", ...desktop, ipAddress: "203.0.113.31", lastLoginAt: hoursAgo(3) },
            ],
          },
          {
            email: "ann@acme.example",
            sessions: [
              { id: "s-ann-1", ...desktop, ipAddress: "192.0.2.5", lastLoginAt: hoursAgo(2) },
              { id: "s-ann-2", ...desktop, ipAddress: "192.0.2.6", lastLoginAt: hoursAgo(30) },
            ],
          },
          {
            email: "breakglass@acme.example",
            role: "owner",
            sessions: [
              { id: "s-bg", ...desktop, ipAddress: "192.0.2.10", lastLoginAt: hoursAgo(4) },
            ],
          },
        ],
      },
      { id: "globex", sessionLength: "7d", tokens, members: [{ email: "amy@globex.example" }] },
    ],
  };
}

/**
 * The acme policy of these tests: 7d, jane offboarded (every session), tom's lost phone,
 * ann's sessions before `annBefore`, breakglass protected under a rule for everyone's
 * Firefox 5.24.1 sessions on 203.0.113.0/24 that excludes it.
 */
export function acmePolicy(options: {
  annBefore: string;
  maxRevocations?: number;
  sessionLength?: string;
}): string {
  return [
    "version: 1",
    "organization: acme",
    `sessionLength: ${options.sessionLength ?? "7d"}`,
    "protectedMembers: [breakglass@acme.example]",
    ...(options.maxRevocations === undefined
      ? []
      : ["guardrails:", `  maxRevocations: ${options.maxRevocations}`]),
    "revocations:",
    "  - id: offboard-jane",
    "    reason: Left the company, HR-1203",
    "    members: [jane@acme.example]",
    "  - id: lost-phone",
    "    reason: Phone lost, INC-77",
    "    members: [tom@acme.example, ghost@acme.example]",
    "    match:",
    "      deviceTypes: [mobile]",
    "  - id: ann-incident",
    "    reason: Credential leak, INC-80",
    "    members: [ann@acme.example, breakglass@acme.example]",
    `    lastLoginBefore: ${options.annBefore}`,
    "",
  ].join("\n");
}

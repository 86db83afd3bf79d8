import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { demoSeed, startEmulator, type RunningEmulator } from "../../src/emulator";
import { resolveSeed } from "../../src/emulator/seed-loader";
import { startTestEmulator } from "../helpers/emulator";
import { checked } from "./support";

const DEMO = {
  acme: {
    length: 30 * 86400,
    members: ["jane@acme.example", "tom@acme.example", "breakglass@acme.example"],
  },
  globex: { length: 30 * 86400, members: [] },
  initech: { length: 7 * 86400, members: ["peter@initech.example"] },
  umbrella: {
    length: 30 * 86400,
    members: ["breakglass@umbrella.example", "secops@umbrella.example"],
  },
  hooli: { length: 7 * 86400, members: [] },
  "wayne-staging": { length: 7 * 86400, members: [] },
  "wayne-production": {
    length: 30 * 86400,
    members: ["breakglass@wayne.example", "bruce@wayne.example", "alfred@wayne.example"],
  },
} as const;

interface SessionBody {
  memberEmail: string;
  deviceType: string;
  platform: string;
  platformVersion: string;
  ipAddress: string;
  lastLoginAt: string;
}

describe("the demo seed", () => {
  let emulator: RunningEmulator;
  beforeAll(async () => {
    emulator = await startTestEmulator("demo");
  });
  afterAll(() => emulator.close());
  const auditor = () => checked(emulator, "np_demo_auditor");
  const sessions = async (org: string): Promise<SessionBody[]> =>
    (await auditor().get(`/v1/organizations/${org}/sessions?limit=1000`)).body.items;

  it("has each DEMO-ORGANIZATIONS.md organization, session length and named member", async () => {
    for (const [org, expected] of Object.entries(DEMO)) {
      const settings = await auditor().get(`/v1/organizations/${org}/settings/authentication`);
      expect(settings.body.sessionLengthSeconds, org).toBe(expected.length);
      const members = (await auditor().get(`/v1/organizations/${org}/members?limit=1000`)).body
        .items;
      const emails = members.map((m: { email: string }) => m.email);
      for (const email of expected.members) expect(emails, org).toContain(email);
      expect(members.length, org).toBeGreaterThanOrEqual(org === "acme" ? 30 : 8);
      expect(members.length, org).toBeLessThanOrEqual(org === "acme" ? 60 : 15);
    }
  });

  it("gives the named members the sessions the examples act on", async () => {
    const acme = await sessions("acme");
    expect(acme.filter((s) => s.memberEmail === "jane@acme.example")).toHaveLength(3);
    const tom = acme
      .filter((s) => s.memberEmail === "tom@acme.example")
      .map((s) => s.deviceType)
      .sort();
    expect(tom).toEqual(["desktop", "mobile"]);
    expect(acme.some((s) => s.memberEmail === "breakglass@acme.example")).toBe(true);
    expect((await sessions("initech")).some((s) => s.memberEmail === "peter@initech.example")).toBe(
      true,
    );
    const alfred = (await sessions("wayne-production")).filter(
      (s) => s.memberEmail === "alfred@wayne.example",
    );
    expect(alfred.some((s) => s.ipAddress.startsWith("198.51.100."))).toBe(true);
    expect(alfred.some((s) => !s.ipAddress.startsWith("198.51.100."))).toBe(true);
    const others = (await sessions("wayne-production")).filter(
      (s) => s.memberEmail !== "alfred@wayne.example",
    );
    expect(others.some((s) => s.ipAddress.startsWith("198.51.100."))).toBe(false);
  });

  it("mixes old and new mobile releases in hooli, and v4 and v6 addresses", async () => {
    const mobile = (await sessions("hooli")).filter(
      (s) => s.platform === "ios" || s.platform === "android",
    );
    const minor = (s: SessionBody) => Number(s.platformVersion.split(".")[1]);
    expect(mobile.some((s) => minor(s) < 20)).toBe(true);
    expect(mobile.some((s) => minor(s) >= 20)).toBe(true);
    const all = (await Promise.all(Object.keys(DEMO).map(sessions))).flat();
    expect(all.some((s) => s.ipAddress.includes(":"))).toBe(true);
    expect(new Set(all.map((s) => s.platform))).toEqual(
      new Set(["extension", "desktop", "web", "ios", "android"]),
    );
  });

  it("spreads umbrella's logins on both sides of a day ago, all alive", async () => {
    const now = Date.now();
    const ages = (await sessions("umbrella")).map(
      (s) => (now - Date.parse(s.lastLoginAt)) / 3600_000,
    );
    expect(ages.some((hours) => hours < 24)).toBe(true);
    expect(ages.some((hours) => hours > 48)).toBe(true);
    expect(Math.max(...ages)).toBeLessThan(25 * 24 + 1);
  });

  it("is the same for the same load time", () => {
    expect(demoSeed(1_800_000_000_000)).toEqual(demoSeed(1_800_000_000_000));
  });
});

const cursorQuery = (cursor: string | null): string => (cursor === null ? "" : `&cursor=${cursor}`);

describe("the synthetic seed", () => {
  it("gives the same data for the same arguments", () => {
    const now = 1_800_000_000_000;
    const a = resolveSeed("synthetic:members=50,sessionsPerMember=3", now);
    const b = resolveSeed("synthetic:members=50,sessionsPerMember=3", now);
    expect(a).toEqual(b);
    expect(a.organizations[0]?.members).toHaveLength(50);
    expect(a.organizations[0]?.members?.flatMap((m) => m.sessions ?? [])).toHaveLength(150);
    expect(resolveSeed("synthetic:members=50,sessionsPerMember=2", now)).not.toEqual(a);
  });

  it("loads 50,000 sessions and serves them all through paged reads", async () => {
    const started = Date.now();
    const emulator = await startEmulator({ seed: "synthetic:members=10000,sessionsPerMember=5" });
    try {
      expect(Date.now() - started).toBeLessThan(10_000);
      let cursor: string | null = null;
      let count = 0;
      do {
        const page: { body: { items: unknown[]; nextCursor: string | null } } = await checked(
          emulator,
          "np_demo_auditor",
        ).get(`/v1/organizations/synthetic/sessions?limit=1000${cursorQuery(cursor)}`);
        count += page.body.items.length;
        cursor = page.body.nextCursor;
      } while (cursor !== null);
      expect(count).toBe(50_000);
    } finally {
      await emulator.close();
    }
  });

  it("refuses a malformed synthetic spec", () => {
    expect(() => resolveSeed("synthetic:members=ten", 0)).toThrow(
      /synthetic:members=N,sessionsPerMember=M/,
    );
  });
});

describe("seed files", () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), "emulator-seed-"));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  const yamlSeed = `organizations:
  - id: acme
    name: Acme
    sessionLength: 30d
    tokens:
      - { name: ci, token: np_test_admin_1, role: admin }
      - { name: pr-check, token: np_test_audit_1, role: auditor }
    members:
      - email: jane@acme.example
        role: member
        sessions:
          - { id: s-8f2c, deviceType: mobile, browser: Safari, platform: ios,
              platformVersion: 5.19.2, ipAddress: 198.51.100.7,
              lastLoginAt: ${new Date(Date.now() - 86400_000).toISOString()} }
`;

  it("loads the PRODUCT.md seed format from YAML, computing expiresAt", async () => {
    const file = join(dir, "seed.yaml");
    writeFileSync(file, yamlSeed);
    const emulator = await startEmulator({ seed: file });
    try {
      const response = await checked(emulator, "np_test_audit_1").get(
        "/v1/organizations/acme/sessions",
      );
      expect(response.body.items).toEqual([
        expect.objectContaining({
          id: "s-8f2c",
          memberEmail: "jane@acme.example",
          platformVersion: "5.19.2",
        }),
      ]);
      const session = response.body.items[0];
      expect(Date.parse(session.expiresAt) - Date.parse(session.lastLoginAt)).toBe(30 * 86400_000);
    } finally {
      await emulator.close();
    }
  });

  it("loads JSON seed files", () => {
    const file = join(dir, "seed.json");
    writeFileSync(file, JSON.stringify({ organizations: [{ id: "a", sessionLength: 3600 }] }));
    expect(resolveSeed(file, 0).organizations[0]?.id).toBe("a");
  });

  it("cites the file, line and column of a bad value", () => {
    const file = join(dir, "bad.yaml");
    writeFileSync(file, yamlSeed.replace("deviceType: mobile", "deviceType: phone"));
    expect(() => resolveSeed(file, 0)).toThrow(
      new RegExp(`^${file.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}:12:`),
    );
  });

  it("refuses a session length out of range and duplicate organizations, at their line", () => {
    const file = join(dir, "range.yaml");
    writeFileSync(file, "organizations:\n  - id: a\n    sessionLength: 31d\n");
    expect(() => resolveSeed(file, 0)).toThrow(
      /range\.yaml:3:20: sessionLength must be from 1h to 30d/,
    );
    writeFileSync(
      file,
      "organizations:\n  - id: a\n    sessionLength: 1d\n  - id: a\n    sessionLength: 1d\n",
    );
    expect(() => resolveSeed(file, 0)).toThrow(/range\.yaml:4:9: organization "a" is listed twice/);
  });

  it("refuses YAML syntax errors and a missing file with a position or reason", () => {
    const file = join(dir, "syntax.yaml");
    writeFileSync(file, "organizations:\n  - id: a\n    id: b\n");
    expect(() => resolveSeed(file, 0)).toThrow(/syntax\.yaml:3:5:/);
    expect(() => resolveSeed(join(dir, "missing.yaml"), 0)).toThrow(
      /cannot read the seed file \(ENOENT\)/,
    );
  });
});

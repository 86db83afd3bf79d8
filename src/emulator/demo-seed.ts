import type { DeviceType, Platform } from "../api/types";
import { seededRandom, seedFromText, type Random } from "./prng";
import type {
  SeedDocument,
  SeedMember,
  SeedOrganization,
  SeedSession,
  SeedToken,
} from "./seed-document";

/**
 * The demo seed of docs/DEMO-ORGANIZATIONS.md: seven organizations sharing four public
 * tokens, the members the examples name, and believable others. Login times count back
 * from `nowMs` and stay inside each organization's session length, so every session is
 * alive when the seed loads; everything else comes from a PRNG seeded by the organization
 * id, so the same `nowMs` always gives the same seed.
 */
export const DEMO_TOKENS = {
  owner: "np_demo_owner",
  admin: "np_demo_admin",
  auditor: "np_demo_auditor",
  member: "np_demo_member",
} as const;

const HOUR_MS = 3600 * 1000;
const DAY_MS = 24 * HOUR_MS;

const FIRST_NAMES = [
  "aisha",
  "ben",
  "carla",
  "dmitri",
  "elena",
  "farid",
  "grace",
  "hiro",
  "ines",
  "jonas",
  "kate",
  "liam",
  "maya",
  "nils",
  "olga",
  "pablo",
  "quinn",
  "rosa",
  "sam",
  "tariq",
  "uma",
  "victor",
  "wen",
  "ximena",
  "yusuf",
  "zoe",
  "anna",
  "boris",
  "chloe",
  "diego",
  "eva",
  "felix",
  "gita",
  "hugo",
  "ivy",
  "jack",
];

interface OrganizationPlan {
  id: string;
  name: string;
  sessionLength: string;
  domain: string;
  /** Members the examples name, with their fixed sessions. */
  named: NamedMember[];
  /** How many other members to add. */
  others: number;
  /** Sessions log in at most this long ago. */
  maxAgeMs: number;
  /** Mobile versions for generated members; hooli mixes old and new releases. */
  mobileVersions?: readonly string[];
  /** Generated members never log in from these address prefixes. */
  avoidPrefix?: string;
}

interface NamedMember {
  local: string;
  role?: SeedMember["role"];
  sessions: Array<Omit<SeedSession, "lastLoginAt" | "id"> & { ageHours: number }>;
}

const ext = (browser: string, version: string, ip: string, ageHours: number) => ({
  deviceType: "desktop" as DeviceType,
  platform: "extension" as Platform,
  browser,
  platformVersion: version,
  ipAddress: ip,
  ageHours,
});
const app = (
  platform: Platform,
  deviceType: DeviceType,
  browser: string,
  version: string,
  ip: string,
  ageHours: number,
) => ({ deviceType, platform, browser, platformVersion: version, ipAddress: ip, ageHours });

const PLANS: OrganizationPlan[] = [
  {
    id: "acme",
    name: "Acme",
    sessionLength: "30d",
    domain: "acme.example",
    others: 33,
    maxAgeMs: 25 * DAY_MS,
    named: [
      {
        local: "jane",
        sessions: [
          ext("Chrome", "5.24.1", "203.0.113.24", 5),
          app("web", "desktop", "Firefox", "5.23.0", "2001:db8:ac3e::24", 50),
          app("ios", "mobile", "Safari", "5.19.2", "198.51.100.7", 200),
        ],
      },
      {
        local: "tom",
        sessions: [
          app("ios", "mobile", "Safari", "5.22.0", "198.51.100.31", 30),
          app("desktop", "desktop", "NordPass", "5.24.1", "203.0.113.31", 8),
        ],
      },
      {
        local: "breakglass",
        role: "owner",
        sessions: [ext("Firefox", "5.24.1", "192.0.2.10", 300)],
      },
    ],
  },
  {
    id: "globex",
    name: "Globex",
    sessionLength: "30d",
    domain: "globex.example",
    others: 10,
    maxAgeMs: 25 * DAY_MS,
    named: [],
  },
  {
    id: "initech",
    name: "Initech",
    sessionLength: "7d",
    domain: "initech.example",
    others: 9,
    maxAgeMs: 6 * DAY_MS,
    named: [
      {
        local: "peter",
        sessions: [
          ext("Edge", "5.24.0", "203.0.113.77", 3),
          app("android", "mobile", "Chrome", "5.21.3", "2001:db8:1e7::77", 40),
        ],
      },
    ],
  },
  {
    id: "umbrella",
    name: "Umbrella",
    sessionLength: "30d",
    domain: "umbrella.example",
    others: 12,
    maxAgeMs: 25 * DAY_MS,
    named: [
      {
        local: "breakglass",
        role: "owner",
        sessions: [ext("Chrome", "5.24.1", "192.0.2.50", 120)],
      },
      {
        local: "secops",
        role: "admin",
        sessions: [
          app("desktop", "desktop", "NordPass", "5.24.1", "192.0.2.51", 2),
          ext("Firefox", "5.23.2", "2001:db8:5ec::1", 90),
        ],
      },
    ],
  },
  {
    id: "hooli",
    name: "Hooli",
    sessionLength: "7d",
    domain: "hooli.example",
    others: 12,
    maxAgeMs: 6 * DAY_MS,
    mobileVersions: ["5.17.4", "5.18.0", "5.19.2", "5.20.0", "5.21.1", "5.23.0"],
    named: [],
  },
  {
    id: "wayne-staging",
    name: "Wayne Enterprises (staging)",
    sessionLength: "7d",
    domain: "wayne.example",
    others: 8,
    maxAgeMs: 6 * DAY_MS,
    named: [],
  },
  {
    id: "wayne-production",
    name: "Wayne Enterprises (production)",
    sessionLength: "30d",
    domain: "wayne.example",
    others: 11,
    maxAgeMs: 25 * DAY_MS,
    avoidPrefix: "198.51.100.",
    named: [
      {
        local: "alfred",
        sessions: [
          ext("Safari", "5.24.0", "198.51.100.42", 6),
          app("ios", "mobile", "Safari", "5.22.1", "198.51.100.43", 70),
          app("desktop", "desktop", "NordPass", "5.24.1", "203.0.113.9", 20),
        ],
      },
      {
        local: "bruce",
        role: "owner",
        sessions: [app("desktop", "desktop", "NordPass", "5.24.1", "203.0.113.1", 1)],
      },
      {
        local: "breakglass",
        role: "admin",
        sessions: [ext("Chrome", "5.24.1", "192.0.2.99", 400)],
      },
    ],
  },
];

/** The demo seed, with login times counted back from `nowMs`. */
export function demoSeed(nowMs: number): SeedDocument {
  return { organizations: PLANS.map((plan) => demoOrganization(plan, nowMs)) };
}

function demoOrganization(plan: OrganizationPlan, nowMs: number): SeedOrganization {
  const random = seededRandom(seedFromText(plan.id));
  const at = (ageMs: number): string =>
    new Date(Math.floor((nowMs - ageMs) / 1000) * 1000).toISOString();
  const named: SeedMember[] = plan.named.map((member) => ({
    email: `${member.local}@${plan.domain}`,
    role: member.role ?? "member",
    sessions: member.sessions.map(({ ageHours, ...session }) => ({
      ...session,
      lastLoginAt: at(ageHours * HOUR_MS),
    })),
  }));
  const taken = new Set(plan.named.map((member) => member.local));
  const others = FIRST_NAMES.filter((name) => !taken.has(name))
    .slice(0, plan.others)
    .map((local, i) => ({
      email: `${local}@${plan.domain}`,
      role: i === 0 ? ("admin" as const) : ("member" as const),
      sessions: Array.from({ length: random.int(0, 4) }, () => {
        const session = generatedSession(random, plan);
        return { ...session, lastLoginAt: at(random.int(HOUR_MS, plan.maxAgeMs)) };
      }),
    }));
  return {
    id: plan.id,
    name: plan.name,
    sessionLength: plan.sessionLength,
    tokens: demoTokens(),
    members: [...named, ...others].sort((a, b) => (a.email < b.email ? -1 : 1)),
  };
}

function demoTokens(): SeedToken[] {
  return (Object.keys(DEMO_TOKENS) as Array<keyof typeof DEMO_TOKENS>).map((role) => ({
    name: `demo-${role}`,
    token: DEMO_TOKENS[role],
    role,
  }));
}

const BROWSERS = ["Chrome", "Firefox", "Edge", "Safari", "Brave", "Opera"];
const DESKTOP_VERSIONS = ["5.21.0", "5.22.3", "5.23.0", "5.23.2", "5.24.0", "5.24.1"];
const MOBILE_VERSIONS = ["5.20.1", "5.21.4", "5.22.0", "5.23.1", "5.24.0"];

/** A generated member's session: a random platform, with a device, browser and address to match. */
export function generatedSession(
  random: Random,
  plan: Pick<OrganizationPlan, "mobileVersions" | "avoidPrefix">,
): Omit<SeedSession, "lastLoginAt"> {
  const platform = random.pick<Platform>([
    "extension",
    "extension",
    "desktop",
    "web",
    "ios",
    "android",
  ]);
  const mobile = platform === "ios" || platform === "android";
  const deviceType: DeviceType = mobile ? (random.next() < 0.2 ? "tablet" : "mobile") : "desktop";
  const browser =
    platform === "ios"
      ? "Safari"
      : platform === "android"
        ? "Chrome"
        : platform === "desktop"
          ? "NordPass"
          : random.pick(BROWSERS);
  const platformVersion = random.pick(
    mobile ? (plan.mobileVersions ?? MOBILE_VERSIONS) : DESKTOP_VERSIONS,
  );
  return {
    deviceType,
    browser,
    platform,
    platformVersion,
    ipAddress: randomAddress(random, plan.avoidPrefix),
  };
}

function randomAddress(random: Random, avoidPrefix?: string): string {
  if (random.next() < 0.3)
    return `2001:db8:${random.int(1, 0xffff).toString(16)}::${random.int(1, 0xffff).toString(16)}`;
  const prefixes = ["192.0.2.", "198.51.100.", "203.0.113."].filter(
    (prefix) => prefix !== avoidPrefix,
  );
  return `${random.pick(prefixes)}${random.int(1, 254)}`;
}

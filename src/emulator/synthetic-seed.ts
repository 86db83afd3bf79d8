import { DEMO_TOKENS, generatedSession } from "./demo-seed";
import { seededRandom, seedFromText } from "./prng";
import { SeedError } from "./seed-error";
import type { SeedDocument, SeedMember } from "./seed-document";

export interface SyntheticSpec {
  members: number;
  sessionsPerMember: number;
}

export const SYNTHETIC_ORGANIZATION = "synthetic";
const MAX_SYNTHETIC_SESSIONS = 5_000_000;
const DAY_MS = 24 * 3600 * 1000;

/** Reads "synthetic:members=N,sessionsPerMember=M". */
export function parseSyntheticSpec(text: string): SyntheticSpec {
  const match = /^synthetic:members=(\d{1,7}),sessionsPerMember=(\d{1,4})$/.exec(text);
  if (match === null) {
    throw new SeedError(
      `seed "${text}" is not synthetic:members=N,sessionsPerMember=M (whole numbers)`,
    );
  }
  const spec = { members: Number(match[1]), sessionsPerMember: Number(match[2]) };
  if (spec.members * spec.sessionsPerMember > MAX_SYNTHETIC_SESSIONS) {
    throw new SeedError(`seed "${text}" asks for more than ${MAX_SYNTHETIC_SESSIONS} sessions`);
  }
  return spec;
}

/**
 * One organization, "synthetic", with the demo tokens, N members and M sessions each. The
 * same arguments give the same members, ids and attributes; login times are the same
 * offsets back from `nowMs` (up to 25 days, inside the 30-day session length).
 */
export function syntheticSeed(spec: SyntheticSpec, nowMs: number): SeedDocument {
  const random = seededRandom(seedFromText(`synthetic:${spec.members}:${spec.sessionsPerMember}`));
  const width = String(Math.max(spec.members, 1)).length;
  const members: SeedMember[] = [];
  for (let m = 1; m <= spec.members; m += 1) {
    const number = String(m).padStart(width, "0");
    members.push({
      id: `m-${number}`,
      email: `member${number}@synthetic.example`,
      role: "member",
      sessions: Array.from({ length: spec.sessionsPerMember }, (_, s) => ({
        id: `s-${number}-${String(s + 1).padStart(4, "0")}`,
        ...generatedSession(random, {}),
        lastLoginAt: new Date(
          Math.floor((nowMs - random.int(60_000, 25 * DAY_MS)) / 1000) * 1000,
        ).toISOString(),
      })),
    });
  }
  return {
    organizations: [
      {
        id: SYNTHETIC_ORGANIZATION,
        name: "Synthetic",
        sessionLength: "30d",
        tokens: (Object.keys(DEMO_TOKENS) as Array<keyof typeof DEMO_TOKENS>).map((role) => ({
          name: `demo-${role}`,
          token: DEMO_TOKENS[role],
          role,
        })),
        members,
      },
    ],
  };
}

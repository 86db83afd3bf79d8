import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import Ajv2020 from "ajv/dist/2020";
import addFormats from "ajv-formats";
import { isMap, isSeq, LineCounter, parseDocument, type Node as YamlNode } from "yaml";
import { MAX_SESSION_LENGTH_SECONDS, MIN_SESSION_LENGTH_SECONDS } from "../api/types";
import { tokenDigest } from "./auth";
import { demoSeed } from "./demo-seed";
import { SeedError } from "./seed-error";
import { seedDocumentSchema, sessionLengthSeconds, type SeedDocument } from "./seed-document";
import type { EmulatorStore } from "./store";
import { parseSyntheticSpec, syntheticSeed } from "./synthetic-seed";

export { SeedError };

/**
 * The seed document for a --seed value: "demo", "synthetic:members=N,sessionsPerMember=M",
 * or a YAML or JSON file. Relative times (demo, synthetic) count back from `nowMs`.
 */
export function resolveSeed(
  seed: string | SeedDocument,
  nowMs: number,
  cwd = process.cwd(),
): SeedDocument {
  if (typeof seed !== "string") return checkSeed(seed, "seed");
  if (seed === "demo") return checkSeed(demoSeed(nowMs), "demo");
  if (seed.startsWith("synthetic:")) return syntheticSeed(parseSyntheticSpec(seed), nowMs);
  return readSeedFile(seed, cwd);
}

function readSeedFile(file: string, cwd: string): SeedDocument {
  let text: string;
  try {
    text = readFileSync(resolve(cwd, file), "utf8");
  } catch (error) {
    throw new SeedError(
      `${file}: cannot read the seed file (${(error as NodeJS.ErrnoException).code ?? error})`,
    );
  }
  const lineCounter = new LineCounter();
  const document = parseDocument(text, { lineCounter, uniqueKeys: true, prettyErrors: false });
  const first = document.errors[0];
  if (first !== undefined) {
    const at = lineCounter.linePos(first.pos[0]);
    throw new SeedError(`${file}:${at.line}:${at.col}: ${first.message.split("\n")[0]}`);
  }
  const value = document.toJS({ maxAliasCount: 100 }) as unknown;
  return checkSeed(value, file, (path) => {
    const node = document.getIn(path, true) as YamlNode | undefined;
    const offset = node?.range?.[0] ?? nearestRange(document.contents, path);
    const at = lineCounter.linePos(offset);
    return `${at.line}:${at.col}`;
  });
}

function nearestRange(contents: unknown, path: (string | number)[]): number {
  let node = contents as YamlNode | null;
  let offset = 0;
  for (const key of path) {
    if (node === null || (!isMap(node) && !isSeq(node))) break;
    offset = node.range?.[0] ?? offset;
    node = (node.get(key, true) as YamlNode | undefined) ?? null;
  }
  return node?.range?.[0] ?? offset;
}

const ajv = new Ajv2020({ allErrors: true, strict: true });
addFormats(ajv);
const validateSeed = ajv.compile<SeedDocument>(seedDocumentSchema);

/** Schema check plus what a schema cannot say: ranges and unique ids. */
function checkSeed(
  value: unknown,
  file: string,
  position?: (path: (string | number)[]) => string,
): SeedDocument {
  const where = (path: (string | number)[]): string => `${file}:${position?.(path) ?? "1:1"}`;
  if (!validateSeed(value)) {
    const error = validateSeed.errors?.[0];
    const path = (error?.instancePath ?? "").split("/").slice(1).map(pathKey);
    throw new SeedError(
      `${where(path)}: ${error?.instancePath || "the seed"} ${error?.message ?? "is invalid"}`,
    );
  }
  const seenOrganizations = new Set<string>();
  value.organizations.forEach((organization, i) => {
    const seconds = sessionLengthSeconds(organization.sessionLength);
    if (
      seconds === undefined ||
      seconds < MIN_SESSION_LENGTH_SECONDS ||
      seconds > MAX_SESSION_LENGTH_SECONDS
    ) {
      throw new SeedError(
        `${where(["organizations", i, "sessionLength"])}: sessionLength must be from 1h to 30d`,
      );
    }
    if (seenOrganizations.has(organization.id)) {
      throw new SeedError(
        `${where(["organizations", i, "id"])}: organization "${organization.id}" is listed twice`,
      );
    }
    seenOrganizations.add(organization.id);
  });
  return value;
}

function pathKey(segment: string): string | number {
  return /^\d+$/.test(segment) ? Number(segment) : segment.replace(/~1/g, "/").replace(/~0/g, "~");
}

/** A stable id from parts of a name, for seeds that do not give ids. */
export function derivedId(prefix: string, ...parts: string[]): string {
  const digest = createHash("sha256").update(parts.join("\u0000")).digest("hex");
  return `${prefix}-${digest.slice(0, 12)}`;
}

/**
 * Writes a seed into an empty database, in one transaction with prepared statements.
 * Sessions that already ended under their organization's session length are skipped.
 */
export function loadSeed(store: EmulatorStore, seed: SeedDocument, nowMs: number): void {
  try {
    store.transaction(() => insertSeed(store, seed, nowMs));
  } catch (error) {
    const code = (error as { code?: string }).code ?? "";
    if (!code.startsWith("SQLITE_CONSTRAINT")) throw error;
    throw new SeedError(
      `the seed lists a token name, member id, email or session id twice in one ` +
        `organization (${(error as Error).message})`,
    );
  }
}

function insertSeed(store: EmulatorStore, seed: SeedDocument, nowMs: number): void {
  {
    for (const organization of seed.organizations) {
      const length = sessionLengthSeconds(organization.sessionLength) as number;
      store.insertOrganization(organization.id, organization.name ?? organization.id, length);
      for (const token of organization.tokens ?? []) {
        store.insertToken({
          organizationId: organization.id,
          name: token.name,
          digest: tokenDigest(token.token),
          role: token.role,
        });
      }
      for (const member of organization.members ?? []) {
        const memberId = member.id ?? derivedId("m", organization.id, member.email);
        store.insertMember(organization.id, {
          id: memberId,
          email: member.email,
          role: member.role ?? "member",
        });
        (member.sessions ?? []).forEach((session, i) => {
          const lastLoginMs = Date.parse(session.lastLoginAt);
          if (lastLoginMs + length * 1000 <= nowMs) return;
          store.insertSession(organization.id, {
            ...session,
            id: session.id ?? derivedId("s", organization.id, member.email, String(i)),
            memberId,
            lastLoginMs,
          });
        });
      }
    }
  }
}

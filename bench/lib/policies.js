"use strict";
/**
 * Policies the benchmarks run, generated as YAML text. Pure: the writers below put the text
 * into a directory the caller owns. Strings are written as JSON, which YAML reads as
 * double-quoted scalars.
 */
const fs = require("node:fs");
const path = require("node:path");

const ORGANIZATION = "synthetic";
const MAX_REVOCATIONS = 1_000_000;
const q = JSON.stringify;

/**
 * The plan policy. The synthetic seed draws the platform from extension (twice), desktop,
 * web, ios and android, and a mobile version from five (5.20.1, 5.21.4, 5.22.0, 5.23.1,
 * 5.24.0), so iOS below 5.23.0 is 1/6 x 3/5 = 10% of the sessions. A second rule on an
 * address block the seed never uses costs evaluation and matches nothing; two protected
 * members keep that path in the run. The guardrail is lifted so large plans still exit 0.
 */
function planPolicy() {
  return [
    "version: 1",
    `organization: ${ORGANIZATION}`,
    "protectedMembers:",
    "  - member00001@synthetic.example",
    "  - member0001@synthetic.example",
    "guardrails:",
    `  maxRevocations: ${MAX_REVOCATIONS}`,
    "revocations:",
    "  - id: ios-before-5-23",
    "    reason: iOS apps before 5.23.0 are affected by a flaw (benchmark)",
    '    members: "*"',
    "    match:",
    "      platforms: [ios]",
    '      platformVersion: "<5.23.0"',
    "  - id: private-network",
    "    reason: Sessions from a private network (benchmark; matches nothing)",
    '    members: "*"',
    "    match:",
    "      ipAddresses: [10.0.0.0/8, 172.16.0.0/12]",
    "",
  ].join("\n");
}

/**
 * Session ids of every session of the first `members` members of a synthetic organization
 * of `orgMembers` members with `sessionsPerMember` sessions each, in the seed's id format
 * (`s-<member, zero-padded to the width of orgMembers>-<session, 4 digits>`), sorted.
 */
function syntheticSessionIds(orgMembers, members, sessionsPerMember) {
  const width = String(Math.max(orgMembers, 1)).length;
  const ids = [];
  for (let m = 1; m <= members; m += 1) {
    for (let s = 1; s <= sessionsPerMember; s += 1) {
      ids.push(`s-${String(m).padStart(width, "0")}-${String(s).padStart(4, "0")}`);
    }
  }
  return ids;
}

/**
 * The apply policy: one rule naming `sessionIds` exactly. Having match keys, the rule is
 * not member-wide, so apply sends batch-revoke calls rather than one revoke-all per member.
 */
function applyPolicy(sessionIds) {
  return [
    "version: 1",
    `organization: ${ORGANIZATION}`,
    "guardrails:",
    `  maxRevocations: ${MAX_REVOCATIONS}`,
    "revocations:",
    "  - id: offboard-half",
    "    reason: Offboarding of a division (benchmark)",
    '    members: "*"',
    "    match:",
    `      sessionIds: [${sessionIds.join(", ")}]`,
    "",
  ].join("\n");
}

/**
 * A policy of `rules` revocation rules for one organization, split into files of
 * `rulesPerFile` (each file stays well under the loader's 1 MiB limit), as `{ name: text }`.
 * The rules cycle through the kinds of the language: member lists, device types, semver
 * ranges, address blocks, time windows, session ids, browsers and expiry.
 */
function validatePolicyFiles(rules, rulesPerFile = 1000) {
  const files = {};
  for (let first = 0, index = 1; first < rules; first += rulesPerFile, index += 1) {
    const count = Math.min(rulesPerFile, rules - first);
    const header = ["version: 1", `organization: ${ORGANIZATION}`];
    if (first === 0) header.push("sessionLength: 7d", `guardrails: { maxRevocations: 500 }`);
    const body = Array.from({ length: count }, (_, i) => ruleLines(first + i).join("\n"));
    const name = `rules-${String(index).padStart(3, "0")}.yaml`;
    files[name] = [...header, "revocations:", ...body, ""].join("\n");
  }
  return files;
}

function ruleLines(n) {
  const id = `rule-${String(n).padStart(5, "0")}`;
  const email = `member${String(n % 50_000).padStart(5, "0")}@synthetic.example`;
  const head = [`  - id: ${id}`, `    reason: ${q(`Benchmark rule ${n}`)}`];
  switch (n % 5) {
    case 0:
      return [...head, `    members: [${email}]`, "    match: { deviceTypes: [mobile, tablet] }"];
    case 1:
      return [
        ...head,
        '    members: "*"',
        `    match: { platforms: [ios, android], platformVersion: "<5.${n % 30}.0" }`,
      ];
    case 2: {
      const blocks = `198.51.100.${n % 256}/32, 2001:db8:${(n % 0xffff).toString(16)}::/48`;
      return [...head, `    members: ${email}`, `    match: { ipAddresses: [${blocks}] }`];
    }
    case 3:
      return [
        ...head,
        '    members: "*"',
        "    lastLoginAfter: 2026-01-01T00:00:00Z",
        `    lastLoginBefore: 2026-${String((n % 12) + 1).padStart(2, "0")}-15T12:00:00+01:00`,
      ];
    default:
      return [
        ...head,
        `    members: [${email}]`,
        `    match: { sessionIds: [s-${n}-0001], browsers: [Chrome, Safari] }`,
        "    expiresAt: 2099-01-01T00:00:00Z",
      ];
  }
}

/** Writes `{ name: text }` into `dir` and returns `dir`. */
function writeFiles(dir, files) {
  for (const [name, text] of Object.entries(files)) fs.writeFileSync(path.join(dir, name), text);
  return dir;
}

module.exports = {
  ORGANIZATION,
  planPolicy,
  applyPolicy,
  syntheticSessionIds,
  validatePolicyFiles,
  writeFiles,
};

/**
 * Every message the policy loader shows a person, in one place. Each says what is wrong and,
 * where it is not obvious, why and what to write instead. Codes are stable for tooling.
 */
export interface Problem {
  code: string;
  message: string;
}

const problem = (code: string, message: string): Problem => ({ code, message });

/** A value as it appears in a message: text quoted, anything else as YAML would show it. */
export function shown(value: unknown): string {
  if (typeof value === "string")
    return `'${value.length > 60 ? value.slice(0, 57) + "..." : value}'`;
  if (value === null || value === undefined) return "nothing";
  if (Array.isArray(value)) return "a list";
  if (typeof value === "object") return "a mapping";
  return String(value);
}

/** What kind of YAML value something is, for type mismatches. */
export function kindOf(value: unknown): string {
  if (value === null || value === undefined) return "nothing (an empty value)";
  if (Array.isArray(value)) return "a list";
  if (typeof value === "object") return "a mapping";
  if (typeof value === "string") return "text";
  if (typeof value === "boolean") return `a boolean (${value})`;
  return `a number (${value})`;
}

export const files = {
  missing: (path: string) =>
    problem("file-missing", `cannot read '${path}': no such file or directory`),
  unreadable: (path: string, reason: string) =>
    problem("file-unreadable", `cannot read '${path}': ${reason}`),
  tooLarge: (bytes: number, limit: number) =>
    problem(
      "file-too-large",
      `file is ${bytes} bytes, over the ${limit / 1048576} MiB limit for policy files; ` +
        "split it or remove what does not belong in a policy",
    ),
  noPolicies: (path: string) =>
    problem("no-policy-files", `'${path}' holds no policy files (*.yaml or *.yml)`),
  empty: () => problem("empty-file", "file holds no policy document"),
};

export const yamlInput = {
  syntax: (detail: string) => problem("yaml-syntax", `YAML syntax error: ${detail}`),
  duplicateKey: (key: string) =>
    problem("yaml-duplicate-key", `key ${shown(key)} is set twice in this mapping; keep one`),
  unknownTag: (tag: string) =>
    problem(
      "yaml-unknown-tag",
      `tag '${tag}' is not allowed: policies use plain YAML values without custom tags`,
    ),
  tooDeep: (limit: number) =>
    problem("yaml-too-deep", `nesting is deeper than ${limit} levels; no policy needs that`),
  tooManyAliases: (limit: number) =>
    problem(
      "yaml-alias-limit",
      `aliases expand to more than ${limit} copies, which looks like an alias bomb; ` +
        "write the values out or use fewer aliases",
    ),
  unknownAlias: (name: string) =>
    problem("yaml-unknown-alias", `alias '*${name}' names no anchor defined before it`),
  protoKey: () =>
    problem("yaml-proto-key", "key '__proto__' is not allowed: it could alter objects in memory"),
  warning: (detail: string) => problem("yaml-syntax", `YAML problem: ${detail}`),
};

const fieldValueMessages: Record<string, (value: unknown) => string> = {
  organization: (v) =>
    `organization id ${shown(v)} is not valid: use lower-case letters, digits and '-', ` +
    "starting with a letter or digit",
  id: (v) =>
    `rule id ${shown(v)} is not valid: use lower-case letters, digits and '-', ` +
    "starting with a letter or digit, like offboard-jane",
  sessionLength: (v) =>
    `session length ${shown(v)} is not a duration: write days, hours and minutes in that ` +
    "order, like 7d, 36h, 1d12h or 90m",
  members: (v) => `member ${shown(v)} is not an email address or "*" (every member)`,
  protectedMembers: (v) => `protected member ${shown(v)} is not an email address`,
  lastLoginBefore: (v) => instantMessage("lastLoginBefore", v),
  lastLoginAfter: (v) => instantMessage("lastLoginAfter", v),
  expiresAt: (v) => instantMessage("expiresAt", v),
  deviceTypes: (v) => `device type ${shown(v)} is not one of desktop, mobile, tablet, unknown`,
  platforms: (v) => `platform ${shown(v)} is not one of extension, desktop, web, ios, android`,
  version: (v) => `policy version ${shown(v)} is not supported: this release reads version 1`,
};

function instantMessage(key: string, value: unknown): string {
  return (
    `${key} ${shown(value)} is not a date-time: write an ISO 8601 instant with a time zone, ` +
    "like 2026-12-01T10:00:00Z"
  );
}

export const schema = {
  unknownKey: (key: string, suggestion: string | undefined) =>
    problem(
      "unknown-key",
      `unknown key ${shown(key)}` + (suggestion ? ` (did you mean '${suggestion}'?)` : ""),
    ),
  badValue: (field: string, value: unknown) => {
    const describe = fieldValueMessages[field];
    return problem(
      "invalid-value",
      describe ? describe(value) : `${field} has an invalid value ${shown(value)}`,
    );
  },
  wrongType: (field: string, expected: string, value: unknown) =>
    problem("wrong-type", `${field} must be ${expected}, not ${kindOf(value)}`),
  notMapping: (value: unknown) =>
    problem(
      "wrong-type",
      "a policy document must be a mapping of keys like organization and sessionLength, " +
        `not ${kindOf(value)}`,
    ),
  missingKey: (key: string, owner: string) => problem("missing-key", missingKeyMessage(key, owner)),
  emptyList: (field: string) =>
    problem("empty-list", `${field} is an empty list: list at least one value`),
  emptyText: (field: string) => problem("empty-value", `${field} must not be empty`),
  tooLong: (field: string, limit: number) =>
    problem("too-long", `${field} is longer than ${limit} characters`),
  tooSmall: (field: string, limit: number) =>
    problem("out-of-range", `${field} must be at least ${limit}`),
  tooLarge: (field: string, limit: number) =>
    problem("out-of-range", `${field} must be at most ${limit}`),
  other: (field: string, detail: string) => problem("invalid-value", `${field} ${detail}`),
};

function missingKeyMessage(key: string, owner: string): string {
  switch (key) {
    case "organization":
      return "document names no organization: add 'organization: <id>' (the id on the admin API)";
    case "id":
      return `${owner} has no 'id': give each rule an id unique in its organization`;
    case "reason":
      return `${owner} has no 'reason': it is recorded in the audit log with every revocation`;
    case "members":
      return `${owner} has no 'members': list emails, or "*" for every member`;
    default:
      return `${owner} has no '${key}'`;
  }
}

export const semantic = {
  sessionLengthRange: (text: string) =>
    problem(
      "session-length-range",
      `session length '${text}' is out of range: it must be between 1 hour and 30 days`,
    ),
  sessionLengthLong: (text: string) =>
    problem(
      "session-length-long",
      `session length '${text}' is longer than 7 days; 7 days is the recommended interval`,
    ),
  badAddress: (value: string) =>
    problem(
      "invalid-ip",
      `'${value}' is not an IP address or CIDR block (like 198.51.100.0/24 or 2001:db8::/32)`,
    ),
  badSemverRange: (value: string) =>
    problem(
      "invalid-semver-range",
      `platformVersion '${value}' is not a semver range (like "<5.20.0" or ">=5.0.0 <5.3.0")`,
    ),
  windowOrder: (after: string, before: string) =>
    problem(
      "window-order",
      `lastLoginAfter ${after} is not before lastLoginBefore ${before}: ` +
        "the window holds no session",
    ),
  expired: (id: string, expiresAt: string) =>
    problem(
      "rule-expired",
      `rule '${id}' expired at ${expiresAt} and matches no session; remove it when convenient`,
    ),
  starWithEmails: () =>
    problem(
      "members-star-mixed",
      `members mixes "*" with emails: "*" already means every member; write "*" alone`,
    ),
  setTwice: (key: string, organization: string, firstPlace: string) =>
    problem(
      "key-conflict",
      `${key} is set twice for organization '${organization}': ` +
        `already set at ${firstPlace}; keep one`,
    ),
  duplicateRuleId: (id: string, organization: string, firstPlace: string) =>
    problem(
      "duplicate-rule-id",
      `rule id '${id}' is used twice in organization '${organization}': ` +
        `first at ${firstPlace}; rule ids must be unique`,
    ),
};

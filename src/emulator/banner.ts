import type { Role } from "../api/types";
import type { FaultSpec } from "./faults";
import type { SeedDocument } from "./seed-document";

/** What the emulator command tells a person about the server it started. */
export interface BannerFacts {
  url: string;
  db?: string;
  seed?: string;
  seedLoaded: boolean;
  document?: SeedDocument;
  /** Tokens that may be shown: the public demo tokens of the built-in seeds only. */
  publicTokens: boolean;
  control: boolean;
  faults?: FaultSpec;
  rateLimit: number;
}

const ROLE_ORDER: readonly Role[] = ["owner", "admin", "auditor", "member"];

/**
 * The lines printed when the emulator starts: where it listens, the seed's tokens by role
 * (in clear only for the public demo tokens; a seed file's tokens are the user's own, so
 * only their names are shown), and a curl to try.
 */
export function bannerLines(facts: BannerFacts): string[] {
  const lines = [`nordpass-policy emulator listening on ${facts.url}`];
  lines.push(
    `  database: ${facts.db ?? "memory (everything is lost on exit; --db FILE keeps it)"}`,
  );
  lines.push(`  seed: ${seedLine(facts)}`);
  const organizations = facts.document?.organizations ?? [];
  if (facts.seedLoaded && organizations.length > 0) {
    lines.push(`  organizations: ${organizations.map((o) => o.id).join(", ")}`);
    lines.push(...tokenLines(facts, facts.document as SeedDocument));
    lines.push(...tryLines(facts, organizations[0]?.id as string));
  }
  lines.push(
    `  control routes (/_emulator/): ${facts.control ? "on" : "off (--control enables them)"}`,
  );
  lines.push(`  rate limit: ${facts.rateLimit} requests per second per token`);
  if (facts.faults !== undefined) lines.push(`  faults: ${describeFaults(facts.faults)}`);
  lines.push("Press Ctrl+C to stop.");
  return lines;
}

function seedLine(facts: BannerFacts): string {
  if (facts.seed === undefined) return "none";
  return facts.seedLoaded
    ? facts.seed
    : `${facts.seed} not loaded: the database already holds data`;
}

function tokenLines(facts: BannerFacts, document: SeedDocument): string[] {
  const byRole = new Map<Role, Set<string>>();
  for (const organization of document.organizations) {
    for (const token of organization.tokens ?? []) {
      const shown = facts.publicTokens ? token.token : `"${token.name}" (token in ${facts.seed})`;
      byRole.set(token.role, (byRole.get(token.role) ?? new Set()).add(shown));
    }
  }
  const heading = facts.publicTokens
    ? "  tokens (public demo tokens, valid in every organization):"
    : "  tokens:";
  return [
    heading,
    ...ROLE_ORDER.filter((role) => byRole.has(role)).map(
      (role) => `    ${role.padEnd(8)} ${[...(byRole.get(role) as Set<string>)].sort().join(", ")}`,
    ),
  ];
}

function tryLines(facts: BannerFacts, organization: string): string[] {
  const token = facts.publicTokens ? "np_demo_admin" : "<an admin token of the seed>";
  return [
    "  try:",
    `    export NORDPASS_API_URL=${facts.url} NORDPASS_API_TOKEN=${token}`,
    '    curl -H "Authorization: Bearer $NORDPASS_API_TOKEN" \\',
    `      "$NORDPASS_API_URL/v1/organizations/${organization}/sessions?limit=5"`,
  ];
}

function describeFaults(faults: FaultSpec): string {
  return [
    `latency ${faults.latencyMs} ms`,
    `error5xx ${faults.error5xx}`,
    `error5xxAfter ${faults.error5xxAfter}`,
    `rate429 ${faults.rate429}`,
    `drop ${faults.drop}`,
  ].join(", ");
}

/** Types of policies.js, for the tests of the benchmark harness. */
export const ORGANIZATION: string;
export function planPolicy(): string;
export function applyPolicy(sessionIds: readonly string[]): string;
export function syntheticSessionIds(
  orgMembers: number,
  members: number,
  sessionsPerMember: number,
): string[];
export function validatePolicyFiles(rules: number, rulesPerFile?: number): Record<string, string>;
export function writeFiles(dir: string, files: Record<string, string>): string;

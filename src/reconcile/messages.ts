/**
 * User-facing messages of the reconciler, in one place: what happened, why, and what to
 * do next. Tests pin the important ones.
 */
import type { GuardrailBreach } from "./guardrails";

export function unknownMember(ruleId: string, email: string): string {
  return `rule ${ruleId} names unknown member ${email}; it revokes nothing for that member`;
}

export function ruleFailed(ruleId: string, error: unknown): string {
  const detail = error instanceof Error ? error.message : String(error);
  return `rule ${ruleId} could not be evaluated (${detail}); it was skipped, the other rules still apply`;
}

export function unknownOnlyItem(item: string, valid: readonly string[]): string {
  const choices = valid.length > 0 ? valid.join(", ") : "none: the policy manages nothing";
  return `--only ${item} names no item of this policy; valid items: ${choices}`;
}

export function massRevocation(breaches: readonly GuardrailBreach[]): string {
  const lines = breaches.map(
    (b) =>
      `${b.organization}: the plan revokes ${b.revocations} sessions, ` +
      `more than guardrails.maxRevocations (${b.maxRevocations})`,
  );
  return (
    `${lines.join("\n")}\n` +
    "Nothing was written. Check the revocation rules; if this many revocations is intended, " +
    "pass --allow-mass-revocation for this run or raise guardrails.maxRevocations."
  );
}

export function sessionLengthMoved(organization: string, now: string, planned: string): string {
  return `${organization}: session length is now ${now} (was ${planned} when planned)`;
}

export function settingsMoved(organization: string): string {
  return `${organization}: the settings changed since the plan (their ETag differs)`;
}

export function stalePlan(changes: readonly string[]): string {
  return (
    `the saved plan is stale:\n${changes.map((c) => `  ${c}`).join("\n")}\n` +
    "Nothing was written. Run plan again and review the new plan."
  );
}

export function sessionLengthChangedSincePlan(
  organization: string,
  planned: string,
  now: string,
): string {
  return (
    `${organization}: session length changed from ${planned} to ${now} since the plan; ` +
    "it was not updated. Run plan again and review the new plan."
  );
}

export function planFileUnreadable(file: string, why: string): string {
  return `${file} is not a usable saved plan: ${why}`;
}

export function planFileVersion(file: string, version: unknown): string {
  return (
    `${file} has formatVersion ${JSON.stringify(version)}, which this version of ` +
    "nordpass-policy does not know; it reads formatVersion 1"
  );
}

export function revocationsSkipped(count: number): string {
  return (
    `${count} session revocations not attempted: they were planned together with the ` +
    "session length change"
  );
}

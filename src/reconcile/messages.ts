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
  return (
    `rule ${ruleId} could not be evaluated (${detail}); ` +
    "it was skipped, the other rules still apply"
  );
}

export function unknownOnlyItem(item: string, valid: readonly string[]): string {
  const choices = valid.length > 0 ? valid.join(", ") : "none: the policy manages nothing";
  return `--only ${item} names no item of this policy; valid items: ${choices}`;
}

export function unknownOrganization(organization: string, known: readonly string[]): string {
  const choices = known.length > 0 ? known.join(", ") : "none";
  return `--org ${organization} names no organization of this policy; organizations: ${choices}`;
}

export function massRevocation(breaches: readonly GuardrailBreach[]): string {
  const lines = breaches.map((b) => {
    const total = b.revocations + b.endedBySessionLength;
    const what =
      b.endedBySessionLength === 0
        ? `revokes ${total} sessions`
        : `logs out ${total} sessions (${b.revocations} revoked, ` +
          `${b.endedBySessionLength} ended by the shorter session length)`;
    return (
      `${b.organization}: the plan ${what}, ` +
      `more than guardrails.maxRevocations (${b.maxRevocations})`
    );
  });
  return (
    `${lines.join("\n")}\n` +
    "Nothing was written. Check the revocation rules and the session length; if this many " +
    "logouts is intended, pass --allow-mass-revocation for this run or raise " +
    "guardrails.maxRevocations."
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

export function planSaved(file: string): string {
  return `Saved the plan to ${file}. Apply exactly it with: nordpass-policy apply ${file}`;
}

export function orgWithSavedPlan(): string {
  return "--org cannot narrow a saved plan: pass it to `plan --out` instead";
}

export function onlyWithSavedPlan(): string {
  return (
    "--only narrows a fresh plan; a saved plan is applied exactly as saved " +
    "(plan it with --only)"
  );
}

export function confirmQuestion(changes: number, organizations: number): string {
  const c = changes === 1 ? "1 change" : `${changes} changes`;
  const o = organizations === 1 ? "1 organization" : `${organizations} organizations`;
  return `Apply these ${c} to ${o}? Only 'yes' is accepted:`;
}

export function applyCancelled(): string {
  return "apply cancelled; nothing was written";
}

export function applyNeedsApproval(): string {
  return (
    "apply needs confirmation, and stdin is not a terminal to ask on; nothing was written. " +
    "Review the plan above, then pass --auto-approve (as pipelines do)."
  );
}

export function applyIncomplete(notDone: number): string {
  const sessions =
    notDone === 1
      ? "1 planned session revocation was"
      : `${notDone} planned session revocations were`;
  return (
    `apply did not finish: ${sessions} not done (see above). ` +
    "Nothing is half-done: run apply again and it plans only what is left."
  );
}

/** The comment at the top of an exported policy, one sentence a line. */
export function exportedPolicy(organization: string, at: string): string {
  return (
    `Exported from the live organization ${organization} at ${at} by nordpass-policy export.\n` +
    "Revocation rules are not exported: they live only in policy files. Add them below."
  );
}

export function exportWritten(organization: string, file: string): string {
  return `Wrote the managed settings of ${organization} to ${file}`;
}

export function unexportableSessionLength(organization: string, seconds: number): string {
  return (
    `${organization}: the live session length (${seconds} seconds) cannot be written in the ` +
    "policy language; the exported policy leaves it unmanaged"
  );
}

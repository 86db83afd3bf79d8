/**
 * Sentences shared by the renderers, so text, Markdown and the CLI say the same thing the
 * same way.
 */
import type {
  Plan,
  PlanSummary,
  RevokeSessionChange,
  UpdateSessionLengthChange,
} from "../reconcile/plan";

/** Plan for `plan` and `apply`; drift for the scheduled report. */
export type ReportKind = "plan" | "drift";

/** "1 session" / "2 sessions". */
export function count(n: number, singular: string, plural = `${singular}s`): string {
  return `${n} ${n === 1 ? singular : plural}`;
}

/** "logs out 3 sessions of 2 members" (or "logs out no session"). */
export function impactText(change: UpdateSessionLengthChange): string {
  const { sessions, members } = change.impact;
  if (sessions === 0) return "logs out no session";
  return `logs out ${count(sessions, "session")} of ${count(members, "member")}`;
}

/** "1 setting change, 12 session revocations (5 members)" */
export function changeCounts(summary: PlanSummary): string {
  const revocations = count(summary.sessionRevocations, "session revocation");
  const members =
    summary.sessionRevocations > 0 ? ` (${count(summary.membersAffected, "member")})` : "";
  return `${count(summary.settingChanges, "setting change")}, ${revocations}${members}`;
}

export function hasChanges(plan: Plan): boolean {
  return plan.summary.settingChanges + plan.summary.sessionRevocations > 0;
}

export function organizationsWithChanges(plan: Plan): number {
  return plan.organizations.filter((o) => o.changes.length > 0).length;
}

/** The closing line of a plan or drift report. */
export function closingLine(plan: Plan, kind: ReportKind): string {
  if (!hasChanges(plan)) {
    return kind === "plan"
      ? "No changes. The live organizations match the policy."
      : "The live organizations match the policy.";
  }
  return kind === "plan"
    ? `Plan: ${changeCounts(plan.summary)}.`
    : `Drift: ${changeCounts(plan.summary)} would bring the live organizations back to the policy.`;
}

/** The opening line of a drift report. */
export function driftHeadline(plan: Plan): string {
  const n = organizationsWithChanges(plan);
  return n === 0 ? "No drift" : `Drift detected in ${count(n, "organization")}`;
}

/** The facts of a session to revoke, in the order the text and Markdown tables show them. */
export function sessionFacts(change: RevokeSessionChange): string[] {
  return [
    change.deviceType,
    change.browser,
    change.platform,
    change.platformVersion,
    change.ipAddress,
  ].map(printable);
}

/**
 * Live data is untrusted: control characters (terminal escapes, newlines) in a browser name
 * or email must not reach a terminal or break a line, so they become U+FFFD.
 */
export function printable(text: string): string {
  return text.replace(/[\u0000-\u001f\u007f-\u009f]/g, "\ufffd");
}

/**
 * The JSON renderer: formatVersion 1 with exactly the contract's fields, keys in a fixed
 * order, 2-space indent and a trailing newline, so that reports diff cleanly.
 */
import type { Change, Plan } from "../reconcile/plan";

/** The report object, without the saved plan's dependencies, reasons or guardrails. */
export function planReport(plan: Plan): Record<string, unknown> {
  return {
    formatVersion: plan.formatVersion,
    organizations: plan.organizations.map((o) => ({
      organization: o.organization,
      changes: o.changes.map(changeReport),
    })),
    summary: {
      settingChanges: plan.summary.settingChanges,
      sessionRevocations: plan.summary.sessionRevocations,
      membersAffected: plan.summary.membersAffected,
    },
  };
}

export function renderJson(plan: Plan): string {
  return `${JSON.stringify(planReport(plan), null, 2)}\n`;
}

function changeReport(change: Change): Record<string, unknown> {
  if (change.action === "update-session-length") {
    return {
      action: change.action,
      from: { seconds: change.from.seconds, text: change.from.text },
      to: { seconds: change.to.seconds, text: change.to.text },
      impact: { sessions: change.impact.sessions, members: change.impact.members },
    };
  }
  return {
    action: change.action,
    sessionId: change.sessionId,
    member: change.member,
    rules: [...change.rules],
    memberId: change.memberId,
    deviceType: change.deviceType,
    browser: change.browser,
    platform: change.platform,
    platformVersion: change.platformVersion,
    ipAddress: change.ipAddress,
    lastLoginAt: change.lastLoginAt,
  };
}

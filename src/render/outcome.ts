/**
 * What apply reports after it ran: per organization what was done and what was not, and
 * one closing line. Text for text and Markdown output; an object for JSON.
 */
import type { ApplyOutcome, OrganizationOutcome } from "../reconcile/apply";
import type { Plan } from "../reconcile/plan";
import { count } from "./wording";

export interface OutcomeTotals {
  settingsUpdated: number;
  sessionsRevoked: number;
  sessionsAlreadyGone: number;
  sessionsNotDone: number;
  organizationsRefused: number;
  organizationsFailed: number;
}

export function outcomeTotals(outcome: ApplyOutcome): OutcomeTotals {
  const totals: OutcomeTotals = {
    settingsUpdated: 0,
    sessionsRevoked: 0,
    sessionsAlreadyGone: 0,
    sessionsNotDone: 0,
    organizationsRefused: 0,
    organizationsFailed: 0,
  };
  for (const o of outcome.organizations) {
    if (o.setting === "updated") totals.settingsUpdated += 1;
    totals.sessionsRevoked += o.revoked;
    totals.sessionsAlreadyGone += o.alreadyGone;
    totals.sessionsNotDone += o.notDone;
    if (o.refused) totals.organizationsRefused += 1;
    if (o.problems.length > 0 && !o.refused) totals.organizationsFailed += 1;
  }
  return totals;
}

export function renderOutcomeText(outcome: ApplyOutcome, plan: Plan): string {
  const lines = ["", "Applied:"];
  for (const organization of outcome.organizations)
    lines.push(...organizationLines(organization, plan));
  lines.push("", closingLine(outcomeTotals(outcome)));
  return `${lines.join("\n")}\n`;
}

/** The JSON `result` object: totals and each organization's outcome. */
export function outcomeReport(outcome: ApplyOutcome): Record<string, unknown> {
  return {
    ...outcomeTotals(outcome),
    organizations: outcome.organizations.map((o) => ({
      organization: o.organization,
      setting: o.setting,
      revoked: o.revoked,
      alreadyGone: o.alreadyGone,
      notDone: o.notDone,
      problems: [...o.problems, ...(o.refused ? [o.refused] : [])],
    })),
  };
}

function organizationLines(o: OrganizationOutcome, plan: Plan): string[] {
  const planned = plan.organizations.find((p) => p.organization === o.organization);
  if (!planned || planned.changes.length === 0) return [];
  const parts: string[] = [];
  if (o.setting === "updated") parts.push("session length updated");
  if (o.revoked > 0) parts.push(`${count(o.revoked, "session")} revoked`);
  if (o.alreadyGone > 0) parts.push(`${count(o.alreadyGone, "session")} already gone`);
  if (o.notDone > 0) parts.push(`${count(o.notDone, "session")} NOT revoked`);
  const lines = [`  ${o.organization}: ${parts.length > 0 ? parts.join(", ") : "nothing done"}`];
  if (o.refused) lines.push(`    refused: ${o.refused}`);
  for (const problem of o.problems) lines.push(`    error: ${problem}`);
  return lines;
}

function closingLine(t: OutcomeTotals): string {
  const done =
    `${count(t.settingsUpdated, "setting change")}, ` +
    `${count(t.sessionsRevoked + t.sessionsAlreadyGone, "session revocation")}`;
  if (t.organizationsFailed + t.organizationsRefused === 0 && t.sessionsNotDone === 0) {
    return `Apply complete: ${done}.`;
  }
  return (
    `Apply incomplete: ${done} done; ${count(t.sessionsNotDone, "session")} not revoked. ` +
    "Run apply again: it plans only what is left."
  );
}

/**
 * The Markdown renderer, for a pull-request comment: a heading, a summary table, one
 * section per organization with changes, revocation lists folded in <details>. GitHub
 * refuses comments over 65,536 characters, so the whole stays under MARKDOWN_LIMIT: lists
 * are cut where the budget runs out and say how many rows were left out.
 */
import type {
  OrganizationPlan,
  Plan,
  RevokeSessionChange,
  UpdateSessionLengthChange,
} from "../reconcile/plan";
import {
  closingLine,
  count,
  driftHeadline,
  impactText,
  sessionFacts,
  type ReportKind,
} from "./wording";

/** Upper bound of a rendered comment, in characters, with room under GitHub's limit. */
export const MARKDOWN_LIMIT = 65_000;
/** Kept free for the closing parts (summary line, closing tags) while lists are written. */
const RESERVE = 2_000;

export interface MarkdownOptions {
  kind: ReportKind;
  /** For tests; MARKDOWN_LIMIT otherwise. */
  limit?: number;
}

/** Appends text while it fits the budget; the caller learns when something did not. */
class Budget {
  private readonly parts: string[] = [];
  private used = 0;

  constructor(private readonly limit: number) {}

  /** Appends `text` when it fits under the limit minus `reserve`; false when it did not. */
  add(text: string, reserve = RESERVE): boolean {
    if (this.used + text.length > this.limit - reserve) return false;
    this.parts.push(text);
    this.used += text.length;
    return true;
  }

  /** Appends without reserve; closing parts are short and were reserved for. */
  close(text: string): void {
    this.add(text, 0);
  }

  toString(): string {
    return this.parts.join("");
  }
}

export function renderMarkdown(plan: Plan, options: MarkdownOptions): string {
  const budget = new Budget(options.limit ?? MARKDOWN_LIMIT);
  budget.add(heading(plan, options.kind));
  summaryTable(plan, budget);
  const sections = plan.organizations.filter((o) => o.changes.length + o.warnings.length > 0);
  let shown = 0;
  for (const organization of sections) {
    if (!organizationSection(organization, budget)) break;
    shown += 1;
  }
  const left = sections.length - shown;
  if (left > 0) budget.close(`... and ${count(left, "more organization")} (see the JSON plan)\n\n`);
  budget.close(`**${closingLine(plan, options.kind)}**\n`);
  return budget.toString();
}

function heading(plan: Plan, kind: ReportKind): string {
  const title =
    kind === "plan" ? "nordpass-policy plan" : `nordpass-policy drift: ${driftHeadline(plan)}`;
  const only = plan.only ? `Narrowed to \`${plan.only}\` (--only).\n\n` : "";
  return `## ${title}\n\n${only}`;
}

function summaryTable(plan: Plan, budget: Budget): void {
  budget.add(
    "| organization | session length | sessions to revoke | members |\n" +
      "| --- | --- | --- | ---: |\n",
  );
  let shown = 0;
  for (const organization of plan.organizations) {
    if (!budget.add(summaryRow(organization))) break;
    shown += 1;
  }
  const left = plan.organizations.length - shown;
  if (left > 0)
    budget.close(`| ... and ${count(left, "more organization")} (see the JSON plan) | | | |\n`);
  budget.add("\n");
}

function summaryRow(plan: OrganizationPlan): string {
  const setting = plan.changes.find(
    (c): c is UpdateSessionLengthChange => c.action === "update-session-length",
  );
  const revocations = plan.changes.filter(
    (c): c is RevokeSessionChange => c.action === "revoke-session",
  );
  const members = new Set(revocations.map((c) => c.memberId)).size;
  const length = setting ? `${setting.from.text} → ${setting.to.text}` : "no change";
  return `| ${cell(plan.organization)} | ${length} | ${revocations.length} | ${members} |\n`;
}

/** False when not even the section's heading fit. */
function organizationSection(plan: OrganizationPlan, budget: Budget): boolean {
  if (!budget.add(`### ${cell(plan.organization)}\n\n`)) return false;
  for (const change of plan.changes) {
    if (change.action === "update-session-length") {
      budget.add(
        `- \`~ sessionLength: ${change.from.text} -> ${change.to.text}\` (${impactText(change)})\n`,
      );
    }
  }
  for (const warning of plan.warnings) budget.add(`- warning: ${cell(warning)}\n`);
  const revocations = plan.changes.filter(
    (c): c is RevokeSessionChange => c.action === "revoke-session",
  );
  if (revocations.length > 0) revocationList(revocations, budget);
  budget.add("\n");
  return true;
}

function revocationList(revocations: RevokeSessionChange[], budget: Budget): void {
  const members = new Set(revocations.map((c) => c.memberId)).size;
  const sessions = count(revocations.length, "session revocation");
  const summary = `${sessions} (${count(members, "member")})`;
  if (!budget.add(`\n<details><summary>${summary}</summary>\n\n`)) return;
  budget.add(
    "| session | member | device | browser | platform | version | IP | last login | rules |\n" +
      "| --- | --- | --- | --- | --- | --- | --- | --- | --- |\n",
  );
  let shown = 0;
  for (const change of revocations) {
    if (!budget.add(revocationRow(change))) break;
    shown += 1;
  }
  const left = revocations.length - shown;
  if (left > 0) budget.close(`\n... and ${count(left, "more session")} (see the JSON plan)\n`);
  budget.close("\n</details>\n");
}

function revocationRow(change: RevokeSessionChange): string {
  const cells = [
    change.sessionId,
    change.member,
    ...sessionFacts(change),
    change.lastLoginAt,
    change.rules.join(", "),
  ].map(cell);
  return `| ${cells.join(" | ")} |\n`;
}

/**
 * Live data is untrusted and lands in a comment GitHub renders: markup characters are
 * escaped, HTML is neutralised, and line breaks cannot end a table row.
 */
function cell(text: string): string {
  return text
    .replace(/[\r\n\u0000-\u001f]/g, " ")
    .replace(/[\\`*_[\]|#~]/g, (c) => `\\${c}`)
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;");
}

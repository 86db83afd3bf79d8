/**
 * The text renderer, shaped like Terraform's plan: an organization header, `~` for the
 * session length, `-` for each session to revoke, warnings, and one closing line.
 */
import type {
  OrganizationPlan,
  Plan,
  RevokeSessionChange,
  UpdateSessionLengthChange,
} from "../reconcile/plan";
import { styles, type Styles } from "./ansi";
import {
  closingLine,
  driftHeadline,
  impactText,
  printable,
  sessionFacts,
  type ReportKind,
} from "./wording";

export interface TextOptions {
  color: boolean;
  kind: ReportKind;
}

export function renderText(plan: Plan, options: TextOptions): string {
  const s = styles(options.color);
  const lines: string[] = [];
  if (options.kind === "drift") lines.push(s.strong(driftHeadline(plan)), "");
  if (plan.only) lines.push(s.dim(`Narrowed to ${plan.only} (--only).`), "");
  const unchanged: string[] = [];
  for (const organization of plan.organizations) {
    if (organization.changes.length + organization.warnings.length === 0) {
      unchanged.push(printable(organization.organization));
    } else {
      lines.push(...organizationLines(organization, s), "");
    }
  }
  if (unchanged.length > 0) lines.push(s.dim(`Unchanged: ${unchanged.join(", ")}.`), "");
  lines.push(s.strong(closingLine(plan, options.kind)));
  return `${lines.join("\n")}\n`;
}

function organizationLines(plan: OrganizationPlan, s: Styles): string[] {
  const lines = [s.strong(`Organization ${printable(plan.organization)}`)];
  for (const change of plan.changes) {
    lines.push(
      change.action === "update-session-length" ? settingLine(change, s) : revokeLine(change, s),
    );
  }
  for (const warning of plan.warnings) lines.push(s.warn(`  warning: ${printable(warning)}`));
  return lines;
}

function settingLine(change: UpdateSessionLengthChange, s: Styles): string {
  const arrow = `${change.from.text} -> ${change.to.text}`;
  return `  ${s.change("~")} sessionLength: ${arrow}  (${impactText(change)})`;
}

function revokeLine(change: RevokeSessionChange, s: Styles): string {
  const [device, browser, platform, version, ip] = sessionFacts(change);
  const what = `${printable(change.member)}  ${device} ${browser} on ${platform} ${version}  ${ip}`;
  const when = `last login ${printable(change.lastLoginAt)}`;
  const rules = `rules: ${change.rules.join(", ")}`;
  const session = `revoke session ${printable(change.sessionId)}`;
  return `  ${s.remove("-")} ${session}  ${what}  ${when}  ${s.dim(rules)}`;
}

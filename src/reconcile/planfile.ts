/**
 * Saved plans: `plan --out FILE` writes the Plan as JSON; `apply FILE` reads it back.
 * A saved plan holds what each change depends on and the rules' reasons, never a token.
 */
import { ExternalError } from "../errors";
import { planFileUnreadable, planFileVersion } from "./messages";
import { PLAN_FORMAT_VERSION, type Change, type OrganizationPlan, type Plan } from "./plan";

/** The saved form: 2-space JSON with a trailing newline, keys in the Plan's fixed order. */
export function serializePlan(plan: Plan): string {
  return `${JSON.stringify(plan, null, 2)}\n`;
}

/**
 * True when `text` is meant as a saved plan rather than a policy: a JSON object that names
 * a formatVersion. Decided by content, so the file may have any name.
 */
export function looksLikePlanFile(text: string): boolean {
  return /^\s*\{/.test(text) && text.includes('"formatVersion"');
}

/** Parses and checks a saved plan; throws an ExternalError (exit 1) saying what is wrong. */
export function parsePlan(text: string, file: string): Plan {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    throw new ExternalError(planFileUnreadable(file, `invalid JSON (${(error as Error).message})`));
  }
  if (!isObject(data)) throw new ExternalError(planFileUnreadable(file, "not a JSON object"));
  if (data.formatVersion !== PLAN_FORMAT_VERSION) {
    throw new ExternalError(planFileVersion(file, data.formatVersion), {
      hint: "Create the plan with this version of nordpass-policy.",
    });
  }
  const problem = planProblem(data);
  if (problem) throw new ExternalError(planFileUnreadable(file, problem));
  return data as unknown as Plan;
}

/** The first structural problem of a plan, as `path: what`, or undefined. */
function planProblem(plan: Record<string, unknown>): string | undefined {
  if (typeof plan.createdAt !== "string") return "createdAt: expected a string";
  if (plan.only !== undefined && typeof plan.only !== "string") return "only: expected a string";
  if (!Array.isArray(plan.organizations)) return "organizations: expected a list";
  for (const [index, organization] of plan.organizations.entries()) {
    const problem = organizationProblem(organization);
    if (problem) return `organizations[${index}].${problem}`;
  }
  if (!isObject(plan.summary)) return "summary: expected an object";
  return undefined;
}

function organizationProblem(value: unknown): string | undefined {
  if (!isObject(value)) return "expected an object";
  const o = value as Partial<Record<keyof OrganizationPlan, unknown>>;
  if (typeof o.organization !== "string") return "organization: expected a string";
  if (!isObject(o.dependencies)) return "dependencies: expected an object";
  if (typeof o.dependencies.settingsEtag !== "string")
    return "dependencies.settingsEtag: expected a string";
  if (!Number.isInteger(o.dependencies.sessionLengthSeconds)) {
    return "dependencies.sessionLengthSeconds: expected a whole number";
  }
  if (!isObject(o.reasons) || !Object.values(o.reasons).every((r) => typeof r === "string")) {
    return "reasons: expected an object of strings";
  }
  if (!isStringList(o.memberWideRevocations))
    return "memberWideRevocations: expected a list of strings";
  if (!Number.isInteger(o.maxRevocations)) return "maxRevocations: expected a whole number";
  if (!isStringList(o.warnings)) return "warnings: expected a list of strings";
  if (!Array.isArray(o.changes)) return "changes: expected a list";
  for (const [index, change] of o.changes.entries()) {
    const problem = changeProblem(change, o.reasons);
    if (problem) return `changes[${index}].${problem}`;
  }
  return undefined;
}

function changeProblem(value: unknown, reasons: Record<string, unknown>): string | undefined {
  if (!isObject(value)) return "expected an object";
  const change = value as Partial<Record<string, unknown>> & { action?: Change["action"] };
  if (change.action === "update-session-length") {
    for (const key of ["from", "to"] as const) {
      const duration = change[key];
      if (!isObject(duration) || !Number.isInteger(duration.seconds)) {
        return `${key}.seconds: expected a whole number`;
      }
    }
    return undefined;
  }
  if (change.action !== "revoke-session")
    return "action: expected update-session-length or revoke-session";
  for (const key of ["sessionId", "member", "memberId"]) {
    if (typeof change[key] !== "string") return `${key}: expected a string`;
  }
  if (!isStringList(change.rules) || change.rules.length === 0) return "rules: expected rule ids";
  const unexplained = change.rules.find((rule) => typeof reasons[rule] !== "string");
  if (unexplained) return `rules: rule ${unexplained} has no reason in reasons`;
  return undefined;
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

function isStringList(value: unknown): value is string[] {
  return Array.isArray(value) && value.every((item) => typeof item === "string");
}

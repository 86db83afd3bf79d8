/**
 * `apply FILE`: one argument that is a file holding a saved plan (decided by content, so
 * any file name works) is applied exactly; anything else is read as policy paths.
 */
import { readFileSync, statSync } from "node:fs";
import { resolve } from "node:path";
import { looksLikePlanFile, parsePlan } from "../reconcile/planfile";
import type { Plan } from "../reconcile/plan";

/** The saved plan named by `args`, or undefined when `args` are policy paths. */
export function savedPlanArgument(args: string[], cwd: string): Plan | undefined {
  if (args.length !== 1) return undefined;
  const file = resolve(cwd, args[0] as string);
  let text: string;
  try {
    if (!statSync(file).isFile()) return undefined;
    text = readFileSync(file, "utf8");
  } catch {
    // Unreadable or missing: the policy loader reports it with its own message.
    return undefined;
  }
  return looksLikePlanFile(text) ? parsePlan(text, args[0] as string) : undefined;
}

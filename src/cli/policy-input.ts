/**
 * How every command that reads policies (plan, apply, drift, synth) loads them: problems are
 * printed the same way everywhere, one `file:LINE:COL: message` line each on stderr, and a
 * policy with errors stops the command before anything is sent.
 */
import { formatDiagnostic } from "../policy/diagnostic";
import { loadPolicies } from "../policy/index";
import type { DesiredState } from "../policy/model";
import type { CommandContext } from "./io";

/**
 * Loads the policies under `paths` (relative to the CLI's working directory), prints every
 * error and warning to stderr, and returns null when there are errors: the caller exits 1.
 */
export function loadPolicyInput(
  paths: string[],
  context: CommandContext,
  options: { now?: Date } = {},
): { state: DesiredState; files: string[] } | null {
  const result = loadPolicies(paths, { now: options.now, cwd: context.io.cwd });
  for (const diagnostic of result.diagnostics) {
    context.io.stderr.write(`${formatDiagnostic(diagnostic)}\n`);
  }
  if (result.state === null) return null;
  context.logger.debug(`read ${result.files.length} policy files`);
  return { state: result.state, files: result.files };
}

/** The validate tests run the CLI in process from the repository root, with no environment. */
import { type CliResult, REPO_ROOT, runCliInProcess } from "../helpers/cli";

export { REPO_ROOT };
export type { CliResult };

export function runCli(argv: string[], cwd: string = REPO_ROOT): Promise<CliResult> {
  return runCliInProcess(argv, { cwd });
}

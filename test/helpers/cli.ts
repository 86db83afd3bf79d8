/**
 * Runs the CLI in process, as bin/ does, with captured stdout and stderr: every CLI test
 * goes through here, so they all see the same IO.
 */
import { join } from "node:path";
import { Readable } from "node:stream";
import type { CliIO } from "../../src/cli/io";
import { run } from "../../src/cli/main";

export const REPO_ROOT = join(__dirname, "..", "..");

export interface CliResult {
  code: number;
  stdout: string;
  stderr: string;
}

export interface CliRunOptions {
  /** Default: the repository root. */
  cwd?: string;
  /** The whole environment the CLI sees; nothing comes from process.env. */
  env?: NodeJS.ProcessEnv;
  /** Text typed on stdin. */
  stdin?: string;
  /** Whether stdin is a terminal (apply then asks for confirmation). */
  stdinTTY?: boolean;
  /** Whether stdout and stderr are a terminal (colour, progress bars). */
  outputTTY?: boolean;
}

export async function runCliInProcess(
  argv: string[],
  options: CliRunOptions = {},
): Promise<CliResult> {
  let stdout = "";
  let stderr = "";
  const stdin = Readable.from(options.stdin === undefined ? [] : [options.stdin]) as Readable & {
    isTTY?: boolean;
  };
  stdin.isTTY = options.stdinTTY ?? false;
  const terminal = options.outputTTY === true ? { isTTY: true, columns: 100 } : {};
  const io: CliIO = {
    stdout: { write: (chunk: string) => (stdout += chunk), ...terminal },
    stderr: { write: (chunk: string) => (stderr += chunk), ...terminal },
    stdin,
    env: options.env ?? {},
    cwd: options.cwd ?? REPO_ROOT,
  };
  const code = await run(argv, io);
  return { code, stdout, stderr };
}

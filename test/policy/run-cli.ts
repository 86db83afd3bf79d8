/** Runs the CLI in process with captured output, the way the tests of validate need it. */
import { Readable } from "node:stream";
import { join } from "node:path";
import type { CliIO } from "../../src/cli/io";
import { run } from "../../src/cli/main";

export const REPO_ROOT = join(__dirname, "..", "..");

export interface CliResult {
  code: number;
  stdout: string;
  stderr: string;
}

export async function runCli(argv: string[], cwd: string = REPO_ROOT): Promise<CliResult> {
  let stdout = "";
  let stderr = "";
  const io: CliIO = {
    stdout: { write: (s: string) => (stdout += s) },
    stderr: { write: (s: string) => (stderr += s) },
    stdin: Readable.from([]),
    env: {},
    cwd,
  };
  const code = await run(argv, io);
  return { code, stdout, stderr };
}

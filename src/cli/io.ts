import type { Logger } from "../logger";

/** Everything the CLI touches of the outside world, so tests can run it in process. */
export interface CliIO {
  stdout: OutputStream;
  stderr: OutputStream;
  stdin: NodeJS.ReadableStream & { isTTY?: boolean };
  env: NodeJS.ProcessEnv;
  cwd: string;
}

export interface OutputStream {
  write(chunk: string): unknown;
  isTTY?: boolean;
  columns?: number;
}

export interface CommandContext {
  io: CliIO;
  /** Writes to stderr; debug lines only with --verbose. */
  logger: Logger;
  /** Colour on stdout: a terminal, no --no-color, no NO_COLOR. */
  color: boolean;
}

export function processIO(): CliIO {
  return {
    stdout: process.stdout,
    stderr: process.stderr,
    stdin: process.stdin,
    env: process.env,
    cwd: process.cwd(),
  };
}

export function stderrLogger(io: CliIO, verbose: boolean): Logger {
  const line = (prefix: string) => (message: string) => {
    io.stderr.write(`${prefix}${message}\n`);
  };
  return {
    debug: verbose ? line("debug: ") : () => undefined,
    info: line(""),
    warn: line("warning: "),
    error: line("error: "),
  };
}

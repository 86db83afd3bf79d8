/**
 * The second line of defence for the API token: every line the reconciler commands print,
 * and every error they throw, passes through redactSecrets. The client already keeps the
 * token out of its errors; this catches what a server might echo back.
 */
import { redactSecrets } from "../api/redact";
import type { CliIO, OutputStream } from "./io";

export function redactingIO(io: CliIO, secrets: string[]): CliIO {
  return { ...io, stdout: redacting(io.stdout, secrets), stderr: redacting(io.stderr, secrets) };
}

function redacting(stream: OutputStream, secrets: string[]): OutputStream {
  return {
    write: (chunk: string) => stream.write(redactSecrets(String(chunk), secrets)),
    get isTTY() {
      return stream.isTTY;
    },
    get columns() {
      return stream.columns;
    },
  };
}

/** `error` with the secrets removed from its message, hint and stack, before main prints it. */
export function redactError(error: unknown, secrets: string[]): unknown {
  if (!(error instanceof Error)) return error;
  const target = error as Error & { hint?: string };
  target.message = redactSecrets(target.message, secrets);
  if (target.stack) target.stack = redactSecrets(target.stack, secrets);
  if (typeof target.hint === "string") {
    Object.defineProperty(target, "hint", { value: redactSecrets(target.hint, secrets) });
  }
  return error;
}

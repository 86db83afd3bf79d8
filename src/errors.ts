/**
 * The three kinds of failure the CLI prints three ways:
 * - UsageError: the command line is wrong; printed with a pointer to --help.
 * - ExternalError: something outside failed or refused (API down, token refused, a file
 *   that cannot be read); printed as an explanation with what to do next.
 * - RefusedError: we chose not to act (guardrail, stale saved plan, declined); exit 3.
 * Anything else is a bug: printed with its stack and a request for a bug report.
 */
import { ExitCode } from "./exit-codes";

export class UsageError extends Error {
  override name = "UsageError";
}

export class ExternalError extends Error {
  override name = "ExternalError";
  /** A next step for the user, printed under the message. */
  readonly hint?: string;

  constructor(message: string, options?: { hint?: string; cause?: unknown }) {
    super(message, options?.cause === undefined ? undefined : { cause: options.cause });
    this.hint = options?.hint;
  }
}

export class RefusedError extends Error {
  override name = "RefusedError";
  readonly exitCode = ExitCode.Refused;
}

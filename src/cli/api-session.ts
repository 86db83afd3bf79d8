/**
 * What every command that talks to the admin API sets up first: checked options, the
 * token, a client, and an IO that redacts the token from everything printed.
 */
import { resolve } from "node:path";
import { createAdminClient, type AdminClient } from "../api/client";
import { resolveToken } from "../api/token";
import { UsageError } from "../errors";
import { parseDurationOption } from "./duration-option";
import { type CliIO, type CommandContext, stderrLogger } from "./io";
import type { ApiOptions } from "./options";
import { redactError, redactingIO } from "./redacting-io";

const MAX_CONCURRENCY = 64;

export interface ApiSession {
  api: AdminClient;
  /** The command's context with token-redacting IO and logger. */
  context: CommandContext;
}

/**
 * Runs `work` with an ApiSession. Options are checked before the token is read and the
 * token before any request; any error leaves with the token redacted from its text.
 */
export async function withApiSession(
  options: ApiOptions,
  context: CommandContext,
  work: (session: ApiSession) => Promise<number>,
): Promise<number> {
  const timeoutMs = parseDurationOption(options.timeout, "--timeout");
  const budgetMs = parseDurationOption(options.budget, "--budget");
  checkConcurrency(options.concurrency);
  const token = resolveToken(context.io.env, resolveTokenFile(options.tokenFile, context.io));
  const secrets = [token];
  try {
    const io = redactingIO(context.io, secrets);
    const logger = stderrLogger(io, options.verbose);
    const api = createAdminClient({
      baseUrl: options.apiUrl,
      token,
      timeoutMs,
      budgetMs,
      concurrency: options.concurrency,
      logger,
    });
    return await work({ api, context: { ...context, io, logger } });
  } catch (error) {
    throw redactError(error, secrets);
  }
}

function checkConcurrency(concurrency: number): void {
  if (!Number.isInteger(concurrency) || concurrency < 1 || concurrency > MAX_CONCURRENCY) {
    throw new UsageError(`--concurrency must be a whole number from 1 to ${MAX_CONCURRENCY}`);
  }
}

function resolveTokenFile(tokenFile: string | undefined, io: CliIO): string | undefined {
  if (tokenFile === undefined) return undefined;
  return resolve(io.cwd, tokenFile);
}

/**
 * Where the API token comes from: the environment or a file, never the command line (it
 * would show in the process list and shell history). Errors name the source, never the
 * value.
 */
import { readFileSync } from "node:fs";
import { ExternalError } from "../errors";
import { apiMessages } from "./messages";

/** The environment variable that holds the token. */
export const TOKEN_ENV_VAR = "NORDPASS_API_TOKEN";

/** Printable ASCII without spaces: what may go into an Authorization header. */
const TOKEN_PATTERN = /^[\x21-\x7e]+$/;

/**
 * The token to use: the trimmed contents of `tokenFile` when one is given (an explicit
 * option wins over the environment), else NORDPASS_API_TOKEN.
 * @throws ExternalError when neither yields a token, or the token is malformed.
 */
export function resolveToken(env: NodeJS.ProcessEnv, tokenFile?: string): string {
  if (tokenFile !== undefined) {
    return checkToken(readTokenFile(tokenFile), `--token-file ${tokenFile}`);
  }

  const fromEnv = env[TOKEN_ENV_VAR];
  if (fromEnv === undefined) {
    throw new ExternalError(apiMessages.noToken(), { hint: apiMessages.noTokenHint() });
  }
  return checkToken(fromEnv.trim(), TOKEN_ENV_VAR);
}

function readTokenFile(file: string): string {
  try {
    return readFileSync(file, "utf8").trim();
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? "read error";
    throw new ExternalError(apiMessages.tokenFileUnreadable(file, code), {
      hint: apiMessages.tokenFileHint(),
    });
  }
}

function checkToken(token: string, source: string): string {
  if (token === "") {
    throw new ExternalError(apiMessages.tokenEmpty(source), { hint: apiMessages.noTokenHint() });
  }
  if (!TOKEN_PATTERN.test(token)) {
    throw new ExternalError(apiMessages.tokenMalformed(source), {
      hint: apiMessages.tokenMalformedHint(),
    });
  }
  return token;
}

/** True when `token` could be sent as a bearer token as it is. */
export function isWellFormedToken(token: string): boolean {
  return TOKEN_PATTERN.test(token);
}

/**
 * Libraries take a Logger and stay silent by default; only the CLI decides how log lines
 * look and sends them to stderr.
 */
export interface Logger {
  debug(message: string): void;
  info(message: string): void;
  warn(message: string): void;
  error(message: string): void;
}

const ignore = (): void => undefined;

/** The default for every library entry point: says nothing. */
export const silentLogger: Logger = { debug: ignore, info: ignore, warn: ignore, error: ignore };

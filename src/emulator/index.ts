/**
 * The local admin API: the contract of schemas/admin-api.openapi.yaml served from SQLite.
 * `startEmulator` is the library entry point that tests, benchmarks, `npm start` and the
 * `emulator` command share.
 */
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { silentLogger, type Logger } from "../logger";
import { TokenIndex } from "./auth";
import { EmulatorClock } from "./clock";
import { FaultInjector, NO_FAULTS, parseFaults } from "./faults";
import { DEFAULT_RATE_LIMIT, RateLimiter } from "./rate-limit";
import { RequestCounter } from "./request-counter";
import type { SeedDocument } from "./seed-document";
import { loadSeed, resolveSeed } from "./seed-loader";
import { requestListener } from "./server";
import { EmulatorStore } from "./store";

export type {
  SeedDocument,
  SeedMember,
  SeedOrganization,
  SeedSession,
  SeedToken,
} from "./seed-document";
export { DEMO_TOKENS, demoSeed } from "./demo-seed";
export { SeedError } from "./seed-error";
export { FaultSpecError, parseFaults } from "./faults";
export { DEFAULT_RATE_LIMIT } from "./rate-limit";
export { resolveSeed } from "./seed-loader";
export { parseSyntheticSpec } from "./synthetic-seed";
export { MAX_BODY_BYTES } from "./body";

export interface EmulatorConfig {
  /** Address to listen on. Default "127.0.0.1". */
  host?: string;
  /** Port to listen on. Default 0: a free port (the CLI defaults to 8080). */
  port?: number;
  /** SQLite file, opened in WAL mode, that keeps data across restarts. Default: memory. */
  db?: string;
  /**
   * Loaded only into an empty database: "demo", a YAML or JSON file path,
   * "synthetic:members=N,sessionsPerMember=M", or a seed document.
   */
  seed?: string | SeedDocument;
  /**
   * Faults to inject, e.g. "latency=50ms,error5xx=0.1,rate429=0.05,drop=0.02,error5xxAfter=0.05".
   */
  faults?: string;
  /** Seeds the fault draws, so tests see the same faults every run. Default: the wall clock. */
  faultSeed?: number;
  /** Enables the test-only /_emulator/ control routes. Default false (they answer 404). */
  control?: boolean;
  /** Requests per second per token before 429. Default DEFAULT_RATE_LIMIT (50,000). */
  rateLimit?: number;
  /** Where to log (each request at debug). Default: silent. */
  logger?: Logger;
  /**
   * Sets the emulator's clock to this ISO instant before the seed loads (the clock runs on
   * from there). Default: the wall clock, or the time kept in the --db file.
   */
  now?: string;
  /** Resolves a relative seed file path. Default process.cwd(). */
  cwd?: string;
}

export interface RunningEmulator {
  /** Base URL, e.g. http://127.0.0.1:40123 (the API lives under /v1/organizations/{org}). */
  url: string;
  port: number;
  /** False when a seed was given but the database already held data, so it was not loaded. */
  seedLoaded: boolean;
  /** Stops listening, ends open connections and closes the database. */
  close(): Promise<void>;
}

/** Opens the database, loads the seed into it when empty, and starts serving. */
export async function startEmulator(config: EmulatorConfig = {}): Promise<RunningEmulator> {
  const logger = config.logger ?? silentLogger;
  const faults = config.faults === undefined ? NO_FAULTS : parseFaults(config.faults);
  const rateLimit = config.rateLimit ?? DEFAULT_RATE_LIMIT;
  if (!(Number.isInteger(rateLimit) && rateLimit >= 1)) {
    throw new RangeError(`rateLimit must be a whole number of requests per second, at least 1`);
  }
  const store = new EmulatorStore(config.db);
  try {
    const clock = new EmulatorClock(store);
    if (config.now !== undefined) clock.set(parseInstant(config.now));
    const seedLoaded = seedIfEmpty(store, clock, config, logger);
    const server = createServer(
      requestListener({
        store,
        clock,
        tokens: new TokenIndex(store.allTokens()),
        faults: new FaultInjector(faults, config.faultSeed ?? Date.now()),
        limiter: new RateLimiter(rateLimit),
        counter: new RequestCounter(),
        control: config.control ?? false,
        logger,
      }),
    );
    const port = await listen(server, config.host ?? "127.0.0.1", config.port ?? 0);
    const host = config.host ?? "127.0.0.1";
    return {
      url: `http://${host.includes(":") ? `[${host}]` : host}:${port}`,
      port,
      seedLoaded,
      close: () => closeServer(server).finally(() => store.close()),
    };
  } catch (error) {
    store.close();
    throw error;
  }
}

/** True when the seed was loaded (or none was asked for). */
function seedIfEmpty(
  store: EmulatorStore,
  clock: EmulatorClock,
  config: EmulatorConfig,
  logger: Logger,
): boolean {
  if (config.seed === undefined) return true;
  if (!store.isEmpty()) {
    logger.info("the database already holds data, so the seed was not loaded");
    return false;
  }
  const nowMs = clock.nowMs();
  loadSeed(store, resolveSeed(config.seed, nowMs, config.cwd), nowMs);
  return true;
}

function parseInstant(text: string): number {
  const ms = /^\d{4}-\d{2}-\d{2}T/.test(text) ? Date.parse(text) : NaN;
  if (Number.isNaN(ms)) throw new RangeError(`now must be an ISO 8601 instant, not "${text}"`);
  return ms;
}

function listen(server: Server, host: string, port: number): Promise<number> {
  return new Promise((resolve, reject) => {
    server.once("error", reject);
    server.listen(port, host, () => {
      server.off("error", reject);
      resolve((server.address() as AddressInfo).port);
    });
  });
}

function closeServer(server: Server): Promise<void> {
  return new Promise((resolve, reject) => {
    server.close((error) => (error === undefined ? resolve() : reject(error)));
    server.closeAllConnections();
  });
}

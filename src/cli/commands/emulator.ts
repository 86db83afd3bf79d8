import { ExternalError, UsageError } from "../../errors";
import {
  DEFAULT_RATE_LIMIT,
  demoSeed,
  FaultSpecError,
  parseFaults,
  parseSyntheticSpec,
  resolveSeed,
  SeedError,
  startEmulator,
  type RunningEmulator,
  type SeedDocument,
} from "../../emulator";
import { bannerLines } from "../../emulator/banner";
import { ExitCode } from "../../exit-codes";
import type { CommandContext } from "../io";
import type { EmulatorOptions } from "../options";

const BUILT_IN_SEED = /^(demo|synthetic:.*)$/;

/**
 * `nordpass-policy emulator`: serves the admin API until SIGINT or SIGTERM, then closes
 * the server and the database and exits 0. Everything it prints is a log, on stderr.
 */
export async function execute(
  _args: string[],
  options: EmulatorOptions,
  context: CommandContext,
): Promise<number> {
  const faults = readFaults(options.faults);
  const rateLimit = options.rateLimit ?? DEFAULT_RATE_LIMIT;
  if (rateLimit < 1) throw new UsageError("--rate-limit must be at least 1 request per second");
  const seed = readSeed(options.seed, context.io.cwd);
  const emulator = await start(options, seed, context);
  const stopped = untilSignal();
  for (const line of bannerLines({
    url: emulator.url,
    db: options.db,
    seed: options.seed,
    seedLoaded: emulator.seedLoaded,
    document: typeof seed === "string" ? builtInSeedOutline(seed) : seed,
    publicTokens: options.seed !== undefined && BUILT_IN_SEED.test(options.seed),
    control: options.control,
    faults,
    rateLimit,
  })) {
    context.logger.info(line);
  }
  const signal = await stopped;
  context.logger.info(`received ${signal}, stopping`);
  await emulator.close();
  context.logger.info("emulator stopped");
  return ExitCode.Ok;
}

function readFaults(spec: string | undefined) {
  if (spec === undefined) return undefined;
  try {
    return parseFaults(spec);
  } catch (error) {
    if (error instanceof FaultSpecError) throw new UsageError(`--faults: ${error.message}`);
    throw error;
  }
}

/** Seed files are read here, so that a bad one fails before the server starts. */
function readSeed(seed: string | undefined, cwd: string): string | SeedDocument | undefined {
  if (seed === undefined || BUILT_IN_SEED.test(seed)) {
    if (seed?.startsWith("synthetic:")) seedOrFail(() => parseSyntheticSpec(seed));
    return seed;
  }
  return seedOrFail(() => resolveSeed(seed, Date.now(), cwd));
}

/** Organizations and tokens of a built-in seed, for the banner (without the bulk of sessions). */
function builtInSeedOutline(seed: string): SeedDocument {
  return seed === "demo"
    ? demoSeed(Date.now())
    : resolveSeed("synthetic:members=0,sessionsPerMember=0", 0);
}

function seedOrFail<T>(read: () => T): T {
  try {
    return read();
  } catch (error) {
    if (error instanceof SeedError) {
      throw new ExternalError(`seed: ${error.message}`, {
        hint:
          "--seed takes demo, a YAML or JSON seed file, " +
          "or synthetic:members=N,sessionsPerMember=M",
      });
    }
    throw error;
  }
}

async function start(
  options: EmulatorOptions,
  seed: string | SeedDocument | undefined,
  context: CommandContext,
): Promise<RunningEmulator> {
  try {
    return await startEmulator({
      host: options.host,
      port: options.port,
      db: options.db,
      seed,
      faults: options.faults,
      control: options.control,
      rateLimit: options.rateLimit,
      logger: context.logger,
      cwd: context.io.cwd,
    });
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === "EADDRINUSE") {
      throw new ExternalError(`${options.host}:${options.port} is already in use`, {
        hint: "stop the other server, or pick another port with --port (0 picks a free one)",
      });
    }
    if (code === "EACCES" || code === "EADDRNOTAVAIL") {
      throw new ExternalError(`cannot listen on ${options.host}:${options.port} (${code})`, {
        hint: "use a port above 1024 and an address of this machine, e.g. --host 127.0.0.1",
      });
    }
    if (typeof code === "string" && code.startsWith("SQLITE")) {
      throw new ExternalError(`cannot open the database ${options.db ?? ""} (${code})`, {
        hint: "check the path and that no other process holds the file",
      });
    }
    throw error;
  }
}

/** Resolves with the name of the first SIGINT or SIGTERM, then stops listening for them. */
function untilSignal(): Promise<NodeJS.Signals> {
  return new Promise((resolve) => {
    const onSignal = (signal: NodeJS.Signals): void => {
      process.off("SIGINT", onSignal);
      process.off("SIGTERM", onSignal);
      resolve(signal);
    };
    process.on("SIGINT", onSignal);
    process.on("SIGTERM", onSignal);
  });
}

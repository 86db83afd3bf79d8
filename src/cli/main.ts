/**
 * The CLI as a function of argv and IO that returns an exit code. bin/ is a thin shell.
 *
 * Command modules are loaded only when their command runs, so that `validate` and
 * `--help` never load the HTTP stack (axios) or CDKTF.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { Command, CommanderError, InvalidArgumentError, Option } from "commander";
import { ExternalError, RefusedError, UsageError } from "../errors";
import { ExitCode } from "../exit-codes";
import { type CliIO, type CommandContext, stderrLogger } from "./io";

export const DEFAULT_API_URL = "http://127.0.0.1:8080";

type CommandModule = {
  execute(args: string[], options: never, context: CommandContext): Promise<number>;
};

type Loader = () => Promise<CommandModule>;

const commands: Record<string, Loader> = {
  validate: () => import("./commands/validate") as Promise<CommandModule>,
  plan: () => import("./commands/plan") as Promise<CommandModule>,
  apply: () => import("./commands/apply") as Promise<CommandModule>,
  drift: () => import("./commands/drift") as Promise<CommandModule>,
  export: () => import("./commands/export") as Promise<CommandModule>,
  synth: () => import("./commands/synth") as Promise<CommandModule>,
  emulator: () => import("./commands/emulator") as Promise<CommandModule>,
};

export function packageVersion(): string {
  const manifest = JSON.parse(readFileSync(join(__dirname, "..", "..", "package.json"), "utf8"));
  return String(manifest.version);
}

export async function run(argv: string[], io: CliIO): Promise<number> {
  let exitCode: number = ExitCode.Ok;
  const program = buildProgram(io, (code) => {
    exitCode = code;
  });
  try {
    await program.parseAsync(argv, { from: "user" });
    return exitCode;
  } catch (error) {
    return reportFailure(error, io);
  }
}

function buildProgram(io: CliIO, setExitCode: (code: number) => void): Command {
  const program = new Command("nordpass-policy")
    .description("Session policy as code for NordPass organizations.")
    .version(packageVersion(), "--version", "print the version and exit")
    .helpOption("-h, --help", "show help")
    .showHelpAfterError("(run with --help for usage)")
    .exitOverride()
    .configureOutput({
      writeOut: (s) => io.stdout.write(s),
      writeErr: (s) => io.stderr.write(s),
    });

  const action = (name: string) =>
    async function (this: Command, ...received: unknown[]) {
      const cmd = received[received.length - 1] as Command;
      const options = cmd.opts();
      if (cmd.getOptionValueSource("apiUrl") === "default" && io.env.NORDPASS_API_URL) {
        options.apiUrl = io.env.NORDPASS_API_URL;
      }
      const args = received
        .slice(0, -2)
        .flatMap((a) => (Array.isArray(a) ? a : a === undefined ? [] : [a]));
      const context: CommandContext = {
        io,
        logger: stderrLogger(io, Boolean(options.verbose)),
        color: Boolean(options.color) && !io.env.NO_COLOR && Boolean(io.stdout.isTTY),
      };
      const module = await commands[name]!();
      setExitCode(await module.execute(args.map(String), options as never, context));
    };

  program
    .command("validate")
    .description("parse and check policies offline; no API call")
    .argument("<paths...>", "policy files or directories (read recursively)")
    .addOption(formatOption(["text", "json"]))
    .option("--no-color", "never colour the output (also NO_COLOR)")
    .option("--verbose", "log debug lines to stderr", false)
    .action(action("validate"));

  addApiOptions(
    program
      .command("plan")
      .description("read the live organization and print what apply would do; never writes")
      .argument("<paths...>", "policy files or directories")
      .addOption(formatOption(["text", "json", "markdown"]))
      .option("--out <file>", "also save the plan to FILE, for `apply FILE`")
      .option("--detailed-exitcode", "exit 2 when the plan has changes", false)
      .option("--org <id>", "narrow to one organization of the policy")
      .option("--only <item>", "narrow to one item: session-length or revocation:ID")
      .option("--allow-mass-revocation", "lift the maxRevocations guardrail for this run", false),
  ).action(action("plan"));

  addApiOptions(
    program
      .command("apply")
      .description("carry out a fresh plan of PATHS, or exactly a saved PLANFILE")
      .argument("[paths...]", "policy files or directories, or one saved plan file")
      .addOption(formatOption(["text", "json", "markdown"]))
      .option("--org <id>", "narrow to one organization of the policy")
      .option("--only <item>", "narrow to one item: session-length or revocation:ID")
      .option("--auto-approve", "apply without asking (required when stdin is no terminal)", false)
      .option("--allow-mass-revocation", "lift the maxRevocations guardrail for this run", false)
      .option("--actor <name>", "recorded in the audit log (default: CI commit, else user name)"),
  ).action(action("apply"));

  addApiOptions(
    program
      .command("drift")
      .description("plan for scheduled runs: a report, exit 2 when the live org differs")
      .argument("<paths...>", "policy files or directories")
      .addOption(formatOption(["text", "json", "markdown"]))
      .option("--org <id>", "narrow to one organization of the policy")
      .option("--only <item>", "narrow to one item: session-length or revocation:ID"),
  ).action(action("drift"));

  addApiOptions(
    program
      .command("export")
      .description("write the live organization's managed settings as a policy file")
      .requiredOption("--org <id>", "organization id on the admin API")
      .option("--out <file>", "write to FILE instead of stdout"),
  ).action(action("export"));

  program
    .command("synth")
    .description("write Terraform JSON through CDK for Terraform")
    .argument("<paths...>", "policy files or directories")
    .option("--out <dir>", "output directory", "cdktf.out")
    .option("--no-color", "never colour the output (also NO_COLOR)")
    .option("--verbose", "log debug lines to stderr", false)
    .action(action("synth"));

  program
    .command("emulator")
    .description("serve the local admin API from SQLite")
    .option("--host <host>", "address to listen on", "127.0.0.1")
    .option("--port <port>", "port to listen on (0 picks a free one)", parseInteger, 8080)
    .option("--db <file>", "SQLite file that keeps data across restarts (default: memory)")
    .option("--seed <seed>", "demo | FILE (YAML or JSON) | synthetic:members=N,sessionsPerMember=M")
    .option(
      "--faults <spec>",
      "inject faults, e.g. latency=50ms,error5xx=0.1,rate429=0.05,drop=0.02",
    )
    .option("--control", "enable the test-only /_emulator/ control routes", false)
    .option("--rate-limit <n>", "requests per second per token before 429", parseInteger)
    .option("--verbose", "log each request to stderr", false)
    .action(action("emulator"));

  for (const cmd of program.commands) {
    cmd.exitOverride().configureOutput({
      writeOut: (s) => io.stdout.write(s),
      writeErr: (s) => io.stderr.write(s),
    });
    cmd.showHelpAfterError("(run with --help for usage)");
  }
  return program;
}

function formatOption(choices: string[]): Option {
  return new Option("--format <format>", "output format").choices(choices).default("text");
}

function addApiOptions(cmd: Command): Command {
  return cmd
    .addOption(
      new Option("--api-url <url>", "admin API base URL (env NORDPASS_API_URL)").default(
        DEFAULT_API_URL,
      ),
    )
    .option("--token-file <file>", "read the token from FILE (default: env NORDPASS_API_TOKEN)")
    .option("--concurrency <n>", "parallel requests", parseInteger, 8)
    .option("--timeout <duration>", "timeout of each request", "30s")
    .option("--budget <duration>", "time budget of the whole run", "15m")
    .option("--no-color", "never colour the output (also NO_COLOR)")
    .option("--verbose", "log debug lines to stderr", false);
}

function parseInteger(value: string): number {
  if (!/^\d+$/.test(value)) throw new InvalidArgumentError("expected a whole number");
  return Number(value);
}

function reportFailure(error: unknown, io: CliIO): number {
  if (error instanceof CommanderError) {
    // commander already printed its message (and help for --help/--version, which exit 0).
    return error.exitCode === 0 ? ExitCode.Ok : ExitCode.Error;
  }
  if (error instanceof UsageError) {
    io.stderr.write(`error: ${error.message}\n(run with --help for usage)\n`);
    return ExitCode.Error;
  }
  if (error instanceof RefusedError) {
    io.stderr.write(`refused: ${error.message}\n`);
    return ExitCode.Refused;
  }
  if (error instanceof ExternalError) {
    io.stderr.write(`error: ${error.message}\n`);
    if (error.hint) io.stderr.write(`  ${error.hint}\n`);
    return ExitCode.Error;
  }
  const stack = error instanceof Error ? (error.stack ?? error.message) : String(error);
  io.stderr.write(
    `internal error: ${stack}\n` +
      "This is a bug in nordpass-policy. Please report it with the command you ran.\n",
  );
  return ExitCode.Error;
}

/**
 * `npm start`: the whole loop on the demo organizations, with nothing to set up. Starts the
 * emulator in this process with the demo seed on a free loopback port, runs validate, plan,
 * apply, plan again and drift on examples/ through run(argv, io), explaining each step in
 * one line on stderr, then stops the emulator. Exits 0 only when every step ended as it
 * should.
 */
import { join } from "node:path";
import { DEMO_TOKENS, startEmulator } from "../emulator";
import { ExitCode } from "../exit-codes";
import { type CliIO, processIO } from "./io";
import { run } from "./main";

interface Step {
  explain: string;
  argv: string[];
  expected: number;
}

const STEPS: Step[] = [
  {
    explain: "validate: check the example policies offline; no request is sent.",
    argv: ["validate", "examples"],
    expected: ExitCode.Ok,
  },
  {
    explain: "plan: read the live demo organizations and show what apply would change.",
    argv: ["plan", "examples"],
    expected: ExitCode.Ok,
  },
  {
    explain: "apply: carry out that plan (--auto-approve, as a pipeline on merge would).",
    argv: ["apply", "examples", "--auto-approve", "--actor", "npm-start"],
    expected: ExitCode.Ok,
  },
  {
    explain: "plan again: the organizations now match the policies, so nothing is left to do.",
    argv: ["plan", "examples", "--detailed-exitcode"],
    expected: ExitCode.Ok,
  },
  {
    explain: "drift: the scheduled check; exit 0 means the live organizations have not moved.",
    argv: ["drift", "examples"],
    expected: ExitCode.Ok,
  },
];

/** The package root: examples/ lives there, in a clone and in the installed package. */
const PACKAGE_ROOT = join(__dirname, "..", "..");

/** Runs the demo loop; returns 0 when every step had its expected exit code. */
export async function runDemo(io: CliIO, cwd = PACKAGE_ROOT): Promise<number> {
  const emulator = await startEmulator({ host: "127.0.0.1", port: 0, seed: "demo" });
  const env = { ...io.env, NORDPASS_API_URL: emulator.url, NORDPASS_API_TOKEN: DEMO_TOKENS.admin };
  const stepIO: CliIO = { ...io, env, cwd };
  const failed: string[] = [];
  try {
    io.stderr.write(
      `Started the admin API emulator with the demo organizations at ${emulator.url}\n` +
        "(token: the demo admin token, see docs/DEMO-ORGANIZATIONS.md).\n",
    );
    for (const [index, step] of STEPS.entries()) {
      io.stderr.write(`\n==> Step ${index + 1}/${STEPS.length}, ${step.explain}\n`);
      io.stderr.write(`    $ nordpass-policy ${step.argv.join(" ")}\n`);
      const code = await run(step.argv, stepIO);
      if (code !== step.expected) {
        failed.push(`${step.argv[0]} exited ${code}, expected ${step.expected}`);
        break;
      }
    }
  } finally {
    await emulator.close();
  }
  io.stderr.write(
    failed.length === 0
      ? "\nStopped the emulator. Every step ended as expected: this is the loop a pipeline runs.\n"
      : `\nStopped the emulator. The demo failed: ${failed.join("; ")}.\n`,
  );
  return failed.length === 0 ? ExitCode.Ok : ExitCode.Error;
}

if (require.main === module) {
  runDemo(processIO()).then(
    (code) => {
      process.exitCode = code;
    },
    (error: unknown) => {
      process.stderr.write(
        `internal error: ${error instanceof Error ? error.stack : String(error)}\n`,
      );
      process.exitCode = ExitCode.Error;
    },
  );
}

/**
 * The apply confirmation: on a terminal, ask on stderr and accept only "yes". Reads one
 * line from the CLI's stdin, so tests can answer it.
 */
import { createInterface } from "node:readline";
import type { CliIO } from "./io";

/** True only when the answer is exactly "yes" (surrounding spaces ignored). */
export async function confirm(io: CliIO, question: string): Promise<boolean> {
  io.stderr.write(`${question} `);
  const answer = await readLine(io.stdin);
  return answer?.trim() === "yes";
}

async function readLine(input: NodeJS.ReadableStream): Promise<string | undefined> {
  const lines = createInterface({ input, terminal: false });
  try {
    for await (const line of lines) return line;
    return undefined;
  } finally {
    lines.close();
  }
}

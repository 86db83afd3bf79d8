/**
 * Finds the policy files named on the command line: files as given, directories read
 * recursively for *.yaml and *.yml in a stable sorted order. Each file is read only after its
 * size is known to be under the limit.
 */
import { readdirSync, readFileSync, realpathSync, statSync } from "node:fs";
import { isAbsolute, join, resolve } from "node:path";
import type { Diagnostic } from "./diagnostic";
import { files as messages, type Problem } from "./messages";

/** Policy files are small; anything larger is refused before it is parsed. */
export const MAX_POLICY_FILE_BYTES = 1024 * 1024;

const POLICY_FILE = /\.ya?ml$/i;

export interface PolicyFileText {
  /** The path as the user gave it joined with the part below a given directory. */
  file: string;
  text: string;
}

/** Every readable policy file under the paths, and a problem for each that cannot be read. */
export function readPolicyFiles(
  paths: readonly string[],
  cwd: string,
): { files: PolicyFileText[]; diagnostics: Diagnostic[] } {
  const diagnostics: Diagnostic[] = [];
  const report = (file: string, p: Problem) =>
    diagnostics.push({
      file,
      line: 1,
      col: 1,
      severity: "error",
      code: p.code,
      message: p.message,
    });
  const found: Found = { byShown: new Map(), reals: new Set() };

  for (const given of paths) {
    const absolute = isAbsolute(given) ? given : resolve(cwd, given);
    const kind = statKind(absolute);
    if (kind === "missing") report(given, messages.missing(given));
    else if (kind === "file") remember(found, absolute, given);
    else {
      const before = found.byShown.size;
      walk(absolute, given, found, new Set());
      if (found.byShown.size === before) report(given, messages.noPolicies(given));
    }
  }

  const files: PolicyFileText[] = [];
  for (const [file, absolute] of [...found.byShown.entries()].sort(([a], [b]) =>
    a < b ? -1 : 1,
  )) {
    const text = readLimited(absolute, file, (p) => report(file, p));
    if (text !== undefined) files.push({ file, text });
  }
  return { files, diagnostics };
}

function statKind(path: string): "missing" | "file" | "directory" {
  try {
    return statSync(path).isDirectory() ? "directory" : "file";
  } catch {
    return "missing";
  }
}

/** Files by shown path; a file reached twice (a folder and a file in it) is read once. */
interface Found {
  byShown: Map<string, string>;
  reals: Set<string>;
}

function remember(found: Found, absolute: string, shown: string): void {
  const real = safeRealpath(absolute);
  if (found.reals.has(real)) return;
  found.reals.add(real);
  found.byShown.set(shown, absolute);
}

function walk(dir: string, shown: string, found: Found, visited: Set<string>): void {
  const real = safeRealpath(dir);
  if (visited.has(real)) return; // a symbolic link loop
  visited.add(real);
  let names: string[];
  try {
    names = readdirSync(dir).sort();
  } catch {
    return;
  }
  for (const name of names) {
    if (name.startsWith(".")) continue;
    const absolute = join(dir, name);
    const kind = statKind(absolute);
    if (kind === "directory") walk(absolute, join(shown, name), found, visited);
    else if (kind === "file" && POLICY_FILE.test(name))
      remember(found, absolute, join(shown, name));
  }
}

function safeRealpath(path: string): string {
  try {
    return realpathSync(path);
  } catch {
    return path;
  }
}

function readLimited(
  absolute: string,
  shown: string,
  report: (p: Problem) => void,
): string | undefined {
  try {
    const size = statSync(absolute).size;
    if (size > MAX_POLICY_FILE_BYTES) {
      report(messages.tooLarge(size, MAX_POLICY_FILE_BYTES));
      return undefined;
    }
    return readFileSync(absolute, "utf8");
  } catch (e) {
    report(messages.unreadable(shown, (e as NodeJS.ErrnoException).code ?? String(e)));
    return undefined;
  }
}

/**
 * CDKTF stays at the edge (PRODUCT.md): validate, plan, apply and drift never load it, and
 * the policy and reconcile layers never import the Terraform path. Checked on the import
 * graph of the sources, the way Node would load the compiled modules.
 */
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { dirname, join, relative, resolve } from "node:path";
import { describe, expect, it } from "vitest";

const SRC = resolve(__dirname, "..", "..", "src");
const CDKTF_PACKAGES = /^(cdktf|constructs|@cdktf\/.*)$/;

interface Imports {
  eager: string[];
  lazy: string[];
}

/** Module specifiers of a file: eager ones (import/require), lazy ones (import()). */
function importsOf(file: string): Imports {
  const text = readFileSync(file, "utf8");
  const eager: string[] = [];
  const fromClause = /^\s*(import|export)\s+(type\s+)?[^;]*?\sfrom\s+["']([^"']+)["']/gm;
  for (const m of text.matchAll(fromClause)) if (!m[2]) eager.push(m[3]!);
  for (const m of text.matchAll(/^\s*import\s+["']([^"']+)["']/gm)) eager.push(m[1]!);
  for (const m of text.matchAll(/\brequire\(\s*["']([^"']+)["']\s*\)/g)) eager.push(m[1]!);
  const lazy = [...text.matchAll(/\bimport\(\s*["']([^"']+)["']\s*\)/g)].map((m) => m[1]!);
  return { eager, lazy };
}

function resolveSource(from: string, specifier: string): string | undefined {
  if (!specifier.startsWith(".")) return undefined;
  const base = resolve(dirname(from), specifier);
  return [`${base}.ts`, join(base, "index.ts")].find(existsSync);
}

/** Everything loading `entry` loads: files of src/ and bare package names. */
function loadedBy(entry: string, followLazy: boolean): Set<string> {
  const seen = new Set<string>();
  const pending = [entry];
  while (pending.length > 0) {
    const file = pending.pop()!;
    if (seen.has(file)) continue;
    seen.add(file);
    const { eager, lazy } = importsOf(file);
    for (const specifier of followLazy ? [...eager, ...lazy] : eager) {
      const source = resolveSource(file, specifier);
      if (source) pending.push(source);
      else if (!specifier.startsWith(".")) seen.add(specifier);
    }
  }
  return seen;
}

const offenders = (loaded: Set<string>) =>
  [...loaded]
    .filter((m) => CDKTF_PACKAGES.test(m) || m.startsWith(join(SRC, "terraform")))
    .map((m) => (m.startsWith(SRC) ? relative(SRC, m) : m));

describe("CDKTF stays at the edge", () => {
  it.each(["validate", "plan", "apply", "drift", "export"])("%s never loads CDKTF", (name) => {
    const command = join(SRC, "cli", "commands", `${name}.ts`);
    expect(offenders(loadedBy(command, true))).toEqual([]);
  });

  it("the CLI's entry point loads CDKTF only through the lazy synth command", () => {
    expect(offenders(loadedBy(join(SRC, "cli", "bin.ts"), false))).toEqual([]);
    expect(offenders(loadedBy(join(SRC, "cli", "commands", "synth.ts"), false))).toEqual([]);
    const synthLazy = importsOf(join(SRC, "cli", "commands", "synth.ts")).lazy;
    expect(synthLazy).toContain("../../terraform");
  });

  it("the synth command does reach CDKTF, so this check can see it", () => {
    const loaded = loadedBy(join(SRC, "cli", "commands", "synth.ts"), true);
    expect(offenders(loaded)).toEqual(expect.arrayContaining(["cdktf", "terraform/index.ts"]));
  });

  it.each(["policy", "reconcile", "api", "render", "emulator"])(
    "nothing in src/%s imports the Terraform path or CDKTF",
    (folder) => {
      const files = listTs(join(SRC, folder));
      const loaded = new Set(files.flatMap((f) => [...loadedBy(f, true)]));
      expect(offenders(loaded)).toEqual([]);
    },
  );
});

function listTs(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return listTs(path);
    return path.endsWith(".ts") ? [path] : [];
  });
}

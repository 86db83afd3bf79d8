/**
 * The policy loader's entry point: files and directories in, desired state or diagnostics
 * out. Synchronous and silent: it reads files, never the network, and returns every problem
 * as data for the caller to print.
 */
import { compareDiagnostics, type Diagnostic, hasErrors } from "./diagnostic";
import { type PolicyFragment, readDocument } from "./document";
import { readPolicyFiles } from "./files";
import { mergeFragments } from "./merge";
import { files as fileMessages } from "./messages";
import type { DesiredState } from "./model";
import { checkSchema } from "./schema";
import { parseSource } from "./source";

export interface LoadOptions {
  /** The instant expiry warnings are judged at; the current time when absent. */
  now?: Date;
  /** Directory relative paths are resolved against; the process's when absent. */
  cwd?: string;
}

export interface LoadResult {
  /** null when any diagnostic is an error. */
  state: DesiredState | null;
  /** Errors and warnings, sorted with compareDiagnostics. */
  diagnostics: Diagnostic[];
  /** The policy files read, as shown in diagnostics, sorted. */
  files: string[];
}

/**
 * Loads, checks and merges the policies under `paths` (files, or directories read
 * recursively for *.yaml and *.yml). A path that does not exist is an error diagnostic.
 */
export function loadPolicies(paths: string[], options: LoadOptions = {}): LoadResult {
  const now = options.now ?? new Date();
  const read = readPolicyFiles(paths, options.cwd ?? process.cwd());
  const diagnostics: Diagnostic[] = [...read.diagnostics];
  const fragments: PolicyFragment[] = [];

  for (const { file, text } of read.files) {
    const parsed = parseSource(file, text);
    diagnostics.push(...parsed.diagnostics);
    if (parsed.documents.length === 0 && parsed.diagnostics.length === 0) {
      const p = fileMessages.empty();
      diagnostics.push({
        file,
        line: 1,
        col: 1,
        severity: "warning",
        code: p.code,
        message: p.message,
      });
    }
    for (const document of parsed.documents) {
      const schema = checkSchema(document);
      diagnostics.push(...schema.diagnostics);
      if (schema.diagnostics.length > 0) {
        // The parts that conform still get their value checks; the document is not merged.
        if (isMapping(document.value)) {
          diagnostics.push(...readDocument(document, now, schema.failed).diagnostics);
        }
        continue;
      }
      const checked = readDocument(document, now);
      diagnostics.push(...checked.diagnostics);
      fragments.push(checked.fragment);
    }
  }

  const merged = mergeFragments(fragments);
  diagnostics.push(...merged.diagnostics);
  diagnostics.sort(compareDiagnostics);
  const state = hasErrors(diagnostics) ? null : { organizations: merged.organizations };
  return { state, diagnostics, files: read.files.map((f) => f.file).sort() };
}

function isMapping(value: unknown): boolean {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

export type { DesiredState, OrganizationPolicy, RevocationRule, SessionFacts } from "./model";
export type { Diagnostic } from "./diagnostic";
export { formatDiagnostic } from "./diagnostic";

/**
 * A policy problem is a value: a code, a message a person understands, and where it is.
 * It becomes a line of text only when printed.
 */
export type Severity = "error" | "warning";

/** 1-based line and column in a policy file. */
export interface SourcePosition {
  file: string;
  line: number;
  col: number;
}

export interface Diagnostic extends SourcePosition {
  severity: Severity;
  /** Stable identifier for tests and tooling, e.g. "session-length-range". */
  code: string;
  message: string;
}

/**
 * `file:LINE:COL: message` for errors and `file:LINE:COL: warning: message` for warnings,
 * the form compilers use, so editors and CI annotators can jump to the place.
 */
export function formatDiagnostic(d: Diagnostic): string {
  const where = `${d.file}:${d.line}:${d.col}`;
  return d.severity === "warning" ? `${where}: warning: ${d.message}` : `${where}: ${d.message}`;
}

export function hasErrors(diagnostics: readonly Diagnostic[]): boolean {
  return diagnostics.some((d) => d.severity === "error");
}

/** Stable order: file, line, column, then errors before warnings. */
export function compareDiagnostics(a: Diagnostic, b: Diagnostic): number {
  if (a.file !== b.file) return a.file < b.file ? -1 : 1;
  if (a.line !== b.line) return a.line - b.line;
  if (a.col !== b.col) return a.col - b.col;
  if (a.severity !== b.severity) return a.severity === "error" ? -1 : 1;
  return 0;
}

/**
 * Turns the text of one policy file into plain values, keeping the YAML nodes so that every
 * later problem can point at its line and column. Policy files are untrusted input: deep
 * nesting is refused before the parser sees it (the parser's time grows badly with depth),
 * tags and `__proto__` keys are checked before any value is used, and a document with aliases
 * gets its value from yaml's toJS, which bounds how far aliases expand.
 */
import {
  type Document,
  isAlias,
  isMap,
  isPair,
  isScalar,
  isSeq,
  LineCounter,
  type Node,
  type Pair,
  parseAllDocuments,
  type YAMLMap,
} from "yaml";
import type { Diagnostic, SourcePosition } from "./diagnostic";
import { type Problem, yamlInput } from "./messages";

/** Deeper nesting than this is refused; a policy needs about six levels. */
export const MAX_NESTING_DEPTH = 64;
/** Alias expansions allowed per document, the guard against alias bombs. */
export const MAX_ALIAS_COUNT = 100;

const CORE_TAGS = new Set(
  ["str", "int", "float", "bool", "null", "map", "seq"].map((t) => `tag:yaml.org,2002:${t}`),
);

/** One `---` document of a file, with its plain value and what is needed to locate nodes. */
export interface SourceDocument {
  file: string;
  document: Document.Parsed;
  lineCounter: LineCounter;
  value: unknown;
  start: SourcePosition;
}

export interface ParsedSource {
  documents: SourceDocument[];
  diagnostics: Diagnostic[];
}

/** Parses every document of a file; documents with problems are reported, not returned. */
export function parseSource(file: string, text: string): ParsedSource {
  const lineCounter = new LineCounter();
  const place = (offset: number) => positionAt(file, lineCounter, offset);
  const tooDeep = findDeepNesting(text);
  if (tooDeep !== undefined) {
    const problem = error(yamlInput.tooDeep(MAX_NESTING_DEPTH), scanPosition(file, text, tooDeep));
    return { documents: [], diagnostics: [problem] };
  }

  const parsed = parseAllDocuments(text, {
    lineCounter,
    prettyErrors: false,
    schema: "core",
    merge: false,
    // Duplicate keys are found by the structure walk: yaml's own check is quadratic.
    uniqueKeys: false,
    strict: true,
  });
  const documents: SourceDocument[] = [];
  const diagnostics: Diagnostic[] = [];
  for (const document of Array.from(parsed)) {
    const problems = syntaxProblems(document, place);
    if (problems.length > 0 || document.contents === null) {
      diagnostics.push(...problems);
      continue;
    }
    const walked = walkStructure(document, place);
    diagnostics.push(...walked.problems);
    if (walked.problems.length > 0) continue;
    const value = walked.plain ? walked.value : toPlainValue(document, place, diagnostics);
    // An empty document (a trailing `---`, or only comments) says nothing; skip it.
    if (value === undefined || value === null) continue;
    const start = place(document.contents.range[0]);
    documents.push({ file, document, lineCounter, value, start });
  }
  return { documents, diagnostics };
}

export function positionAt(file: string, lineCounter: LineCounter, offset: number): SourcePosition {
  const { line, col } = lineCounter.linePos(offset);
  return { file, line, col };
}

function scanPosition(file: string, text: string, offset: number): SourcePosition {
  const before = text.slice(0, offset);
  const lineStart = before.lastIndexOf("\n") + 1;
  return { file, line: before.split("\n").length, col: offset - lineStart + 1 };
}

function error(p: Problem, pos: SourcePosition): Diagnostic {
  return { ...pos, severity: "error", code: p.code, message: p.message };
}

type Place = (offset: number) => SourcePosition;

function syntaxProblems(document: Document.Parsed, place: Place): Diagnostic[] {
  const out: Diagnostic[] = [];
  for (const e of document.errors) {
    out.push(error(yamlInput.syntax(firstLine(e.message)), place(e.pos[0])));
  }
  for (const w of document.warnings) {
    // Unresolved tags are reported by the structure walk, with every other foreign tag.
    if (w.code === "TAG_RESOLVE_FAILED") continue;
    out.push(error(yamlInput.warning(firstLine(w.message)), place(w.pos[0])));
  }
  return out;
}

function firstLine(message: string): string {
  const line = message.split("\n")[0] ?? message;
  return line.replace(/ at line \d+, column \d+:?$/, "");
}

interface Walked {
  problems: Diagnostic[];
  /** The document as plain data, when `plain`. */
  value: unknown;
  /**
   * False when the document has aliases or keys that are not scalars: its plain value is
   * then left to yaml's own conversion, which bounds alias expansion.
   */
  plain: boolean;
}

/**
 * Tags, `__proto__` keys, duplicate keys, unknown aliases and block nesting, without following
 * aliases. The same walk builds the plain value, as yaml's toJS would: one pass over a large
 * policy instead of two.
 */
function walkStructure(document: Document.Parsed, place: Place): Walked {
  const walked: Walked = { problems: [], value: undefined, plain: true };
  const report = (p: Problem, offset: number) => walked.problems.push(error(p, place(offset)));
  let stopped = false;
  const visit = (node: unknown, depth: number): unknown => {
    if (stopped || !node || typeof node !== "object") return null;
    const n = node as Node;
    const offset = n.range?.[0] ?? 0;
    if (depth > MAX_NESTING_DEPTH) {
      report(yamlInput.tooDeep(MAX_NESTING_DEPTH), offset);
      stopped = true;
      return null;
    }
    if (isAlias(n)) {
      walked.plain = false;
      if (n.resolve(document) === undefined) report(yamlInput.unknownAlias(n.source), offset);
      return null;
    }
    if (n.tag !== undefined && !CORE_TAGS.has(n.tag)) {
      report(yamlInput.unknownTag(document.directives.tagString(n.tag)), offset);
    }
    if (isMap(n)) return visitMap(n, offset, depth);
    if (isSeq(n)) return n.items.map((item) => visit(item, depth + 1));
    return isScalar(n) ? n.value : null;
  };
  const visitMap = (map: YAMLMap, offset: number, depth: number) => {
    const out: Record<string, unknown> = {};
    const keys = new Set<string>();
    for (const pair of map.items) {
      if (stopped) break;
      if (!isPair(pair)) continue;
      if (isScalar(pair.key)) {
        const keyOffset = (pair.key as Node).range?.[0] ?? offset;
        const key = String(pair.key.value);
        if (key === "__proto__") report(yamlInput.protoKey(), keyOffset);
        if (keys.has(key)) report(yamlInput.duplicateKey(key), keyOffset);
        keys.add(key);
      } else {
        walked.plain = false;
      }
      const key = visit(pair.key, depth + 1);
      const name = key === null ? "" : String(key);
      const value = visit(pair.value, depth + 1);
      // As yaml's toJS: a key Object.prototype has (`constructor`) becomes an own property.
      if (name in out) {
        Object.defineProperty(out, name, {
          value,
          enumerable: true,
          writable: true,
          configurable: true,
        });
      } else {
        out[name] = value;
      }
    }
    return out;
  };
  walked.value = visit(document.contents, 1);
  return walked;
}

function toPlainValue(document: Document.Parsed, place: Place, out: Diagnostic[]): unknown {
  try {
    return document.toJS({ maxAliasCount: MAX_ALIAS_COUNT });
  } catch (e) {
    if (!(e instanceof ReferenceError)) throw e;
    out.push(error(yamlInput.tooManyAliases(MAX_ALIAS_COUNT), place(firstAliasOffset(document))));
    return undefined;
  }
}

function firstAliasOffset(document: Document.Parsed): number {
  let found: number | undefined;
  const visit = (node: unknown): void => {
    if (found !== undefined || !node || typeof node !== "object") return;
    if (isAlias(node)) {
      found = node.range?.[0];
    } else if (isMap(node)) {
      for (const pair of node.items) visit(pair.value);
    } else if (isSeq(node)) {
      for (const item of node.items) visit(item);
    }
  };
  visit(document.contents);
  return found ?? 0;
}

/**
 * Offset of the first place where the text nests deeper than the limit, in one pass over the
 * raw text: flow brackets, a run of block indicators on one line (`- - - ...`), or a ladder
 * of ever deeper indentation. Quoted text and comments are skipped; a stray bracket in plain
 * text counts, harmlessly, as one level.
 */
export function findDeepNesting(text: string): number | undefined {
  const scan = { depth: 0, quote: undefined as string | undefined, indents: [0] };
  let lineStart = true;
  let indent = 0;
  let indicators = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (c === "\n") {
      lineStart = true;
      indent = 0;
      indicators = 0;
      continue;
    }
    if (scan.quote !== undefined) {
      if (c === "\\" && scan.quote === '"') i++;
      else if (c === scan.quote) scan.quote = undefined;
      continue;
    }
    if (lineStart) {
      if (c === " " || c === "\t") {
        indent++;
        continue;
      }
      if (indicators === 0 && c !== "#" && c !== "\r" && !indentFits(scan, indent)) return i;
      const next = text[i + 1];
      if ((c === "-" || c === "?" || c === ":") && (next === " " || next === "\t")) {
        if (++indicators > MAX_NESTING_DEPTH) return i;
        i++;
        continue;
      }
      lineStart = false;
    }
    if (!scanCharacter(text, i, scan)) return i;
    if (c === "#" && /\s/.test(i === 0 ? "\n" : text[i - 1]!)) {
      while (i + 1 < text.length && text[i + 1] !== "\n") i++;
    }
  }
  return undefined;
}

interface Scan {
  depth: number;
  quote: string | undefined;
  indents: number[];
}

/** Tracks the block indentation levels open at a line; false when there are too many. */
function indentFits(scan: Scan, indent: number): boolean {
  if (scan.depth > 0) return true;
  while (scan.indents.length > 1 && scan.indents[scan.indents.length - 1]! > indent) {
    scan.indents.pop();
  }
  if (scan.indents[scan.indents.length - 1]! < indent) scan.indents.push(indent);
  return scan.indents.length <= MAX_NESTING_DEPTH;
}

/** Quotes and flow brackets; false when brackets nest too deep. */
function scanCharacter(text: string, i: number, scan: Scan): boolean {
  const c = text[i]!;
  const before = i === 0 ? "\n" : text[i - 1]!;
  if ((c === '"' || c === "'") && /[\s[{,:]/.test(before)) scan.quote = c;
  else if (c === "[" || c === "{") return ++scan.depth <= MAX_NESTING_DEPTH;
  else if ((c === "]" || c === "}") && scan.depth > 0) scan.depth--;
  return true;
}

/**
 * Where the value at a JSON path lies in the YAML, or with `key`, where that key of the
 * mapping at the path is written. Aliases are followed; a path that leads nowhere falls back
 * to the deepest node found, so a problem always has a place.
 */
export function locate(
  source: SourceDocument,
  path: readonly string[],
  key?: string,
): SourcePosition {
  let node: unknown = source.document.contents;
  let offset = source.document.contents?.range[0] ?? 0;
  const steps = key === undefined ? path : [...path, key];
  for (let i = 0; i < steps.length; i++) {
    if (isAlias(node)) node = node.resolve(source.document);
    const step = steps[i]!;
    let next: unknown;
    if (isMap(node)) {
      const pair = pairsByKey(node).get(step);
      const isKeyWanted = key !== undefined && i === steps.length - 1;
      next = isKeyWanted ? pair?.key : pair?.value;
    } else if (isSeq(node)) {
      next = node.items[Number(step)];
    }
    const range = (next as Node | undefined)?.range;
    if (!range) break;
    node = next;
    offset = range[0];
  }
  return positionAt(source.file, source.lineCounter, offset);
}

const pairIndex = new WeakMap<YAMLMap, Map<string, Pair>>();

/** The pairs of a mapping by key, built once per mapping: a file may have many problems. */
function pairsByKey(map: YAMLMap): Map<string, Pair> {
  let index = pairIndex.get(map);
  if (!index) {
    index = new Map();
    for (const pair of map.items) {
      if (isScalar(pair.key) && !index.has(String(pair.key.value))) {
        index.set(String(pair.key.value), pair as Pair);
      }
    }
    pairIndex.set(map, index);
  }
  return index;
}

/**
 * Checks each document against schemas/policy.schema.json with ajv, and turns ajv's error
 * objects into problems a person understands, each at the YAML node it concerns. The
 * validators are ajv's standalone code, generated from the schema by `npm run generate`:
 * compiling the schema took longer than checking a large policy with it.
 */
import type { ErrorObject, ValidateFunction } from "ajv/dist/2020";
import type { Diagnostic } from "./diagnostic";
import { type Problem, schema as messages } from "./messages";
import { locate, type SourceDocument } from "./source";
import { closestWord } from "./spelling";
import * as generated from "./validators.generated";

/** A whole document, and one revocation rule (`#/$defs/RevocationRule`). */
const validators = {
  document: generated.document as unknown as ValidateFunction,
  rule: generated.rule as unknown as ValidateFunction,
};

/** The schema's verdict on one document. */
export interface SchemaCheck {
  /** Translated and placed; empty when the document conforms. */
  diagnostics: Diagnostic[];
  /**
   * The parts that do not conform: top-level keys, and revocation rules by index. The value
   * checks still run on the rest, so that one run reports every problem of a file.
   */
  failed: { keys: Set<string>; rules: Set<number> };
}

/** Schema problems of one document, and which parts they concern. */
export function checkSchema(source: SourceDocument): SchemaCheck {
  const errors = resolveAlternatives(schemaErrors(source.value));
  return { diagnostics: placeErrors(source, errors), failed: failedParts(errors) };
}

function failedParts(errors: readonly ErrorObject[]): SchemaCheck["failed"] {
  const keys = new Set<string>();
  const rules = new Set<number>();
  for (const e of errors) {
    const [key, index] = e.instancePath.split("/").slice(1);
    if (key === undefined) continue; // at the root: an unknown or missing key, not a value
    if (key === "revocations" && index !== undefined) rules.add(Number(index));
    else keys.add(key);
  }
  return { keys, rules };
}

function placeErrors(source: SourceDocument, errors: readonly ErrorObject[]): Diagnostic[] {
  const seen = new Set<string>();
  const out: Diagnostic[] = [];
  for (const e of errors) {
    const { problem, path, key } = translate(e);
    const pos = locate(source, path, key);
    const id = `${pos.line}:${pos.col}:${problem.message}`;
    if (seen.has(id)) continue;
    seen.add(id);
    out.push({ ...pos, severity: "error", code: problem.code, message: problem.message });
  }
  return out;
}

/**
 * ajv's error list grows by copying at every failing $ref, which is quadratic in the number
 * of failing revocation rules; checking the rules one by one keeps a hostile file linear.
 */
function schemaErrors(value: unknown): ErrorObject[] {
  const { document, rule } = validators;
  const rules = (value as { revocations?: unknown } | null)?.revocations;
  if (!Array.isArray(rules)) return document(value) ? [] : [...(document.errors ?? [])];
  const errors: ErrorObject[] = [];
  if (!document({ ...(value as object), revocations: [] })) errors.push(...document.errors!);
  rules.forEach((item, i) => {
    if (rule(item)) return;
    for (const e of rule.errors!)
      errors.push({ ...e, instancePath: `/revocations/${i}${e.instancePath}` });
  });
  return errors;
}

type Translated = { problem: Problem; path: string[]; key?: string };

/**
 * "One value or a list" is an anyOf of a scalar and an array. ajv reports both branches;
 * keep only the branch the data took, so a bad list item is reported at the item and a bad
 * single value once. An anyOf of scalars (an email or "*") becomes one bad-value error.
 */
function resolveAlternatives(errors: ErrorObject[]): ErrorObject[] {
  const dropped = new Set<ErrorObject>();
  const added: ErrorObject[] = [];
  const anyOfs = errors.filter((e) => e.keyword === "anyOf");
  const hasList = (a: ErrorObject) =>
    (a.schema as Array<{ type?: unknown }>).some((b) => b.type === "array");
  const listPaths = new Set(
    anyOfs.filter((a) => hasList(a) && Array.isArray(a.data)).map((a) => a.instancePath),
  );
  const byPath = new Map<string, ErrorObject[]>();
  for (const e of errors) {
    const list = byPath.get(e.instancePath);
    if (list) list.push(e);
    else byPath.set(e.instancePath, [e]);
  }
  for (const a of anyOfs) {
    const here = byPath.get(a.instancePath) ?? [];
    if (listPaths.has(a.instancePath)) {
      // The data is a list: only the list branch's own errors (at items, or minItems) count.
      for (const e of here) if (e.keyword !== "minItems") dropped.add(e);
    } else if (hasList(a)) {
      dropped.add(a);
      for (const e of here) if (e.keyword === "type" && e.params.type === "array") dropped.add(e);
    } else {
      for (const e of here) dropped.add(e);
      added.push({ ...a, keyword: "format" });
    }
  }
  return [...errors.filter((e) => !dropped.has(e)), ...added];
}

function translate(e: ErrorObject): Translated {
  const path = splitPointer(e.instancePath);
  const field = fieldName(path);
  const label = labelOf(path);
  switch (e.keyword) {
    case "additionalProperties": {
      const unknown = String(e.params.additionalProperty);
      const allowed = Object.keys((e.parentSchema as { properties?: object }).properties ?? {});
      return {
        problem: messages.unknownKey(unknown, closestWord(unknown, allowed)),
        path,
        key: unknown,
      };
    }
    case "required":
      return {
        problem: messages.missingKey(String(e.params.missingProperty), ownerOf(path, e.data)),
        path,
      };
    case "type":
      if (path.length === 0) return { problem: messages.notMapping(e.data), path };
      return { problem: messages.wrongType(label, expected(String(e.params.type)), e.data), path };
    case "pattern":
    case "format":
    case "enum":
    case "const":
      return { problem: messages.badValue(field, e.data), path };
    case "minItems":
      return { problem: messages.emptyList(label), path };
    case "minLength":
      return { problem: messages.emptyText(label), path };
    case "maxLength":
      return { problem: messages.tooLong(label, Number(e.params.limit)), path };
    case "minimum":
      return { problem: messages.tooSmall(label, Number(e.params.limit)), path };
    case "maximum":
      return { problem: messages.tooLarge(label, Number(e.params.limit)), path };
    default:
      return { problem: messages.other(label, e.message ?? "is not valid"), path };
  }
}

function splitPointer(pointer: string): string[] {
  if (pointer === "") return [];
  return pointer
    .slice(1)
    .split("/")
    .map((s) => s.replace(/~1/g, "/").replace(/~0/g, "~"));
}

/** The nearest key name on the path: the list a bad item belongs to, or the key itself. */
function fieldName(path: string[]): string {
  for (let i = path.length - 1; i >= 0; i--) if (!/^\d+$/.test(path[i]!)) return path[i]!;
  return "document";
}

/** `revocations[0].match.browsers`: where a value sits, as a person would write it. */
function labelOf(path: string[]): string {
  return path.reduce(
    (label, s) => (/^\d+$/.test(s) ? `${label}[${s}]` : label ? `${label}.${s}` : s),
    "",
  );
}

function ownerOf(path: string[], data: unknown): string {
  if (path.length === 2 && path[0] === "revocations") {
    const id = (data as { id?: unknown } | null)?.id;
    return typeof id === "string"
      ? `revocation rule '${id}'`
      : `revocation rule ${Number(path[1]) + 1}`;
  }
  return path.length === 0 ? "document" : labelOf(path);
}

function expected(type: string): string {
  const words: Record<string, string> = {
    string: "text",
    integer: "a whole number",
    number: "a number",
    object: "a mapping",
    array: "a list",
    boolean: "true or false",
  };
  return words[type] ?? type;
}

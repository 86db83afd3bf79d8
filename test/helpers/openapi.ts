/**
 * Checks received responses against schemas/admin-api.openapi.yaml with ajv, so the
 * document and the server cannot drift apart.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import Ajv2020, { type ValidateFunction } from "ajv/dist/2020";
import addFormats from "ajv-formats";
import { parse } from "yaml";

export const OPENAPI_FILE = join(__dirname, "..", "..", "schemas", "admin-api.openapi.yaml");
const DOCUMENT_ID = "https://nordpass-policy.invalid/admin-api.openapi.yaml";

interface OpenApiResponse {
  $ref?: string;
  content?: Record<string, { schema?: unknown }>;
}
interface OpenApiOperation {
  responses: Record<string, OpenApiResponse>;
}
/** The parts of the document the checks read. */
export interface OpenApiDocument {
  openapi: string;
  paths: Record<string, Record<string, OpenApiOperation | unknown>>;
  components: { schemas: Record<string, unknown>; responses?: Record<string, OpenApiResponse> };
}

let loaded:
  | { document: OpenApiDocument; ajv: Ajv2020; validators: Map<string, ValidateFunction> }
  | undefined;

/** The parsed document (read once per test file). */
export function openApiDocument(): OpenApiDocument {
  return state().document;
}

function state(): NonNullable<typeof loaded> {
  if (loaded === undefined) {
    const document = parse(readFileSync(OPENAPI_FILE, "utf8")) as OpenApiDocument;
    const ajv = new Ajv2020({ strict: false, allErrors: true });
    addFormats(ajv);
    ajv.addSchema({ ...document, $id: DOCUMENT_ID });
    loaded = { document, ajv, validators: new Map() };
  }
  return loaded;
}

/** The documented path template a concrete path (query allowed) falls under, if any. */
export function pathTemplateOf(path: string): string | undefined {
  const bare = path.split("?")[0] as string;
  const templates = Object.keys(openApiDocument().paths).sort(
    (a, b) => (a.match(/\{/g)?.length ?? 0) - (b.match(/\{/g)?.length ?? 0),
  );
  return templates.find((template) => {
    const source = template
      .split("/")
      .map((segment) =>
        /^\{\w+\}$/.test(segment) ? "[^/]+" : segment.replace(/[.*+?^$()|[\]\\-]/g, "\\$&"),
      )
      .join("/");
    return new RegExp(`^${source}$`).test(bare);
  });
}

/**
 * Throws unless the document describes this answer: the operation, the status (or its
 * `default`), the media type, and a body valid against its schema. A path that no template
 * covers must be a documented problem (404 and friends), checked against Problem.
 */
export function assertMatchesOpenApi(
  method: string,
  pathTemplate: string,
  status: number,
  contentType: string,
  body: unknown,
): void {
  const { document } = state();
  const mediaType = contentType.split(";")[0]?.trim() ?? "";
  const operation = document.paths[pathTemplate]?.[method.toLowerCase()] as
    OpenApiOperation | undefined;
  if (operation === undefined) {
    if (
      document.paths[pathTemplate] === undefined &&
      status >= 400 &&
      mediaType === "application/problem+json"
    ) {
      validateAt("#/components/schemas/Problem", body, `${method} ${pathTemplate} ${status}`);
      return;
    }
    if (status === 405 && mediaType === "application/problem+json") {
      validateAt("#/components/schemas/Problem", body, `${method} ${pathTemplate} ${status}`);
      return;
    }
    throw new Error(`OpenAPI documents no operation ${method.toUpperCase()} ${pathTemplate}`);
  }
  const statusKey = [String(status), `${String(status)[0]}XX`, "default"].find(
    (key) => key in operation.responses,
  );
  if (statusKey === undefined) {
    throw new Error(
      `OpenAPI documents no ${status} answer for ${method.toUpperCase()} ${pathTemplate}`,
    );
  }
  const response = resolveResponse(operation.responses[statusKey] as OpenApiResponse);
  const where = `${method.toUpperCase()} ${pathTemplate} ${status}`;
  if (response.content === undefined) {
    if (body !== undefined)
      throw new Error(`${where}: OpenAPI documents no body, but one came: ${JSON.stringify(body)}`);
    return;
  }
  if (!(mediaType in response.content)) {
    throw new Error(
      `${where}: OpenAPI documents ${Object.keys(response.content).join(", ")}, not "${mediaType}"`,
    );
  }
  const pointer = `#/paths/${escape(pathTemplate)}/${method.toLowerCase()}/responses/${statusKey}`;
  const schemaPointer =
    operation.responses[statusKey]?.$ref !== undefined
      ? `${operation.responses[statusKey]?.$ref}/content/${escape(mediaType)}/schema`
      : `${pointer}/content/${escape(mediaType)}/schema`;
  validateAt(schemaPointer, body, where);
}

function resolveResponse(response: OpenApiResponse): OpenApiResponse {
  const ref = response.$ref;
  if (ref === undefined) return response;
  const name = ref.replace("#/components/responses/", "");
  const resolved = state().document.components.responses?.[name];
  if (resolved === undefined) throw new Error(`OpenAPI response ${ref} does not exist`);
  return resolved;
}

function validateAt(pointer: string, body: unknown, where: string): void {
  const { ajv, validators } = state();
  let validate = validators.get(pointer);
  if (validate === undefined) {
    validate = ajv.compile({ $ref: `${DOCUMENT_ID}${pointer}` });
    validators.set(pointer, validate);
  }
  if (!validate(body)) {
    const errors = (validate.errors ?? [])
      .map((e) => `${e.instancePath || "/"} ${e.message}`)
      .join("; ");
    throw new Error(`${where}: body does not match OpenAPI: ${errors}\n${JSON.stringify(body)}`);
  }
}

/** A JSON pointer token, URI-encoded for use in a $ref fragment. */
function escape(token: string): string {
  return encodeURIComponent(token.replace(/~/g, "~0").replace(/\//g, "~1"));
}

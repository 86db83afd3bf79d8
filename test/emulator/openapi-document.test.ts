import { describe, expect, it } from "vitest";
import Ajv2020 from "ajv/dist/2020";
import addFormats from "ajv-formats";
import { apiRoutes, controlRoutes } from "../../src/emulator/server";
import { assertMatchesOpenApi, openApiDocument } from "../helpers/openapi";

const METHODS = ["get", "put", "post", "delete", "patch", "head", "options"];

function operations(): Array<{ method: string; path: string; operation: Record<string, unknown> }> {
  const found = [];
  for (const [path, item] of Object.entries(openApiDocument().paths)) {
    for (const [method, operation] of Object.entries(item)) {
      if (METHODS.includes(method))
        found.push({
          method: method.toUpperCase(),
          path,
          operation: operation as Record<string, unknown>,
        });
    }
  }
  return found;
}

/** Every `$ref` string in the document, with where it appears. */
function refs(value: unknown, at = "#"): Array<{ ref: string; at: string }> {
  if (Array.isArray(value)) return value.flatMap((item, i) => refs(item, `${at}/${i}`));
  if (value === null || typeof value !== "object") return [];
  return Object.entries(value).flatMap(([key, child]) =>
    key === "$ref" && typeof child === "string"
      ? [{ ref: child, at }]
      : refs(child, `${at}/${key}`),
  );
}

function resolvePointer(pointer: string): unknown {
  return pointer
    .replace(/^#\//, "")
    .split("/")
    .map((token) => token.replace(/~1/g, "/").replace(/~0/g, "~"))
    .reduce<unknown>(
      (node, token) => (node as Record<string, unknown> | undefined)?.[token],
      openApiDocument(),
    );
}

describe("the admin API OpenAPI document", () => {
  it("is OpenAPI 3.1 with info, paths and components", () => {
    const document = openApiDocument() as unknown as Record<string, unknown>;
    expect(String(document.openapi)).toMatch(/^3\.1\.\d+$/);
    expect(document.info).toMatchObject({ title: expect.any(String), version: expect.any(String) });
    expect(Object.keys(openApiDocument().paths).length).toBeGreaterThan(0);
  });

  it("resolves every $ref inside the document", () => {
    const broken = refs(openApiDocument()).filter(
      ({ ref }) => !ref.startsWith("#/") || resolvePointer(ref) === undefined,
    );
    expect(broken).toEqual([]);
  });

  it("documents every route the emulator serves, and serves every route it documents", () => {
    const served = [...apiRoutes, ...controlRoutes]
      .map((route) => `${route.method} ${route.template}`)
      .sort();
    const documented = operations()
      .map(({ method, path }) => `${method} ${path}`)
      .sort();
    expect(documented).toEqual(served);
  });

  it("gives every operation an operationId, a 2xx answer and problem answers for errors", () => {
    const ids = new Set<string>();
    for (const { method, path, operation } of operations()) {
      const responses = operation.responses as Record<string, unknown>;
      expect(typeof operation.operationId, `${method} ${path}`).toBe("string");
      ids.add(operation.operationId as string);
      expect(
        Object.keys(responses).some((status) => status.startsWith("2")),
        `${method} ${path}`,
      ).toBe(true);
      if (path.startsWith("/v1/")) {
        for (const status of ["401", "403", "404", "429", "500", "503"]) {
          expect(responses[status], `${method} ${path} ${status}`).toBeDefined();
        }
      }
    }
    expect(ids.size).toBe(operations().length);
  });

  it("requires Idempotency-Key on every POST and the actor on every write", () => {
    for (const { method, path, operation } of operations().filter((op) =>
      op.path.startsWith("/v1/"),
    )) {
      const names = ((operation.parameters ?? []) as Array<{ $ref: string }>).map((p) => p.$ref);
      if (method === "POST")
        expect(names, path).toContain("#/components/parameters/IdempotencyKey");
      if (method !== "GET")
        expect(names, `${method} ${path}`).toContain("#/components/parameters/Actor");
    }
  });

  it("has schemas that compile and examples that match them", () => {
    const ajv = new Ajv2020({ strict: false, allErrors: true });
    addFormats(ajv);
    const id = "https://nordpass-policy.invalid/doc-under-test";
    ajv.addSchema({ ...openApiDocument(), $id: id });
    const failures: string[] = [];
    const check = (schemaPointer: string, example: unknown, where: string): void => {
      const validate = ajv.compile({ $ref: `${id}${schemaPointer}` });
      if (!validate(example)) failures.push(`${where}: ${ajv.errorsText(validate.errors)}`);
    };
    for (const name of Object.keys(openApiDocument().components.schemas)) {
      const schema = openApiDocument().components.schemas[name] as { examples?: unknown[] };
      ajv.compile({ $ref: `${id}#/components/schemas/${name}` });
      for (const example of schema.examples ?? [])
        check(`#/components/schemas/${name}`, example, name);
    }
    for (const { method, path, operation } of operations()) {
      const responses = operation.responses as Record<
        string,
        { content?: Record<string, { example?: unknown }> }
      >;
      for (const [status, response] of Object.entries(responses)) {
        for (const [media, content] of Object.entries(response.content ?? {})) {
          if (content.example === undefined) continue;
          const pointer =
            `#/paths/${encodeURIComponent(path.replace(/\//g, "~1"))}/${method.toLowerCase()}` +
            `/responses/${status}/content/${encodeURIComponent(media.replace(/\//g, "~1"))}/schema`;
          check(pointer, content.example, `${method} ${path} ${status}`);
        }
      }
    }
    expect(failures).toEqual([]);
  });
});

describe("assertMatchesOpenApi", () => {
  const SESSIONS = "/v1/organizations/{org}/sessions";
  const session = {
    id: "s-1",
    memberId: "m-1",
    memberEmail: "a@b.example",
    deviceType: "mobile",
    browser: "Safari",
    platform: "ios",
    platformVersion: "5.19.2",
    ipAddress: "2001:db8::1",
    lastLoginAt: "2026-11-30T09:00:00.000Z",
    expiresAt: "2026-12-30T09:00:00.000Z",
  };

  it("accepts a documented answer", () => {
    expect(() =>
      assertMatchesOpenApi("GET", SESSIONS, 200, "application/json", {
        items: [session],
        nextCursor: null,
      }),
    ).not.toThrow();
  });

  it("rejects a body that drifted from the schema", () => {
    const drifted = { items: [{ ...session, ipAddress: "not-an-ip" }], nextCursor: null };
    expect(() => assertMatchesOpenApi("GET", SESSIONS, 200, "application/json", drifted)).toThrow(
      /ipAddress/,
    );
    const extra = { items: [{ ...session, token: "x" }], nextCursor: null };
    expect(() => assertMatchesOpenApi("GET", SESSIONS, 200, "application/json", extra)).toThrow(
      /additional/,
    );
  });

  it("rejects an undocumented status, media type or operation", () => {
    const problem = { type: "urn:nordpass-policy:problem:x", title: "X", status: 418 };
    expect(() =>
      assertMatchesOpenApi("GET", SESSIONS, 418, "application/problem+json", problem),
    ).toThrow(/no 418/);
    expect(() => assertMatchesOpenApi("GET", SESSIONS, 200, "text/html", "<p>")).toThrow(
      /not "text\/html"/,
    );
    expect(() => assertMatchesOpenApi("PATCH", SESSIONS, 200, "application/json", {})).toThrow(
      /no operation/,
    );
  });

  it("rejects a body on a documented empty answer and a problem without its fields", () => {
    const template = "/v1/organizations/{org}/sessions/{sessionId}";
    expect(() => assertMatchesOpenApi("DELETE", template, 204, "application/json", {})).toThrow(
      /no body/,
    );
    expect(() =>
      assertMatchesOpenApi("DELETE", template, 404, "application/problem+json", { title: "x" }),
    ).toThrow();
  });
});

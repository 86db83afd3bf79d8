/**
 * Every request the client makes, and every answer it accepts, is one that
 * schemas/admin-api.openapi.yaml documents. A recording pass-through on loopback stands
 * between the client and the real emulator, so both sides of each exchange are checked.
 * The seed is our own, small and with pages of a few items, so every route pages.
 */
import Ajv2020 from "ajv/dist/2020";
import addFormats from "ajv-formats";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createAdminClient } from "../../src/api/client";
import type { AdminApi } from "../../src/api/types";
import type { SeedDocument, SeedSession } from "../../src/emulator";
import { startTestEmulator, type TestEmulator } from "../helpers/emulator";
import { assertMatchesOpenApi, openApiDocument, pathTemplateOf } from "../helpers/openapi";
import { type SeenRequest, type TinyServer, startTinyServer } from "./tiny-server";

interface Parameter {
  name: string;
  in: "path" | "query" | "header";
  required?: boolean;
  schema?: unknown;
}

interface Operation {
  operationId: string;
  parameters?: unknown[];
  requestBody?: { content: Record<string, { schema: unknown }> };
}

interface Exchange {
  request: SeenRequest;
  status: number;
  contentType: string;
  body: unknown;
}

const audit = { actor: "ci@4f2a9c1", ruleId: "offboard-jane", reason: "Laptop stolen, INC-4521" };
const exchanges: Exchange[] = [];
let emulator: TestEmulator;
let passThrough: TinyServer;

beforeAll(async () => {
  emulator = await startTestEmulator(seed());
  passThrough = await startTinyServer((request, response) => {
    void forward(request).then((exchange) => {
      exchanges.push(exchange);
      response.writeHead(exchange.status, passedHeaders(exchange));
      response.end(exchange.body === undefined ? undefined : JSON.stringify(exchange.body));
    });
  });
  await exerciseEveryMethod();
});

afterAll(async () => {
  await passThrough.close();
  await emulator.close();
});

const OWNER_TOKEN = "np_openapi_owner";

function seed(): SeedDocument {
  const hoursAgo = (hours: number) => new Date(Date.now() - hours * 3600_000).toISOString();
  const session = (ip: string, hours: number): SeedSession => ({
    deviceType: "desktop",
    browser: "Firefox",
    platform: "extension",
    platformVersion: "5.24.1",
    ipAddress: ip,
    lastLoginAt: hoursAgo(hours),
  });
  const member = (local: string, count: number) => ({
    email: `${local}@acme.example`,
    sessions: Array.from({ length: count }, (_, i) => session(`198.51.100.${i + 1}`, i + 1)),
  });
  return {
    organizations: [
      {
        id: "acme",
        sessionLength: "30d",
        tokens: [{ name: "ci", token: OWNER_TOKEN, role: "owner" }],
        members: [member("jane", 3), member("tom", 2), member("ann", 3), member("bob", 2)],
      },
    ],
  };
}

async function forward(request: SeenRequest): Promise<Exchange & { etag?: string }> {
  const headers = Object.fromEntries(
    Object.entries(request.headers)
      .filter(([name]) => !["host", "connection", "content-length"].includes(name))
      .map(([name, value]) => [name, String(value)]),
  );
  const answer = await fetch(`${emulator.url}${request.url}`, {
    method: request.method,
    headers,
    body: request.body === "" ? undefined : request.body,
  });
  const text = await answer.text();
  const contentType = (answer.headers.get("content-type") ?? "").split(";")[0] ?? "";
  const etag = answer.headers.get("etag") ?? undefined;
  const body: unknown = text === "" ? undefined : JSON.parse(text);
  return { request, status: answer.status, contentType, body, ...(etag ? { etag } : {}) };
}

function passedHeaders(exchange: Exchange & { etag?: string }): Record<string, string> {
  const headers: Record<string, string> = {};
  if (exchange.contentType !== "") headers["Content-Type"] = exchange.contentType;
  if (exchange.etag !== undefined) headers["ETag"] = exchange.etag;
  return headers;
}

/** Calls each AdminApi method, as the reconciler would, reading every list over pages. */
async function exerciseEveryMethod(): Promise<void> {
  const client = createAdminClient({
    baseUrl: passThrough.url,
    token: OWNER_TOKEN,
    timeoutMs: 5000,
    budgetMs: 30_000,
    concurrency: 2,
  });
  const settings = await client.getAuthenticationSettings("acme");
  await client.putAuthenticationSettings("acme", 604800, settings.etag, audit);
  const members = await client.listMembers("acme", { limit: 3 });
  const sessions = await client.listSessions("acme", { limit: 4 });
  const jane = members.find((member) => member.email === "jane@acme.example");
  await client.listSessions("acme", { memberId: jane?.id });
  const [first, second, third] = sessions.filter((s) => s.memberEmail !== "jane@acme.example");
  await client.deleteSession("acme", first?.id ?? "", audit);
  await client.deleteSession("acme", first?.id ?? "", audit);
  await client.batchRevokeSessions("acme", [second?.id ?? "", third?.id ?? ""], audit);
  await client.revokeAllMemberSessions("acme", jane?.id ?? "", audit);
  await client.listEvents("acme", { limit: 2 });
}

function operationOf(exchange: Exchange): {
  template: string;
  operationId: string;
  parameters: Parameter[];
  requestSchema?: unknown;
} {
  const url = new URL(exchange.request.url, "http://loopback");
  const template = pathTemplateOf(url.pathname);
  if (template === undefined) throw new Error(`no documented path for ${url.pathname}`);
  const pathItem = openApiDocument().paths[template] as Record<string, unknown>;
  const method = exchange.request.method;
  const operation = pathItem[method.toLowerCase()] as Operation | undefined;
  if (operation === undefined) throw new Error(`${method} ${template} is not documented`);
  const shared = (pathItem["parameters"] as unknown[] | undefined) ?? [];
  const listed = [...shared, ...(operation.parameters ?? [])];
  return {
    template,
    operationId: operation.operationId,
    parameters: listed.map(resolveParameter),
    requestSchema: operation.requestBody?.content["application/json"]?.schema,
  };
}

function resolveParameter(parameter: unknown): Parameter {
  const ref = (parameter as { $ref?: string }).$ref;
  if (ref === undefined) return parameter as Parameter;
  const name = ref.replace("#/components/parameters/", "");
  const components = openApiDocument().components as { parameters?: Record<string, Parameter> };
  const resolved = components.parameters?.[name];
  if (resolved === undefined) throw new Error(`parameter ${ref} does not exist`);
  return resolved;
}

const ajv = new Ajv2020({ strict: false, allErrors: true });
addFormats(ajv);
const DOC_ID = "https://openapi.invalid/client-test";
ajv.addSchema({ ...openApiDocument(), $id: DOC_ID });

function valid(schema: unknown, value: unknown): boolean {
  const ref = (schema as { $ref?: string }).$ref;
  const target = ref === undefined ? (schema as object) : { $ref: `${DOC_ID}${ref}` };
  return ajv.compile(target)(value);
}

describe("the client against the OpenAPI document", () => {
  it("calls every operation of the admin API, each under its AdminApi method name", () => {
    const called = new Set(exchanges.map((exchange) => operationOf(exchange).operationId));
    const methods: Array<keyof AdminApi> = [
      "getAuthenticationSettings",
      "putAuthenticationSettings",
      "listMembers",
      "listSessions",
      "deleteSession",
      "revokeAllMemberSessions",
      "batchRevokeSessions",
      "listEvents",
    ];
    expect([...called].sort()).toEqual([...methods].sort());
  });

  it("sends every required parameter, and only documented query parameters", () => {
    expect(exchanges.some((exchange) => exchange.request.url.includes("cursor="))).toBe(true);
    for (const exchange of exchanges) {
      const { parameters, operationId } = operationOf(exchange);
      const url = new URL(exchange.request.url, "http://loopback");
      for (const parameter of parameters.filter((p) => p.required === true && p.in === "header")) {
        const sent = exchange.request.headers[parameter.name.toLowerCase()];
        expect(sent, `${operationId} ${parameter.name}`).toBeDefined();
      }
      const queryParameters = parameters.filter((p) => p.in === "query");
      const documented = new Map(queryParameters.map((p) => [p.name, p]));
      for (const [name, value] of url.searchParams) {
        const parameter = documented.get(name);
        expect(parameter, `${operationId} ?${name}`).toBeDefined();
        const typed = name === "limit" ? Number(value) : value;
        expect(valid(parameter?.schema, typed), `${operationId} ?${name}=${value}`).toBe(true);
      }
      expect(exchange.request.headers.authorization).toMatch(/^Bearer \S+$/);
    }
  });

  it("sends request bodies that match the documented schemas", () => {
    const withBodies = exchanges.filter((exchange) => exchange.request.body !== "");
    expect(withBodies.length).toBeGreaterThanOrEqual(3);
    for (const exchange of withBodies) {
      const { requestSchema, operationId } = operationOf(exchange);
      expect(requestSchema, operationId).toBeDefined();
      expect(exchange.request.headers["content-type"]).toBe("application/json");
      expect(valid(requestSchema, JSON.parse(exchange.request.body)), operationId).toBe(true);
    }
  });

  it("received only answers the document describes", () => {
    expect(exchanges.some((exchange) => exchange.status === 404)).toBe(true);
    for (const exchange of exchanges) {
      const { template } = operationOf(exchange);
      expect(() =>
        assertMatchesOpenApi(
          exchange.request.method,
          template,
          exchange.status,
          exchange.contentType,
          exchange.body,
        ),
      ).not.toThrow();
    }
  });
});

/**
 * One HTTP exchange with the admin API, reduced to an outcome the retry loop can judge:
 * an answer, a network failure code, or a timeout. The axios error never leaves this
 * file: its config holds the Authorization header.
 */
import http from "node:http";
import https from "node:https";
import axios, { type AxiosInstance, isAxiosError } from "axios";

export type HttpMethod = "GET" | "PUT" | "POST" | "DELETE";

export type AttemptOutcome =
  | { type: "answer"; status: number; headers: Record<string, string>; text: string }
  | { type: "network"; code: string }
  | { type: "timeout" }
  | { type: "too-large" };

export interface AttemptRequest {
  method: HttpMethod;
  /** Path and query below the base URL. */
  target: string;
  headers: Record<string, string>;
  body?: string;
  timeoutMs: number;
}

/** Far above the largest page (1000 sessions is about 400 KB); guards against a runaway. */
const MAX_ANSWER_BYTES = 64 * 1024 * 1024;
const MAX_REQUEST_BYTES = 4 * 1024 * 1024;

/**
 * One axios instance per client, with its own keep-alive agents so `maxInFlight` sockets
 * serve all requests. Redirects are never followed: a redirect could carry the
 * Authorization header to another address. Proxies from the environment are skipped for
 * loopback, where the emulator runs.
 */
export function createHttp(baseUrl: string, maxInFlight: number, loopback: boolean): AxiosInstance {
  const agentOptions = { keepAlive: true, maxSockets: maxInFlight };
  return axios.create({
    baseURL: baseUrl,
    maxRedirects: 0,
    validateStatus: () => true,
    responseType: "text",
    // Keep the raw text: the client parses it and tells bad JSON from good.
    transformResponse: [(data: unknown) => data],
    maxContentLength: MAX_ANSWER_BYTES,
    maxBodyLength: MAX_REQUEST_BYTES,
    httpAgent: new http.Agent(agentOptions),
    httpsAgent: new https.Agent(agentOptions),
    ...(loopback ? { proxy: false as const } : {}),
  });
}

/** Sends one request and never throws: every failure becomes an outcome. */
export async function attempt(
  client: AxiosInstance,
  request: AttemptRequest,
): Promise<AttemptOutcome> {
  const controller = new AbortController();
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    controller.abort();
  }, request.timeoutMs);

  try {
    const response = await client.request<string>({
      method: request.method,
      url: request.target,
      headers: request.headers,
      data: request.body,
      signal: controller.signal,
    });
    return {
      type: "answer",
      status: response.status,
      headers: flattenHeaders(response.headers as Record<string, unknown>),
      text: typeof response.data === "string" ? response.data : "",
    };
  } catch (error) {
    if (timedOut) return { type: "timeout" };
    return failureOutcome(error);
  } finally {
    clearTimeout(timer);
  }
}

function failureOutcome(error: unknown): AttemptOutcome {
  if (!isAxiosError(error)) return { type: "network", code: "ERR_NETWORK" };
  if (error.code === "ERR_BAD_RESPONSE" && /maxContentLength/.test(error.message)) {
    return { type: "too-large" };
  }
  return { type: "network", code: error.code ?? "ERR_NETWORK" };
}

function flattenHeaders(headers: Record<string, unknown>): Record<string, string> {
  const flat: Record<string, string> = {};
  for (const [name, value] of Object.entries(headers)) {
    if (value === undefined || value === null) continue;
    flat[name.toLowerCase()] = Array.isArray(value) ? value.join(", ") : String(value);
  }
  return flat;
}

/**
 * A few-line HTTP server on 127.0.0.1, port 0, for the faults the emulator cannot produce
 * on demand (each test says which). It records every request it receives.
 */
import http from "node:http";
import type { AddressInfo } from "node:net";

export interface SeenRequest {
  method: string;
  url: string;
  headers: http.IncomingHttpHeaders;
  body: string;
}

export type Handler = (
  request: SeenRequest,
  response: http.ServerResponse,
  index: number,
) => void;

export interface TinyServer {
  url: string;
  requests: SeenRequest[];
  /** Most requests the server was handling at the same time. */
  peakInFlight: number;
  close(): Promise<void>;
}

export async function startTinyServer(handler: Handler): Promise<TinyServer> {
  const requests: SeenRequest[] = [];
  let inFlight = 0;
  const state = { peakInFlight: 0 };
  const server = http.createServer((req, res) => {
    inFlight += 1;
    state.peakInFlight = Math.max(state.peakInFlight, inFlight);
    res.on("close", () => (inFlight -= 1));
    const chunks: Buffer[] = [];
    req.on("data", (chunk: Buffer) => chunks.push(chunk));
    req.on("end", () => {
      const seen = {
        method: req.method ?? "",
        url: req.url ?? "",
        headers: req.headers,
        body: Buffer.concat(chunks).toString("utf8"),
      };
      requests.push(seen);
      handler(seen, res, requests.length - 1);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    requests,
    get peakInFlight() {
      return state.peakInFlight;
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

/** Answers with JSON (or problem+json for an error status). */
export function reply(
  response: http.ServerResponse,
  status: number,
  body: unknown,
  headers: Record<string, string> = {},
): void {
  const type = status >= 400 ? "application/problem+json" : "application/json";
  response.writeHead(status, { "Content-Type": type, ...headers });
  response.end(body === undefined ? undefined : JSON.stringify(body));
}

export function problem(status: number, code: string, detail: string) {
  return { type: `https://example.test/problems/${code}`, title: code, status, detail };
}

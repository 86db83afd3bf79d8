/**
 * The admin API's base URL: plain http:// only to loopback, so a token never crosses a
 * network unencrypted; and never with credentials in it, since URLs get printed.
 */
import { isIP } from "node:net";
import { ExternalError } from "../errors";
import { apiMessages } from "./messages";

/**
 * The URL, normalized without a trailing slash, when it is safe to send a token to.
 * @throws ExternalError (before any request) for plain http:// to a non-loopback host, a
 * URL that is not http(s), or one that carries a user name or password.
 */
export function assertSafeBaseUrl(url: string): string {
  const parsed = parseHttpUrl(url);
  if (parsed.username !== "" || parsed.password !== "") {
    throw new ExternalError(apiMessages.urlWithCredentials(), {
      hint: apiMessages.urlWithCredentialsHint(),
    });
  }
  if (parsed.protocol === "http:" && !isLoopbackHost(parsed.hostname)) {
    throw new ExternalError(apiMessages.insecureUrl(parsed.origin), {
      hint: apiMessages.insecureUrlHint(),
    });
  }
  return `${parsed.origin}${parsed.pathname}`.replace(/\/+$/, "");
}

function parseHttpUrl(url: string): URL {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    throw new ExternalError(apiMessages.invalidUrl(url), { hint: apiMessages.invalidUrlHint() });
  }
  if (parsed.protocol !== "http:" && parsed.protocol !== "https:") {
    throw new ExternalError(apiMessages.invalidUrl(url), { hint: apiMessages.invalidUrlHint() });
  }
  return parsed;
}

/**
 * True for localhost, 127.0.0.0/8 and ::1 (also IPv4-mapped ::ffff:127.x.y.z). `hostname`
 * is as URL gives it: IPv6 in brackets, names lower-cased, IPv4 already canonical.
 */
export function isLoopbackHost(hostname: string): boolean {
  const host = hostname.replace(/^\[(.*)\]$/, "$1").toLowerCase();
  if (host === "localhost" || host === "localhost.") return true;
  if (isIP(host) === 4) return host.startsWith("127.");
  if (isIP(host) === 6) return isLoopbackIpv6(host);
  return false;
}

function isLoopbackIpv6(host: string): boolean {
  if (host === "::1") return true;
  // URL writes IPv4-mapped addresses in hex: ::ffff:7f00:1 is 127.0.0.1.
  const mapped = /^::ffff:([0-9a-f]{1,4}):[0-9a-f]{1,4}$/.exec(host);
  if (mapped !== null) return (parseInt(mapped[1] ?? "0", 16) >> 8) === 127;
  return false;
}

/**
 * Every user-facing message of the admin API client: what happened, why, and what to do.
 * None of them takes the token; callers pass only URLs, paths, ids and numbers.
 */
import type { ProblemDetails } from "./types";

/** "GET /v1/organizations/acme/sessions": how a request is named in messages. */
export function requestLabel(method: string, path: string): string {
  return `${method} ${path}`;
}

function seconds(ms: number): string {
  const value = ms / 1000;
  return Number.isInteger(value) ? `${value}s` : `${value.toFixed(1)}s`;
}

function problemText(problem: ProblemDetails | undefined): string {
  if (problem === undefined) return "";
  const detail = problem.detail ?? problem.title;
  return detail === "" ? "" : `: ${detail}`;
}

export const apiMessages = {
  tokenRefused: () => "the API refused the token (401): check NORDPASS_API_TOKEN or --token-file",
  tokenRefusedHint: () =>
    "the token may be mistyped, expired or revoked, or belong to another organization",

  writeForbidden: (label: string, readOnlyToken: boolean) =>
    `${label} was refused (403): this needs an owner or admin token; ` +
    "the token in use can only read (auditor)" +
    (readOnlyToken ? "" : " or has no access to this organization"),
  writeForbiddenHint: () =>
    "plan and drift work with an auditor token; apply needs a token with the owner or " +
    "admin role",

  memberTokenForbidden: (label: string, isWrite: boolean) =>
    `${label} was refused (403): ` +
    (isWrite ? "this needs an owner or admin token" : "reading needs at least an auditor token") +
    "; the token in use has the member role, which cannot use the admin API",

  readForbidden: (label: string) =>
    `${label} was refused (403): reading needs at least an auditor token ` +
    "(auditor, admin or owner); the token in use is a member token or has no access to " +
    "this organization",
  readForbiddenHint: () => "ask an organization owner for an auditor token for plan and drift",

  organizationNotFound: (org: string, url: string) => `organization "${org}" not found on ${url}`,
  organizationNotFoundHint: () =>
    "check the organization id in the policy and that --api-url (NORDPASS_API_URL) points " +
    "at the right admin API",

  memberNotFound: (org: string, memberId: string, url: string, problem?: ProblemDetails) =>
    `member "${memberId}" of organization "${org}" not found on ${url}${problemText(problem)}`,

  routeNotFound: (label: string) =>
    `${label}: the API has no such route (404); it may not be the NordPass admin API`,

  staleSettings: (label: string) =>
    `${label} was refused (412): the settings changed since they were read`,
  staleSettingsHint: () => "plan again to see the current settings",

  unprocessable: (label: string, problem?: ProblemDetails) =>
    `${label} was rejected as invalid (422)${problemText(problem)}`,

  httpError: (label: string, status: number, problem?: ProblemDetails) =>
    `${label} failed with status ${status}${problemText(problem)}`,

  gaveUp: (label: string, status: number, attempts: number, problem?: ProblemDetails) =>
    `${label} still failed with status ${status} after ${attempts} attempts` +
    problemText(problem),
  gaveUpHint: () => "the admin API is overloaded or failing; try again later",

  retryAfterTooLong: (label: string, waitMs: number, capMs: number) =>
    `${label}: the API asked to wait ${seconds(waitMs)}, more than the ` +
    `${seconds(capMs)} cap; try again later`,

  budgetSpent: (label: string, budgetMs: number) =>
    `${label} was not sent: the run's time budget of ${seconds(budgetMs)} is spent`,
  budgetRanOut: (label: string, budgetMs: number) =>
    `${label} got no answer before the run's time budget of ${seconds(budgetMs)} ran out`,
  budgetTooShortForWait: (label: string, waitMs: number, remainingMs: number) =>
    `${label}: waiting ${seconds(waitMs)} before the next attempt would pass the run's ` +
    `time budget (${seconds(remainingMs)} left)`,
  budgetHint: () => "raise --budget, or narrow the run with --only",

  timedOut: (label: string, timeoutMs: number, attempts: number) =>
    `${label} got no answer within ${seconds(timeoutMs)}, on ${attempts} attempt` +
    (attempts === 1 ? "" : "s"),
  timedOutHint: () => "raise --timeout, or try again when the admin API is less busy",

  connectionRefused: (url: string, attempts: number) =>
    `nothing accepted the connection at ${url} (connection refused, ${attempts} attempt` +
    `${attempts === 1 ? "" : "s"})`,
  connectionRefusedHint: () =>
    "check --api-url (NORDPASS_API_URL) and that the admin API, or " +
    "`nordpass-policy emulator`, is running there",

  hostNotFound: (url: string, code: string) => `could not resolve the host of ${url} (${code})`,
  hostNotFoundHint: () => "check --api-url (NORDPASS_API_URL) for a typo",

  networkFailed: (label: string, code: string, attempts: number) =>
    `${label} failed: the connection broke (${code}) on ${attempts} attempt` +
    (attempts === 1 ? "" : "s"),
  networkFailedHint: () => "check the network and the admin API, then run again",

  notJson: (label: string, status: number) =>
    `${label} answered status ${status} with a body that is not the JSON the admin API sends`,
  unexpectedShape: (label: string, what: string) =>
    `${label} answered without ${what}, which the admin API always sends`,
  tooLarge: (label: string) => `${label} answered with a body over 64 MiB, far past any page`,
  redirected: (label: string, status: number) =>
    `${label} answered with a redirect (${status}); the client does not follow redirects, ` +
    "so the token is never sent to another address",
  protocolHint: () => "check that --api-url (NORDPASS_API_URL) points at the NordPass admin API",

  cursorLoop: (label: string, itemsRead: number) =>
    `${label} returned a page cursor it had returned before, after ${itemsRead} items; ` +
    "stopped reading rather than loop",
  cursorLoopHint: () => "the admin API's paging is broken; report it and try again later",

  tooManyIds: (count: number, max: number) =>
    `batch revoke takes at most ${max} session ids per call, got ${count}`,

  insecureUrl: (url: string) =>
    `refusing plain http:// to ${url}: the token would travel unencrypted to a host ` +
    "that is not loopback",
  insecureUrlHint: () =>
    "use https://, or http:// only with 127.0.0.1, ::1 or localhost (the local emulator)",
  invalidUrl: (url: string) => `the API URL "${url}" is not a valid http:// or https:// URL`,
  invalidUrlHint: () => "pass --api-url (or NORDPASS_API_URL) like https://api.example.com",
  urlWithCredentials: () =>
    "the API URL carries a user name or password; the client takes the token only from " +
    "NORDPASS_API_TOKEN or --token-file",
  urlWithCredentialsHint: () => "remove the user:password@ part from --api-url",

  noToken: () => "no API token: NORDPASS_API_TOKEN is not set and no --token-file was given",
  noTokenHint: () =>
    "set NORDPASS_API_TOKEN, or pass --token-file FILE with the token on its first line",
  tokenFileUnreadable: (file: string, code: string) =>
    `could not read the token file ${file} (${code})`,
  tokenFileHint: () => "check the path given to --token-file and its permissions",
  tokenEmpty: (source: string) => `the API token from ${source} is empty`,
  tokenMalformed: (source: string) =>
    `the API token from ${source} contains spaces, line breaks or control characters, ` +
    "which a token never has",
  tokenMalformedHint: () => "put exactly the token in it, on one line",
} as const;

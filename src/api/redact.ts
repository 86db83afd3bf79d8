/**
 * A second line of defence: the CLI passes everything it prints through redactSecrets, so
 * a token that slipped into text anyway (for example echoed by a server) never shows.
 */

/** What replaces a secret. */
export const REDACTED = "[redacted]";

/**
 * `text` with each secret replaced by "[redacted]", in clear, percent-encoded, base64 and
 * base64url form (padded or not). Empty secrets are ignored.
 */
export function redactSecrets(text: string, secrets: string[]): string {
  const forms = secrets.filter((secret) => secret !== "").flatMap(encodedForms);
  // Longest first, so a padded base64 form goes before its unpadded prefix.
  const ordered = [...new Set(forms)].sort((a, b) => b.length - a.length);
  return ordered.reduce(
    // Most text holds no secret: a scan is cheaper than copying a large report to split it.
    (result, form) => (result.includes(form) ? result.split(form).join(REDACTED) : result),
    text,
  );
}

function encodedForms(secret: string): string[] {
  const bytes = Buffer.from(secret, "utf8");
  const base64 = bytes.toString("base64");
  return [
    secret,
    encodeURIComponent(secret),
    base64,
    base64.replace(/=+$/, ""),
    bytes.toString("base64url"),
  ];
}

import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { REDACTED, redactSecrets } from "../../src/api/redact";

describe("redactSecrets", () => {
  const token = "np_test_admin_1";

  it("replaces the secret in clear, base64, base64url and percent-encoded form", () => {
    const base64 = Buffer.from(token).toString("base64");
    const text = [
      `Authorization: Bearer ${token}`,
      `b64 ${base64}`,
      `b64 unpadded ${base64.replace(/=+$/, "")}`,
      `url ${Buffer.from(token).toString("base64url")}`,
      `pct ${encodeURIComponent("t?k/n")}`,
    ].join("\n");
    const result = redactSecrets(text, [token, "t?k/n"]);
    expect(result).not.toContain(token);
    expect(result).not.toContain(base64.replace(/=+$/, ""));
    expect(result).not.toContain(encodeURIComponent("t?k/n"));
    expect(result.split(REDACTED).length - 1).toBe(5);
  });

  it("covers base64 forms that differ from base64url", () => {
    const secret = "np>>>??~~~";
    const base64 = Buffer.from(secret).toString("base64");
    const base64url = Buffer.from(secret).toString("base64url");
    expect(base64).not.toBe(base64url);
    const result = redactSecrets(`${base64} ${base64url}`, [secret]);
    expect(result).toBe(`${REDACTED} ${REDACTED}`);
  });

  it("leaves other text alone and ignores empty secrets", () => {
    expect(redactSecrets("plan: 3 sessions to revoke", [token, ""])).toBe(
      "plan: 3 sessions to revoke",
    );
  });
});

describe("redactSecrets, for any token and text around it", () => {
  const tokenChars = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_-".split("");
  const tokens = fc
    .array(fc.constantFrom(...tokenChars), { minLength: 8, maxLength: 64 })
    .map((chars) => chars.join(""));

  it("leaves no clear, base64 or base64url form of the token", () => {
    fc.assert(
      fc.property(tokens, fc.string(), fc.string(), fc.nat(2), (token, before, after, form) => {
        const bytes = Buffer.from(token);
        const shown = [token, bytes.toString("base64"), bytes.toString("base64url")][form] ?? "";
        const result = redactSecrets(`${before}${shown}${after}`, [token]);
        expect(result).toContain(REDACTED);
        expect(result).not.toContain(token);
        expect(result).not.toContain(bytes.toString("base64url"));
      }),
    );
  });
});

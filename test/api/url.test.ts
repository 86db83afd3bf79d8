import { describe, expect, it } from "vitest";
import { ExternalError } from "../../src/errors";
import { assertSafeBaseUrl, isLoopbackHost } from "../../src/api/url";

function refusal(url: string): ExternalError {
  try {
    assertSafeBaseUrl(url);
  } catch (error) {
    if (error instanceof ExternalError) return error;
    throw error;
  }
  throw new Error(`${url} was accepted`);
}

describe("base URL safety", () => {
  it("accepts https anywhere and http on loopback, without a trailing slash", () => {
    expect(assertSafeBaseUrl("https://api.example.com/")).toBe("https://api.example.com");
    expect(assertSafeBaseUrl("https://api.example.com/admin/")).toBe(
      "https://api.example.com/admin",
    );
    expect(assertSafeBaseUrl("http://127.0.0.1:8080")).toBe("http://127.0.0.1:8080");
    expect(assertSafeBaseUrl("http://127.1.2.3:9")).toBe("http://127.1.2.3:9");
    expect(assertSafeBaseUrl("http://localhost:8080/")).toBe("http://localhost:8080");
    expect(assertSafeBaseUrl("http://[::1]:8080")).toBe("http://[::1]:8080");
  });

  it("refuses plain http to any other host, with a hint", () => {
    for (const url of [
      "http://203.0.113.10",
      "http://api.example.com",
      "http://128.0.0.1",
      "http://[2001:db8::1]",
      "http://localhost.example.com",
      "http://0.0.0.0:8080",
    ]) {
      const error = refusal(url);
      expect(error.message).toContain("refusing plain http://");
      expect(error.hint).toContain("https://");
    }
  });

  it("refuses URLs that are not http(s) or carry credentials", () => {
    expect(refusal("ftp://127.0.0.1").message).toContain("not a valid");
    expect(refusal("not a url").message).toContain("not a valid");
    const withPassword = refusal("https://user:np_secret@api.example.com");
    expect(withPassword.message).toContain("user name or password");
    expect(withPassword.message).not.toContain("np_secret");
  });

  it("knows the loopback names and ranges", () => {
    expect(isLoopbackHost("127.0.0.1")).toBe(true);
    expect(isLoopbackHost("127.255.255.254")).toBe(true);
    expect(isLoopbackHost("[::1]")).toBe(true);
    expect(isLoopbackHost("[::ffff:7f00:1]")).toBe(true);
    expect(isLoopbackHost("LOCALHOST")).toBe(true);
    expect(isLoopbackHost("[::ffff:cb00:710a]")).toBe(false);
    expect(isLoopbackHost("10.0.0.1")).toBe(false);
  });
});

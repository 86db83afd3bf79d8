import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { ExternalError } from "../../src/errors";
import { resolveToken } from "../../src/api/token";

function failure(run: () => unknown): ExternalError {
  try {
    run();
  } catch (error) {
    if (error instanceof ExternalError) return error;
    throw error;
  }
  throw new Error("no error");
}

describe("resolveToken", () => {
  const dir = mkdtempSync(join(tmpdir(), "np-token-"));

  it("reads NORDPASS_API_TOKEN, trimmed", () => {
    expect(resolveToken({ NORDPASS_API_TOKEN: " np_demo_admin\n" })).toBe("np_demo_admin");
  });

  it("reads the token file's trimmed contents, which win over the environment", () => {
    const file = join(dir, "token");
    writeFileSync(file, "np_from_file\n");
    expect(resolveToken({ NORDPASS_API_TOKEN: "np_from_env" }, file)).toBe("np_from_file");
  });

  it("names the environment variable and the option when there is no token", () => {
    const error = failure(() => resolveToken({}));
    expect(error.message).toContain("NORDPASS_API_TOKEN");
    expect(error.message).toContain("--token-file");
  });

  it("names an unreadable token file with its error code", () => {
    const error = failure(() => resolveToken({}, join(dir, "missing")));
    expect(error.message).toContain("missing");
    expect(error.message).toContain("ENOENT");
  });

  it("refuses empty and malformed tokens without echoing them", () => {
    const empty = join(dir, "empty");
    writeFileSync(empty, "\n\n");
    expect(failure(() => resolveToken({}, empty)).message).toContain("empty");

    const twoLines = join(dir, "two-lines");
    writeFileSync(twoLines, "np_secret_one\nnp_secret_two\n");
    const error = failure(() => resolveToken({}, twoLines));
    expect(error.message).toContain("line breaks");
    expect(error.message).not.toContain("np_secret");
    expect(failure(() => resolveToken({ NORDPASS_API_TOKEN: "np secret" })).message).not.toContain(
      "np secret",
    );
  });
});

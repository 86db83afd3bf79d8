import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  formatSessionLength,
  parseSessionLength,
  SESSION_LENGTH_PRESETS,
  sessionLengthInRange,
} from "../../src/policy/duration";

describe("session length text", () => {
  it.each([
    ["1h", 3600],
    ["4h", 14400],
    ["1d", 86400],
    ["7d", 604800],
    ["30d", 2592000],
    ["36h", 129600],
    ["1d12h", 129600],
    ["90m", 5400],
    ["1d1h1m", 90060],
  ])("parses %s as %i seconds", (text, seconds) => {
    expect(parseSessionLength(text)).toEqual({ seconds });
  });

  it.each(["", "7", "7 d", "7D", "1h1d", "12h1d", "1m1h", "1.5d", "-1d", "1w", "1h30m15s", "d"])(
    "rejects %j as outside the grammar",
    (text) => {
      expect(parseSessionLength(text)).toHaveProperty("error");
    },
  );

  it.each([
    [604800, "7d"],
    [129600, "1d12h"],
    [5400, "1h30m"],
    [86400 * 30, "30d"],
    [5415, "1h30m15s"],
    [0, "0m"],
  ])("formats %i seconds as %s", (seconds, text) => {
    expect(formatSessionLength(seconds)).toBe(text);
  });

  it("accepts 1 hour and 30 days and nothing outside them", () => {
    expect(sessionLengthInRange(3600)).toBe(true);
    expect(sessionLengthInRange(2592000)).toBe(true);
    expect(sessionLengthInRange(3599)).toBe(false);
    expect(sessionLengthInRange(2592001)).toBe(false);
  });

  it("keeps every preset in range", () => {
    for (const preset of SESSION_LENGTH_PRESETS) {
      const parsed = parseSessionLength(preset);
      expect("seconds" in parsed && sessionLengthInRange(parsed.seconds)).toBe(true);
    }
  });

  it("round-trips every whole number of minutes through its canonical text", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 10_000_000 }), (minutes) => {
        const text = formatSessionLength(minutes * 60);
        expect(parseSessionLength(text)).toEqual({ seconds: minutes * 60 });
      }),
    );
  });

  it("gives canonical text that parseSessionLength rejects when seconds remain", () => {
    fc.assert(
      fc.property(fc.nat(10_000_000), fc.integer({ min: 1, max: 59 }), (minutes, seconds) => {
        const text = formatSessionLength(minutes * 60 + seconds);
        expect(parseSessionLength(text)).toHaveProperty("error");
      }),
    );
  });
});

/**
 * The semver functions rules need, loaded on first use: semver costs about 20 ms to load,
 * and only a rule with `platformVersion` needs it, so `apply` of session ids never pays it.
 */
import type * as Semver from "semver";

let loaded: typeof Semver | undefined;

function semver(): typeof Semver {
  // A synchronous require, not an import, so that loading waits for the first rule to ask.
  loaded ??= require("semver") as typeof Semver;
  return loaded;
}

/** The normalized range, or null when `text` is not a semver range. */
export function validRange(text: string): string | null {
  return semver().validRange(text);
}

/** A range that counts pre-releases by their place in the order. Throws on a bad range. */
export function prereleaseRange(text: string): Semver.Range {
  return new (semver().Range)(text, { includePrerelease: true });
}

/** The version in `text`, read loosely, or null. */
export function looseVersion(text: string): Semver.SemVer | null {
  return semver().parse(text, { loose: true });
}

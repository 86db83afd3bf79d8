/**
 * Names the Terraform side gives to organizations and managed items. Each name depends only
 * on the id it is made from, never on order, so that adding or removing one rule leaves the
 * logical ids (and so the Terraform state addresses) of all the others unchanged.
 */

/** The `--only` item of the session length (PRODUCT.md, "Command line"). */
export const SESSION_LENGTH_ITEM = "session-length";

/** Resource name of the session length in every organization's stack. */
export const SESSION_LENGTH_RESOURCE = "session_length";

/** The `--only` item of one revocation rule. */
export function revocationItem(ruleId: string): string {
  return `revocation:${ruleId}`;
}

/**
 * `revocation_<id>` with every character Terraform does not allow in a resource name, and
 * `-` too, turned into `_`: Terraform accepts dashes but underscores are its convention.
 */
export function revocationResourceName(ruleId: string): string {
  return `revocation_${ruleId.replace(/[^A-Za-z0-9_]/g, "_")}`;
}

/**
 * The stack name (and directory under `stacks/`) of an organization: the id itself when it
 * is a plain file name; otherwise each character outside letters, digits, `_`, `-` and a
 * non-leading `.` is percent-encoded as UTF-8, so that no id can escape `stacks/`, hit the
 * characters CDKTF refuses in stack ids (glob characters, whitespace), or meet another id.
 */
export function stackNameFor(organization: string): string {
  let name = "";
  for (const char of organization) {
    const plain = /^[A-Za-z0-9_-]$/.test(char) || (char === "." && name !== "");
    name += plain ? char : percentEncode(char);
  }
  return name === "" ? "%" : name;
}

function percentEncode(char: string): string {
  return [...Buffer.from(char, "utf8")]
    .map((byte) => `%${byte.toString(16).toUpperCase().padStart(2, "0")}`)
    .join("");
}

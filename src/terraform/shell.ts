/**
 * The command line a `local-exec` provisioner runs. Terraform hands it to `/bin/sh -c` on
 * Unix, so every word is quoted for a POSIX shell; words that need no quoting stay bare,
 * which keeps the common case readable in a plan and usable by other shells too.
 */

/** The executable the provisioners call; it must be on PATH where Terraform runs. */
export const EXECUTABLE = "nordpass-policy";

/** A word the shell reads back as exactly `word`: no expansion, splitting or globbing. */
export function quoteForShell(word: string): string {
  if (/^[A-Za-z0-9_@%+=:,./-]+$/.test(word)) return word;
  return `'${word.replace(/'/g, `'\\''`)}'`;
}

/**
 * `nordpass-policy apply --org ORG --only ITEM --auto-approve -- PATH...`. `--org` keeps a
 * stack's provisioner from touching another organization named in the same files. The `--`
 * keeps a path that starts with a dash from being read as an option. No API URL and no
 * token: apply reads NORDPASS_API_URL and NORDPASS_API_TOKEN from the environment Terraform
 * runs in.
 */
export function applyCommand(
  organization: string,
  item: string,
  policyPaths: readonly string[],
): string {
  const words = [EXECUTABLE, "apply", "--org", organization, "--only", item, "--auto-approve"];
  words.push("--", ...policyPaths);
  return words.map(quoteForShell).join(" ");
}

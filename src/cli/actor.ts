/**
 * Who the audit log records for each write: --actor, else the CI commit (so a pipeline's
 * writes point at the change that caused them), else the local user name.
 */
import { userInfo } from "node:os";

/** CI systems' commit variables, in the order they are tried. */
const COMMIT_VARIABLES = ["GITHUB_SHA", "CI_COMMIT_SHA", "BUILDKITE_COMMIT", "GIT_COMMIT"];

export function resolveActor(actorOption: string | undefined, env: NodeJS.ProcessEnv): string {
  const explicit = actorOption?.trim();
  if (explicit) return explicit;
  for (const name of COMMIT_VARIABLES) {
    const commit = env[name]?.trim();
    if (commit) return `ci@${commit.slice(0, 12)}`;
  }
  return localUser(env);
}

function localUser(env: NodeJS.ProcessEnv): string {
  try {
    return userInfo().username;
  } catch {
    // userInfo() throws for a uid without a passwd entry (common in containers).
    return env.USER ?? env.USERNAME ?? "unknown";
  }
}

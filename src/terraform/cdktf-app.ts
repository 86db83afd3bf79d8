/**
 * The app `cdktf synth` runs (cdktf.json: `node dist/terraform/cdktf-app.js`). It writes the
 * same files as `nordpass-policy synth`: the policy paths come from NORDPASS_POLICY_PATHS
 * (separated like PATH entries, default `policies`), the output directory from CDKTF_OUTDIR,
 * which the cdktf CLI sets from cdktf.json's `output`.
 */
import { delimiter, resolve } from "node:path";
import { processIO, stderrLogger } from "../cli/io";
import { ExternalError } from "../errors";
import { loadPolicyInput } from "../cli/policy-input";
import { synthesizePolicy } from "./policy-app";

export const POLICY_PATHS_VARIABLE = "NORDPASS_POLICY_PATHS";
export const DEFAULT_POLICY_PATHS = ["policies"];

/** The policy paths named by the environment, else the default. */
export function policyPathsFrom(env: NodeJS.ProcessEnv): string[] {
  const named = (env[POLICY_PATHS_VARIABLE] ?? "").split(delimiter).filter((p) => p !== "");
  return named.length > 0 ? named : DEFAULT_POLICY_PATHS;
}

function main(): number {
  const io = processIO();
  const logger = stderrLogger(io, false);
  const policyPaths = policyPathsFrom(io.env);
  const input = loadPolicyInput(policyPaths, { io, logger, color: false }, { now: new Date() });
  if (!input) return 1;

  const outdir = resolve(io.cwd, io.env.CDKTF_OUTDIR ?? "cdktf.out");
  try {
    synthesizePolicy(input.state, { outdir, workingDirectory: io.cwd, policyPaths }, logger);
  } catch (error) {
    if (!(error instanceof ExternalError)) throw error;
    logger.error(error.message);
    if (error.hint) io.stderr.write(`  ${error.hint}\n`);
    return 1;
  }
  return 0;
}

if (require.main === module) process.exitCode = main();

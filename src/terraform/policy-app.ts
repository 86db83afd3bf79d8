/**
 * The CDKTF app of a desired state, and its synthesis into Terraform JSON files.
 */
import { existsSync, mkdirSync, readFileSync, rmSync } from "node:fs";
import { basename, join } from "node:path";
import { App } from "cdktf";
import { ExternalError } from "../errors";
import { type Logger, silentLogger } from "../logger";
import type { DesiredState } from "../policy/model";
import * as messages from "./messages";
import { OrganizationStack } from "./organization-stack";
import { type StackSpec, type SynthesisLayout, stackSpecs } from "./spec";

/** A stack file synthesis wrote. */
export interface SynthesizedStack {
  organization: string;
  stackName: string;
  /** Relative to the output directory, with forward slashes: `stacks/<stack>/cdk.tf.json`. */
  file: string;
  /** How many null_resources the stack holds. */
  resources: number;
}

const MANIFEST = "manifest.json";

/**
 * An App with one OrganizationStack per organization. Checks every name first and throws
 * an ExternalError on a collision; creating the App creates the output directory.
 */
export function buildPolicyApp(state: DesiredState, layout: SynthesisLayout): App {
  return appOf(stackSpecs(state, layout), layout.outdir);
}

function appOf(specs: readonly StackSpec[], outdir: string): App {
  // App creates only the last directory level itself.
  writing(outdir, () => mkdirSync(outdir, { recursive: true }));
  const app = writing(outdir, () => new App({ outdir, stackTraces: false }));
  for (const spec of specs) new OrganizationStack(app, spec);
  return app;
}

/** Runs a step that touches the output directory; a file system failure is the user's to fix. */
function writing<T>(outdir: string, step: () => T): T {
  try {
    return step();
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (typeof code !== "string") throw error;
    const reason = (error as Error).message.split(",")[0] ?? code;
    throw new ExternalError(messages.cannotWrite(outdir, reason), {
      hint: messages.cannotWriteHint,
      cause: error,
    });
  }
}

/**
 * Writes `<outdir>/stacks/<stack>/cdk.tf.json` per organization and CDKTF's manifest.json.
 * A stack the previous synthesis wrote and this policy no longer has loses its cdk.tf.json,
 * so that nobody applies an organization that left the policy.
 */
export function synthesizePolicy(
  state: DesiredState,
  layout: SynthesisLayout,
  logger: Logger = silentLogger,
): SynthesizedStack[] {
  const specs = stackSpecs(state, layout);
  if (specs.length === 0) {
    logger.warn(messages.noOrganizations());
    return [];
  }
  const previous = previousStackNames(layout.outdir);
  const app = appOf(specs, layout.outdir);
  writing(layout.outdir, () => app.synth());
  removeStaleStacks(previous, specs, layout.outdir, logger);

  const written = specs.map(synthesized);
  const missing = written.find((stack) => !existsSync(join(layout.outdir, stack.file)));
  if (missing) throw new ExternalError(messages.stackFileMissing(missing.file));
  return written;
}

function synthesized(spec: StackSpec): SynthesizedStack {
  return {
    organization: spec.organization,
    stackName: spec.stackName,
    file: `stacks/${spec.stackName}/cdk.tf.json`,
    resources: spec.items.length,
  };
}

/** Stack names in the manifest an earlier synthesis left, or none when there is none. */
function previousStackNames(outdir: string): string[] {
  const path = join(outdir, MANIFEST);
  if (!existsSync(path)) return [];
  try {
    const manifest = JSON.parse(readFileSync(path, "utf8")) as { stacks?: unknown };
    const stacks = manifest.stacks;
    return stacks && typeof stacks === "object" ? Object.keys(stacks) : [];
  } catch {
    // Not a manifest we can read: leave whatever is there alone.
    return [];
  }
}

function removeStaleStacks(
  previous: readonly string[],
  specs: readonly StackSpec[],
  outdir: string,
  logger: Logger,
): void {
  const current = new Set(specs.map((s) => s.stackName));
  for (const name of previous) {
    // Only plain directory names: a manifest is a file anyone could have edited.
    if (current.has(name) || name !== basename(name) || name === "." || name === "..") continue;
    const file = join("stacks", name, "cdk.tf.json");
    if (!existsSync(join(outdir, file))) continue;
    rmSync(join(outdir, file));
    logger.warn(messages.staleStackRemoved(name, file));
  }
}

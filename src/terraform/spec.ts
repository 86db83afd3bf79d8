/**
 * What each organization's stack holds, as plain data computed from the desired state
 * before any CDKTF construct exists: names are checked here, so a collision stops the run
 * before anything is written.
 */
import { isAbsolute, join, relative, resolve, sep } from "node:path";
import { ExternalError } from "../errors";
import type { DesiredState, OrganizationPolicy } from "../policy/model";
import * as messages from "./messages";
import {
  SESSION_LENGTH_ITEM,
  SESSION_LENGTH_RESOURCE,
  revocationItem,
  revocationResourceName,
  stackNameFor,
} from "./names";
import { applyCommand } from "./shell";
import { type Triggers, revocationTriggers, sessionLengthTriggers } from "./triggers";

/** Where synthesis writes and where the provisioners will run. */
export interface SynthesisLayout {
  /** Absolute output directory; stacks go to `<outdir>/stacks/<stack>/cdk.tf.json`. */
  outdir: string;
  /** Absolute directory the policy paths are relative to: the provisioners run there. */
  workingDirectory: string;
  /** Policy paths as given; used for an organization whose sources are unknown. */
  policyPaths: readonly string[];
}

/** One null_resource: a managed item of one organization. */
export interface ManagedItemSpec {
  resourceName: string;
  /** The `--only` item, e.g. `session-length` or `revocation:offboard-jane`. */
  item: string;
  triggers: Triggers;
  /** The shell command of the local-exec provisioner. */
  command: string;
}

export interface StackSpec {
  organization: string;
  stackName: string;
  /** The working directory of the provisioners, relative to the stack directory. */
  workingDir: string;
  /** The policy files each provisioner passes to apply, relative to workingDir when inside. */
  policyFiles: string[];
  /** Sorted by resource name. */
  items: ManagedItemSpec[];
}

/** One stack per organization, in the state's order (sorted by organization id). */
export function stackSpecs(state: DesiredState, layout: SynthesisLayout): StackSpec[] {
  const specs = state.organizations.map((policy) => stackSpec(policy, state, layout));
  assertDistinctStackNames(specs);
  return specs;
}

function stackSpec(
  policy: OrganizationPolicy,
  state: DesiredState,
  layout: SynthesisLayout,
): StackSpec {
  const stackName = stackNameFor(policy.organization);
  const stackDirectory = join(layout.outdir, "stacks", stackName);
  const policyFiles = policyFilesFor(policy, state, layout);
  const items = managedItems(policy, policyFiles);
  assertDistinctResourceNames(policy, items);
  return {
    organization: policy.organization,
    stackName,
    workingDir: portable(relative(stackDirectory, layout.workingDirectory)) || ".",
    policyFiles,
    items: items.sort((a, b) => compare(a.resourceName, b.resourceName)),
  };
}

function managedItems(policy: OrganizationPolicy, policyFiles: string[]): ManagedItemSpec[] {
  const items: ManagedItemSpec[] = [];
  if (policy.sessionLength) {
    items.push({
      resourceName: SESSION_LENGTH_RESOURCE,
      item: SESSION_LENGTH_ITEM,
      triggers: sessionLengthTriggers(policy.organization, policy.sessionLength),
      command: applyCommand(policy.organization, SESSION_LENGTH_ITEM, policyFiles),
    });
  }
  for (const rule of policy.revocations) {
    items.push({
      resourceName: revocationResourceName(rule.id),
      item: revocationItem(rule.id),
      triggers: revocationTriggers(policy, rule),
      command: applyCommand(policy.organization, revocationItem(rule.id), policyFiles),
    });
  }
  return items;
}

/**
 * The files that hold this organization's documents, plus, when one of those files also
 * holds documents of another organization, all of that organization's files: apply then
 * loads every organization it sees completely (its protected members above all), never a
 * fragment of one.
 */
function policyFilesFor(
  policy: OrganizationPolicy,
  state: DesiredState,
  layout: SynthesisLayout,
): string[] {
  const filesOf = (p: OrganizationPolicy) => p.sources.map((s) => s.file);
  if (filesOf(policy).length === 0) return layout.policyPaths.map(portable);

  const files = new Set(filesOf(policy));
  let grew = true;
  while (grew) {
    grew = false;
    for (const other of state.organizations) {
      const others = filesOf(other);
      if (!others.some((f) => files.has(f)) || others.every((f) => files.has(f))) continue;
      others.forEach((f) => files.add(f));
      grew = true;
    }
  }
  const shown = [...files].map((f) => pathFromWorkingDirectory(f, layout.workingDirectory));
  return [...new Set(shown)].sort(compare);
}

function pathFromWorkingDirectory(file: string, workingDirectory: string): string {
  const absolute = resolve(workingDirectory, file);
  const inside = relative(workingDirectory, absolute) || ".";
  const escapes = inside.startsWith("..") || isAbsolute(inside);
  return portable(escapes ? absolute : inside);
}

function assertDistinctStackNames(specs: readonly StackSpec[]): void {
  const seen = new Map<string, StackSpec>();
  for (const spec of specs) {
    const key = spec.stackName.toLowerCase();
    const earlier = seen.get(key);
    if (earlier) {
      throw new ExternalError(
        messages.stackNameCollision([earlier.organization, spec.organization], spec.stackName),
        { hint: messages.stackNameCollisionHint },
      );
    }
    seen.set(key, spec);
  }
}

function assertDistinctResourceNames(
  policy: OrganizationPolicy,
  items: readonly ManagedItemSpec[],
): void {
  const seen = new Map<string, ManagedItemSpec>();
  for (const item of items) {
    const earlier = seen.get(item.resourceName);
    if (earlier) {
      const ids = [earlier.item, item.item].map((i) => i.replace(/^revocation:/, ""));
      throw new ExternalError(
        messages.resourceNameCollision(policy.organization, ids, item.resourceName),
        { hint: messages.resourceNameCollisionHint },
      );
    }
    seen.set(item.resourceName, item);
  }
}

/** Forward slashes on every platform, so the JSON does not depend on where it was made. */
function portable(path: string): string {
  return sep === "\\" ? path.replace(/\\/g, "/") : path;
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/**
 * User-facing messages of the Terraform path, in one place: what happened, why, and what to
 * do next. Tests pin the important ones.
 */

export function stackNameCollision(organizations: readonly string[], stackName: string): string {
  return (
    `organizations ${organizations.join(" and ")} would share the stack directory ` +
    `stacks/${stackName} (directory names ignore case on some file systems); ` +
    "nothing was written"
  );
}

export const stackNameCollisionHint =
  "Give these organizations ids that differ in more than letter case, or synth them separately.";

export function resourceNameCollision(
  organization: string,
  ruleIds: readonly string[],
  resourceName: string,
): string {
  return (
    `organization ${organization}: revocation rules ${ruleIds.join(" and ")} both map to the ` +
    `Terraform resource null_resource.${resourceName}; nothing was written`
  );
}

export const resourceNameCollisionHint =
  "Rename one of the rules: Terraform resource names turn '-' into '_', so ids must differ " +
  "in more than that.";

export function noOrganizations(): string {
  return "the policy names no organization: no stack was written";
}

export function staleStackRemoved(stackName: string, file: string): string {
  return `removed ${file}: stack ${stackName} is no longer in the policy`;
}

export function cannotWrite(outdir: string, reason: string): string {
  return `cannot write the Terraform files to ${outdir}: ${reason}`;
}

export const cannotWriteHint = "Choose an output directory you can write to with --out.";

export function stackFileMissing(file: string): string {
  return (
    `CDKTF did not write ${file}; with SYNTH_HCL_OUTPUT set it writes HCL instead of JSON: ` +
    "unset it and run synth again"
  );
}

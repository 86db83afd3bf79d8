/**
 * One organization as a CDKTF stack: the null provider and one null_resource per managed
 * item, whose local-exec provisioner runs `nordpass-policy apply --only ITEM`.
 */
import { LocalBackend, TerraformStack } from "cdktf";
import type { Construct } from "constructs";
import { NullProvider } from "@cdktf/provider-null/lib/provider";
import { Resource } from "@cdktf/provider-null/lib/resource";
import type { ManagedItemSpec, StackSpec } from "./spec";

/** The provider's full registry address; CDKTF alone would write the short form `null`. */
export const NULL_PROVIDER_SOURCE = "hashicorp/null";

/** Said once per stack, so a reader of the JSON knows what apply needs at run time. */
const ENVIRONMENT_NOTE =
  "Each provisioner runs nordpass-policy apply, which reads NORDPASS_API_URL and " +
  "NORDPASS_API_TOKEN from the environment Terraform runs in; neither is written here.";

export class OrganizationStack extends TerraformStack {
  /** The organization id on the admin API (the stack name may be percent-encoded). */
  readonly organization: string;

  constructor(scope: Construct, spec: StackSpec) {
    super(scope, spec.stackName);
    this.organization = spec.organization;

    // Next to the output directory, like CDKTF's own default, but relative: the same policy
    // gives the same JSON wherever it is synthesized, and regenerating the output directory
    // never loses the state.
    new LocalBackend(this, { path: `../../../terraform.${spec.stackName}.tfstate` });
    new NullProvider(this, "null");
    this.addOverride("terraform.required_providers.null.source", NULL_PROVIDER_SOURCE);
    this.addOverride("//.nordpass-policy", ENVIRONMENT_NOTE);

    for (const item of spec.items) this.addManagedItem(item, spec.workingDir);
  }

  private addManagedItem(item: ManagedItemSpec, workingDir: string): Resource {
    const resource = new Resource(this, item.resourceName, {
      triggers: item.triggers,
      provisioners: [{ type: "local-exec", command: item.command, workingDir }],
    });
    // The construct id already is the name; pinning it keeps the Terraform address fixed
    // even if CDKTF's id allocation changes.
    resource.overrideLogicalId(item.resourceName);
    return resource;
  }
}

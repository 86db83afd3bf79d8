/**
 * The Terraform path: desired state in, CDKTF app and Terraform JSON out. Only the synth
 * command and the cdktf app load this module, so CDKTF stays out of every other command.
 */
export { OrganizationStack, NULL_PROVIDER_SOURCE } from "./organization-stack";
export { buildPolicyApp, synthesizePolicy, type SynthesizedStack } from "./policy-app";
export { stackSpecs, type ManagedItemSpec, type StackSpec, type SynthesisLayout } from "./spec";
export {
  SESSION_LENGTH_ITEM,
  SESSION_LENGTH_RESOURCE,
  revocationItem,
  revocationResourceName,
  stackNameFor,
} from "./names";
export { applyCommand, quoteForShell } from "./shell";
export { canonicalJson } from "./triggers";

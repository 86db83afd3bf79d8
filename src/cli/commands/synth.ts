/**
 * `synth PATH... [--out DIR]`: the policy as Terraform JSON through CDK for Terraform, one
 * stack per organization in DIR/stacks/<organization>/cdk.tf.json. Prints each file written.
 */
import { join, resolve } from "node:path";
import { ExitCode } from "../../exit-codes";
import type { CommandContext } from "../io";
import type { SynthOptions } from "../options";
import { loadPolicyInput } from "../policy-input";

export async function execute(
  args: string[],
  options: SynthOptions,
  context: CommandContext,
): Promise<number> {
  const input = loadPolicyInput(args, context, { now: new Date() });
  if (!input) return ExitCode.Error;

  // CDKTF is loaded here and nowhere else on the command line: validate, plan and apply
  // never pay for it (PRODUCT.md, "Terraform, through CDK for Terraform").
  const { synthesizePolicy } = await import("../../terraform");
  const { io, logger } = context;
  const written = synthesizePolicy(
    input.state,
    { outdir: resolve(io.cwd, options.out), workingDirectory: io.cwd, policyPaths: args },
    logger,
  );

  for (const stack of written) {
    io.stdout.write(`${join(options.out, stack.file).replace(/\\/g, "/")}\n`);
    logger.debug(`${stack.organization}: ${stack.resources} null_resource(s)`);
  }
  return ExitCode.Ok;
}

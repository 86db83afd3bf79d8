/**
 * A structural check of Terraform JSON syntax, for the parts synth writes. No terraform or
 * tofu binary is installed where these tests run (and none is installed for them), so this
 * stands in for `terraform validate`: it checks the shapes Terraform's JSON syntax requires
 * of top-level blocks, provider requirements, backends, resources and provisioners.
 */
type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

const TOP_LEVEL = new Set([
  "//", "terraform", "provider", "resource", "data", "variable", "output", "locals",
  "module", "moved", "import", "check",
]);
const IDENTIFIER = /^[A-Za-z_][A-Za-z0-9_-]*$/;
const PROVIDER_SOURCE = /^([a-z0-9.-]+\/)?[a-z0-9-]+\/[a-z0-9-]+$/;
const PROVISIONERS = new Set(["local-exec", "remote-exec", "file"]);

const isObject = (v: Json | undefined): v is { [key: string]: Json } =>
  typeof v === "object" && v !== null && !Array.isArray(v);

/** Every problem found, as `path: what`; empty when the document is well formed. */
export function terraformJsonProblems(document: Json): string[] {
  if (!isObject(document)) return ["$: a Terraform JSON file holds one object"];
  const problems: string[] = [];
  for (const key of Object.keys(document)) {
    if (!TOP_LEVEL.has(key)) problems.push(`${key}: not a Terraform top-level block`);
  }
  const required = checkTerraformBlock(document.terraform, problems);
  checkProviders(document.provider, required, problems);
  checkResources(document.resource, required, problems);
  return problems;
}

function checkTerraformBlock(block: Json | undefined, problems: string[]): Set<string> {
  const required = new Set<string>();
  if (block === undefined) return required;
  if (!isObject(block)) return (problems.push("terraform: must be an object"), required);
  const providers = block.required_providers ?? {};
  if (!isObject(providers)) problems.push("terraform.required_providers: must be an object");
  else {
    for (const [name, requirement] of Object.entries(providers)) {
      const where = `terraform.required_providers.${name}`;
      if (!isObject(requirement)) problems.push(`${where}: must be an object`);
      else if (!PROVIDER_SOURCE.test(String(requirement.source))) {
        problems.push(`${where}.source: must be NAMESPACE/TYPE`);
      } else if (requirement.version !== undefined && typeof requirement.version !== "string") {
        problems.push(`${where}.version: must be a string`);
      }
      required.add(name);
    }
  }
  if (block.backend !== undefined) {
    const backend = block.backend;
    if (!isObject(backend) || Object.keys(backend).length !== 1) {
      problems.push("terraform.backend: must hold exactly one backend");
    } else if (!isObject(Object.values(backend)[0])) {
      problems.push("terraform.backend: its settings must be an object");
    }
  }
  return required;
}

function checkProviders(block: Json | undefined, required: Set<string>, problems: string[]) {
  if (block === undefined) return;
  if (!isObject(block)) return void problems.push("provider: must be an object");
  for (const [name, configs] of Object.entries(block)) {
    if (!required.has(name)) problems.push(`provider.${name}: not in required_providers`);
    const list = Array.isArray(configs) ? configs : [configs];
    if (!list.every(isObject)) problems.push(`provider.${name}: configurations must be objects`);
  }
}

function checkResources(block: Json | undefined, required: Set<string>, problems: string[]) {
  if (block === undefined) return;
  if (!isObject(block)) return void problems.push("resource: must be an object");
  for (const [type, byName] of Object.entries(block)) {
    const provider = type.split("_")[0]!;
    if (!required.has(provider)) {
      problems.push(`resource.${type}: provider ${provider} not required`);
    }
    if (!isObject(byName)) {
      problems.push(`resource.${type}: must be an object of resources`);
      continue;
    }
    for (const [name, body] of Object.entries(byName)) {
      const where = `resource.${type}.${name}`;
      if (!IDENTIFIER.test(name)) problems.push(`${where}: not a valid resource name`);
      if (!isObject(body)) problems.push(`${where}: must be an object`);
      else checkResourceBody(where, body, problems);
    }
  }
}

function checkResourceBody(where: string, body: { [key: string]: Json }, problems: string[]) {
  const triggers = body.triggers;
  if (triggers !== undefined) {
    if (!isObject(triggers)) problems.push(`${where}.triggers: must be a map`);
    else {
      for (const [key, value] of Object.entries(triggers)) {
        if (typeof value !== "string") problems.push(`${where}.triggers.${key}: map(string)`);
      }
    }
  }
  const provisioners = body.provisioner;
  if (provisioners === undefined) return;
  if (!Array.isArray(provisioners)) return void problems.push(`${where}.provisioner: a list`);
  provisioners.forEach((provisioner, i) => {
    const at = `${where}.provisioner[${i}]`;
    if (!isObject(provisioner) || Object.keys(provisioner).length !== 1) {
      return void problems.push(`${at}: one provisioner type per entry`);
    }
    const [type, settings] = Object.entries(provisioner)[0]!;
    if (!PROVISIONERS.has(type)) problems.push(`${at}: unknown provisioner ${type}`);
    if (!isObject(settings)) return void problems.push(`${at}.${type}: must be an object`);
    if (type === "local-exec" && typeof settings.command !== "string") {
      problems.push(`${at}.local-exec.command: must be a string`);
    }
    for (const key of ["working_dir", "when"]) {
      if (settings[key] !== undefined && typeof settings[key] !== "string") {
        problems.push(`${at}.${type}.${key}: must be a string`);
      }
    }
  });
}

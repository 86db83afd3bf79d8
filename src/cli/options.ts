/**
 * Parsed options of each command, as commander hands them to the command modules in
 * src/cli/commands/. Defaults are set in main.ts, where --help shows them.
 */
export type OutputFormat = "text" | "json" | "markdown";

export interface ApiOptions {
  /** --api-url, else NORDPASS_API_URL, else the local emulator's default address. */
  apiUrl: string;
  /** --token-file; without it the token comes from NORDPASS_API_TOKEN only. */
  tokenFile?: string;
  /** Parallel requests, 1..64. */
  concurrency: number;
  /** Per-request timeout, a duration like "30s". */
  timeout: string;
  /** Budget for the whole run, a duration like "10m". */
  budget: string;
  color: boolean;
  verbose: boolean;
}

export interface ValidateOptions {
  format: "text" | "json";
  color: boolean;
  verbose: boolean;
}

export interface PlanOptions extends ApiOptions {
  /** --org: narrow to one organization of the policy. */
  org?: string;
  format: OutputFormat;
  out?: string;
  detailedExitcode: boolean;
  only?: string;
  allowMassRevocation: boolean;
}

export interface ApplyOptions extends ApiOptions {
  /** --org: narrow to one organization of the policy. */
  org?: string;
  format: OutputFormat;
  only?: string;
  autoApprove: boolean;
  allowMassRevocation: boolean;
  /** Recorded in the audit log; defaults from the CI commit or the user name. */
  actor?: string;
}

export interface DriftOptions extends ApiOptions {
  /** --org: narrow to one organization of the policy. */
  org?: string;
  format: OutputFormat;
  only?: string;
}

export interface ExportOptions extends ApiOptions {
  org: string;
  /** File to write; stdout when absent. */
  out?: string;
}

export interface SynthOptions {
  out: string;
  color: boolean;
  verbose: boolean;
}

export interface EmulatorOptions {
  host: string;
  port: number;
  db?: string;
  seed?: string;
  faults?: string;
  control: boolean;
  rateLimit?: number;
  verbose: boolean;
}

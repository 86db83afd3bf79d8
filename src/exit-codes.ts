/** Exit codes, the same for every command (PRODUCT.md, "Command line"). */
export const ExitCode = {
  /** Done; for plan and drift: no changes. */
  Ok: 0,
  /** Bad input, API or network failure, partial apply. A failed read is never drift. */
  Error: 1,
  /** plan with --detailed-exitcode, or drift: changes pending. */
  Changes: 2,
  /** Refused: a guardrail tripped, a saved plan is stale, confirmation declined. */
  Refused: 3,
} as const;

export type ExitCode = (typeof ExitCode)[keyof typeof ExitCode];

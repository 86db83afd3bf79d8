/**
 * One entry point for plan and drift output in the three formats the CLI offers.
 */
import type { OutputFormat } from "../cli/options";
import type { Plan } from "../reconcile/plan";
import { renderJson } from "./json";
import { renderMarkdown } from "./markdown";
import { renderText } from "./text";
import type { ReportKind } from "./wording";

export interface RenderOptions {
  kind: ReportKind;
  /** ANSI colour in text output. */
  color: boolean;
}

export function renderPlan(plan: Plan, format: OutputFormat, options: RenderOptions): string {
  switch (format) {
    case "json":
      return renderJson(plan);
    case "markdown":
      return renderMarkdown(plan, { kind: options.kind });
    case "text":
      return renderText(plan, options);
  }
}

export type { ReportKind } from "./wording";

import type { IncomingHttpHeaders } from "node:http";
import type { WriteContext } from "../api/types";
import { problems } from "./messages";
import { ProblemError } from "./reply";

const MAX_HEADER_TEXT = 1000;

/**
 * The audit context of a write, from X-NordPass-Actor (required), X-NordPass-Rule-Id and
 * X-NordPass-Reason. All three are percent-encoded UTF-8, so any text fits in a header.
 */
export function writeContext(headers: IncomingHttpHeaders): WriteContext {
  const actor = headerText(headers, "x-nordpass-actor");
  if (actor === undefined || actor.trim() === "") throw new ProblemError(problems.missingActor());
  const ruleId = headerText(headers, "x-nordpass-rule-id");
  const reason = headerText(headers, "x-nordpass-reason");
  return {
    actor,
    ...(ruleId === undefined || ruleId === "" ? {} : { ruleId }),
    ...(reason === undefined || reason === "" ? {} : { reason }),
  };
}

function headerText(headers: IncomingHttpHeaders, name: string): string | undefined {
  const raw = headers[name];
  if (raw === undefined) return undefined;
  if (Array.isArray(raw))
    throw new ProblemError(problems.badHeader(name, "is given more than once"));
  let text: string;
  try {
    text = decodeURIComponent(raw);
  } catch {
    throw new ProblemError(problems.badHeader(name, "is not valid percent-encoded UTF-8"));
  }
  if (text.length > MAX_HEADER_TEXT) {
    throw new ProblemError(
      problems.badHeader(name, `is longer than ${MAX_HEADER_TEXT} characters`),
    );
  }
  return text;
}

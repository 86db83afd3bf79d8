/** Matches request paths against OpenAPI-style templates such as /sessions/{sessionId}. */
export interface RouteMatch<R> {
  route: R;
  params: Record<string, string>;
}

export type MatchResult<R> =
  | { kind: "found"; match: RouteMatch<R> }
  | { kind: "wrong-method"; allowed: string[] }
  | { kind: "none" };

interface CompiledRoute<R> {
  route: R;
  method: string;
  pattern: RegExp;
  names: string[];
}

export class Router<R extends { method: string; template: string }> {
  private readonly compiled: CompiledRoute<R>[];

  constructor(routes: readonly R[]) {
    this.compiled = routes.map((route) => compile(route));
  }

  match(method: string, path: string): MatchResult<R> {
    const allowed: string[] = [];
    for (const candidate of this.compiled) {
      const found = candidate.pattern.exec(path);
      if (found === null) continue;
      if (candidate.method !== method) {
        allowed.push(candidate.method);
        continue;
      }
      const params = decodeParams(candidate.names, found);
      if (params === undefined) continue;
      return { kind: "found", match: { route: candidate.route, params } };
    }
    return allowed.length > 0
      ? { kind: "wrong-method", allowed: allowed.sort() }
      : { kind: "none" };
  }
}

/** Path parameters, percent-decoded; undefined when one is not valid UTF-8 percent-encoding. */
function decodeParams(names: string[], found: RegExpExecArray): Record<string, string> | undefined {
  const params: Record<string, string> = {};
  try {
    names.forEach((name, i) => {
      params[name] = decodeURIComponent(found[i + 1] as string);
    });
  } catch {
    return undefined;
  }
  return params;
}

function compile<R extends { method: string; template: string }>(route: R): CompiledRoute<R> {
  const names: string[] = [];
  const source = route.template
    .split("/")
    .map((segment) => {
      const param = /^\{(\w+)\}$/.exec(segment);
      if (param === null) return segment.replace(/[.*+?^${}()|[\]\\-]/g, "\\$&");
      names.push(param[1] as string);
      return "([^/]+)";
    })
    .join("/");
  return { route, method: route.method, pattern: new RegExp(`^${source}$`), names };
}

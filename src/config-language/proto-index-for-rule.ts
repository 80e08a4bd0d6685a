import { resolve } from "node:path";
import { getProtoIndex, type ProtoIndex } from "../../proto-checks/project-index.js";
import { idempotencyByName, methodIdempotency, type MethodIdempotency, type VerbLists } from "../core/policy/index.js";
import { readSettings } from "../util/settings.js";

/** The project's proto index for a rule: `settings["grpc-review"].protoRoots`, by default ESLint's cwd. */
export function protoIndexForRule(context: { settings?: Record<string, unknown>; cwd?: string }): {
  index: ProtoIndex;
  lists: VerbLists;
} {
  const settings = readSettings(context);
  const cwd = context.cwd ?? process.cwd();
  const roots = settings.protoRoots && settings.protoRoots.length > 0 ? settings.protoRoots.map((root) => resolve(cwd, root)) : [cwd];
  const lists = settings.idempotency ?? {};
  return { index: getProtoIndex(roots), lists };
}

/**
 * How idempotent an RPC called as `method` in code is (`createOrder`, `CreateOrder`): what the
 * project's protos say of the method of that name (`idempotency_level`, an HTTP binding), when
 * every service declaring it agrees; its verb otherwise. The protos are read on the first question.
 */
export function idempotencyOfCalledMethod(context: { settings?: Record<string, unknown>; cwd?: string }): (method: string) => MethodIdempotency {
  let project: { index: ProtoIndex; lists: VerbLists } | undefined;
  const known = new Map<string, MethodIdempotency>();
  return (method) => {
    const cached = known.get(method);
    if (cached) return cached;
    let answer: MethodIdempotency | undefined;
    try {
      project ??= protoIndexForRule(context);
      const name = method.length > 0 ? method[0].toUpperCase() + method.slice(1) : method;
      const levels = new Map<string, MethodIdempotency>();
      for (const service of project.index.services()) {
        const declared = project.index.method(service, name);
        if (declared) {
          const idempotency = methodIdempotency(declared, project.lists);
          levels.set(idempotency.level, idempotency);
        }
      }
      if (levels.size === 1) answer = [...levels.values()][0];
    } catch {
      // Unreadable protos: the name is all there is.
    }
    answer ??= idempotencyByName(method, project?.lists);
    known.set(method, answer);
    return answer;
  };
}

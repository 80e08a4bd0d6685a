import { resolve } from "node:path";
import { getProtoIndex, type ProtoIndex } from "../../proto-checks/project-index.js";
import type { VerbLists } from "../core/policy/index.js";
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

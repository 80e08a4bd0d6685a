import { resolve } from "node:path";
import { getProtoIndex } from "../../proto-checks/project-index.js";
import { readSettings } from "../util/settings.js";
/** The project's proto index for a rule: `settings["grpc-review"].protoRoots`, by default ESLint's cwd. */
export function protoIndexForRule(context) {
    const settings = readSettings(context);
    const cwd = context.cwd ?? process.cwd();
    const roots = settings.protoRoots && settings.protoRoots.length > 0 ? settings.protoRoots.map((root) => resolve(cwd, root)) : [cwd];
    const lists = settings.idempotency ?? {};
    return { index: getProtoIndex(roots), lists };
}

import { type ProtoIndex } from "../../proto-checks/project-index.js";
import type { VerbLists } from "../core/policy/index.js";
/** The project's proto index for a rule: `settings["grpc-review"].protoRoots`, by default ESLint's cwd. */
export declare function protoIndexForRule(context: {
    settings?: Record<string, unknown>;
    cwd?: string;
}): {
    index: ProtoIndex;
    lists: VerbLists;
};

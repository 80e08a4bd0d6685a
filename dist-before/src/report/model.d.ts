import type { ProtoIndex } from "../../proto-checks/project-index.js";
import { type LintResultLike, type ReportMethod, type ReportModel } from "./model-types.js";
export * from "./model-types.js";
import type { CallSiteFact, FactsByFile } from "./facts.js";
import type { GraphPassResult } from "./graph.js";
export interface ModelInput {
    cwd: string;
    paths: string[];
    version: string;
    protoIndex: ProtoIndex | undefined;
    serviceConfigFiles: string[];
    facts: FactsByFile;
    graph: GraphPassResult;
    results: LintResultLike[];
}
/** Resolves a method as the code names it to a proto method, using the words around the client when a name is ambiguous. */
export declare class MethodResolver {
    private readonly methods;
    private readonly byName;
    constructor(methods: ReadonlyMap<string, ReportMethod>);
    resolve(written: string | undefined, hints: readonly string[]): {
        method: string;
    } | {
        reason: string;
    };
}
export declare function buildModel(input: ModelInput): ReportModel;
export type { CallSiteFact };

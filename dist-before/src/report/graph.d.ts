import type { FactsByFile } from "./facts.js";
export interface GraphPassLimits {
    /** Hops from a handler to a call site (helpers calling helpers). */
    maxDepth: number;
    /** Functions visited per handler, whatever the shape of the graph. */
    maxVisitsPerHandler: number;
    /** Local imports followed from a gRPC file. */
    importDepth: number;
}
export declare const DEFAULT_GRAPH_LIMITS: GraphPassLimits;
/** A handler reaching a call site through other functions. */
export interface IndirectReach {
    /** `file:offset` of the handler (see functionKeyOffset). */
    handler: string;
    /** Names of the functions between the handler and the call, in order. */
    via: string[];
    /** Whether every hop handed the incoming call or context on and the call uses it. */
    propagation: "propagated" | "not-propagated";
}
export interface GraphPassResult {
    /** Keyed `file:offset` of the call site. */
    reaches: Map<string, IndirectReach[]>;
    /** `file:offset` of a call site → the outermost named function holding it (for callers that are not handlers). */
    ownerName: Map<string, string>;
    filesRead: number;
    cyclesCut: number;
    truncated: boolean;
    notes: string[];
}
export declare function buildCallGraph(facts: FactsByFile, typescriptFiles: ReadonlySet<string>, limits?: GraphPassLimits): GraphPassResult;

import { grpcAnalysis, createHandlerFinder } from "../calls/index.js";
import { createStreamFinder } from "./stream-finder.js";
const analyses = new WeakMap();
export function streamAnalysis(context) {
    const cached = analyses.get(context.sourceCode);
    if (cached)
        return cached;
    const typed = context.services;
    const checker = typed?.program.getTypeChecker();
    const calls = grpcAnalysis(context);
    const recognizeCall = (call) => calls?.recognizeCall(call);
    const handlers = createHandlerFinder(context);
    const streams = createStreamFinder(context, handlers, recognizeCall, checker && typed ? { checker, tsNode: (node) => typed.esTreeNodeToTSNodeMap.get(node) } : undefined);
    const analysis = { handlers, streams, recognizeCall };
    analyses.set(context.sourceCode, analysis);
    return analysis;
}

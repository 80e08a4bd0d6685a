import { AST_NODE_TYPES } from "@typescript-eslint/utils";
import { fileContext } from "../src/core/syntax/index.js";
import { spentDeadline } from "../src/core/deadlines/index.js";
import { grpcAnalysis } from "../src/core/calls/index.js";
import { createRule } from "../src/util/create-rule.js";
const MESSAGE_BY_KIND = { module: "moduleDeadline", instance: "instanceDeadline", repeated: "repeatedDeadline" };
/** The method name in `client.method(...)`. */
function reportNode(call) {
    const callee = call.node.callee.type === AST_NODE_TYPES.ChainExpression ? call.node.callee.expression : call.node.callee;
    return callee.type === AST_NODE_TYPES.MemberExpression ? callee.property : call.node;
}
export default createRule({
    name: "no-spent-deadline",
    meta: {
        type: "problem",
        docs: {
            description: "Disallow reusing an absolute deadline computed once (at module load, per instance, before a repeating loop)",
            preset: "recommended",
            severity: "error",
            input: "typescript",
            requiresTypeChecking: false,
        },
        messages: {
            moduleDeadline: "`{{method}}` uses a deadline computed once when the module loaded (line {{line}}): a deadline is a point in time, so once that moment has passed every call fails at once with DEADLINE_EXCEEDED. Compute it per call: `deadline: Date.now() + ms`.",
            instanceDeadline: "`{{method}}` uses a deadline computed once when the object was built (line {{line}}): after that moment every call through this object fails at once with DEADLINE_EXCEEDED. Store the timeout in milliseconds and compute `Date.now() + ms` per call.",
            repeatedDeadline: "`{{method}}` runs again and again (an endless loop or a repeating callback) with a deadline computed once before it (line {{line}}): after the first budget is used up, every later call fails at once with DEADLINE_EXCEEDED. Compute the deadline inside the loop or callback.",
        },
        schema: [],
    },
    defaultOptions: [],
    create(context) {
        const analysis = grpcAnalysis(fileContext(context));
        if (!analysis)
            return {};
        return {
            CallExpression(node) {
                const call = analysis.recognizeCall(node);
                if (!call)
                    return;
                let verdict;
                try {
                    verdict = spentDeadline(analysis, call);
                }
                catch {
                    return;
                }
                if (!verdict)
                    return;
                context.report({
                    node: reportNode(call),
                    messageId: MESSAGE_BY_KIND[verdict.kind],
                    data: { method: call.method, line: String(verdict.computed.loc.start.line) },
                });
            },
        };
    },
});

import { fileContext } from "../src/core/syntax/index.js";
import { deadlinePropagation } from "../src/core/deadlines/index.js";
import { grpcAnalysis } from "../src/core/calls/index.js";
import { streamAnalysis } from "../src/core/streams/index.js";
import { createRule } from "../src/util/create-rule.js";
const HOW_TO_PROPAGATE = {
    "grpc-js": "pass `parent: call` in the call options, or derive the deadline from `call.getDeadline()`",
    connect: "pass `signal: ctx.signal`, or `timeoutMs: ctx.timeoutMs()`",
    "nice-grpc": "pass `signal: context.signal`",
    nestjs: "derive the deadline from the handler's grpc-js call (its third parameter): `call.getDeadline()`",
};
export default createRule({
    name: "propagate-deadline",
    meta: {
        type: "suggestion",
        docs: {
            description: "Require gRPC calls made inside a server handler to pass the incoming deadline on",
            preset: "recommended",
            severity: "warn",
            input: "typescript",
        },
        messages: {
            notPropagated: "This gRPC call inside a {{library}} handler does not pass on the incoming deadline: when the caller gives up, this call keeps running on its own clock. To honor the caller's deadline, {{fix}}.",
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
                if (!call || call.optionsUncertain || call.optionsIndex === undefined)
                    return;
                const handler = streamAnalysis(fileContext(context)).handlers.enclosingHandler(node);
                if (!handler)
                    return;
                if (deadlinePropagation(call.options, handler, analysis) !== "not-propagated")
                    return;
                context.report({
                    node: node.callee,
                    messageId: "notPropagated",
                    data: { library: handler.library, fix: HOW_TO_PROPAGATE[handler.library] },
                });
            },
        };
    },
});

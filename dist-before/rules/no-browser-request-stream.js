import { AST_NODE_TYPES } from "@typescript-eslint/utils";
import { fileContext } from "../src/core/syntax/index.js";
import { browserStreamingVerdict, grpcAnalysis } from "../src/core/calls/index.js";
import { protoIndexForRule } from "../src/config-language/proto-index-for-rule.js";
import { createRule } from "../src/util/create-rule.js";
const TRANSPORT_NAMES = {
    "connect-web": "a @connectrpc/connect-web transport",
    "grpc-web-fetch": "protobuf-ts's GrpcWebFetchTransport",
    "twirp-fetch": "protobuf-ts's TwirpFetchTransport",
};
/** The method name in `client.method(...)`: the smallest node a reviewer looks at. */
function reportNode(call) {
    const callee = call.node.callee.type === AST_NODE_TYPES.ChainExpression ? call.node.callee.expression : call.node.callee;
    return callee.type === AST_NODE_TYPES.MemberExpression ? callee.property : call.node;
}
/**
 * The call type the project's protos give a method called by its generated name (`recordRoute`
 * for `RecordRoute`), when every service that has a method of that name agrees.
 */
function callTypeFromProtos(index, method) {
    const name = method.length > 0 ? method[0].toUpperCase() + method.slice(1) : method;
    const found = new Set();
    for (const service of index.services()) {
        const declared = index.method(service, name);
        if (!declared)
            continue;
        found.add(declared.clientStreaming ? (declared.serverStreaming ? "bidi" : "client-stream") : declared.serverStreaming ? "server-stream" : "unary");
    }
    return found.size === 1 ? [...found][0] : undefined;
}
export default createRule({
    name: "no-browser-request-stream",
    meta: {
        type: "problem",
        docs: {
            description: "Disallow client-streaming and bidi calls over browser transports (connect-web, gRPC-web), which cannot send a request stream",
            preset: "recommended",
            severity: "error",
            input: "typescript",
            requiresTypeChecking: false,
        },
        messages: {
            clientStreamInBrowser: "`{{method}}` is a client-streaming method called over {{transport}}: browsers send a request body in one piece (fetch has no request streaming over HTTP/1.1, gRPC-web has no client streaming), so the call fails at run time. Send one unary request (or a batch), or make the call from a server over HTTP/2 (connect-node).",
            bidiInBrowser: "`{{method}}` is a bidi-streaming method called over {{transport}}: browsers cannot stream request messages (fetch has no request streaming over HTTP/1.1, gRPC-web has no client streaming), so the call fails at run time. Use a server-streaming method plus unary calls for the messages the browser sends.",
        },
        schema: [],
    },
    defaultOptions: [],
    create(context) {
        const analysis = grpcAnalysis(fileContext(context));
        if (!analysis)
            return {};
        let index;
        // Untyped files: the protos say what shape a method has. Read only when a browser call needs it.
        const callTypeOf = (method) => {
            try {
                index ??= protoIndexForRule(context).index;
                return callTypeFromProtos(index, method);
            }
            catch {
                return undefined;
            }
        };
        return {
            CallExpression(node) {
                const call = analysis.recognizeCall(node);
                if (!call)
                    return;
                let verdict;
                try {
                    verdict = browserStreamingVerdict(analysis, call, callTypeOf);
                }
                catch {
                    return;
                }
                if (verdict.kind === "ok")
                    return;
                context.report({
                    node: reportNode(call),
                    messageId: verdict.callType === "bidi" ? "bidiInBrowser" : "clientStreamInBrowser",
                    data: { method: call.method, transport: TRANSPORT_NAMES[verdict.transport] },
                });
            },
        };
    },
});

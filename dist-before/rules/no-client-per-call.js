import { fileContext } from "../src/core/syntax/index.js";
import { connectionLifetime, grpcAnalysis } from "../src/core/calls/index.js";
import { createRule } from "../src/util/create-rule.js";
const MESSAGE_BY_OWNER = {
    "grpc-js-client": "clientPerCall",
    "grpc-js-channel": "channelPerCall",
    "nice-grpc-channel": "channelPerCall",
    "connect-transport": "transportPerCall",
    "protobuf-ts-transport": "transportPerCall",
};
export default createRule({
    name: "no-client-per-call",
    meta: {
        type: "problem",
        docs: {
            description: "Disallow building a gRPC client, channel or transport inside the function that calls through it and then dropping it",
            preset: "recommended",
            severity: "error",
            input: "typescript",
            requiresTypeChecking: false,
        },
        messages: {
            clientPerCall: "`{{fn}}` builds a new grpc-js client, and with it a new channel, every time it runs, calls through it and neither keeps nor closes it: each call pays for name resolution and a connection (with TLS credentials made per call, a new TLS handshake), and the unclosed channel stays registered until the process exits. Build the client once (module scope, a constructor field, a cache keyed by target) or `close()` it in `finally`.",
            channelPerCall: "`{{fn}}` opens a new channel every time it runs, calls through it and neither keeps nor closes it: each call pays for a new connection, and the unclosed channel leaks. Create the channel once and share it, or `close()` it in `finally`.",
            transportPerCall: "`{{fn}}` builds a new HTTP/2 transport every time it runs and calls through it: each transport opens its own HTTP/2 connection (and TLS handshake), so connections are never reused. Create the transport once and share it between calls and clients.",
        },
        schema: [],
    },
    defaultOptions: [],
    create(context) {
        const analysis = grpcAnalysis(fileContext(context));
        if (!analysis)
            return {};
        function check(node) {
            let verdict;
            try {
                verdict = connectionLifetime(analysis, node);
            }
            catch {
                return;
            }
            if (verdict.kind !== "per-call")
                return;
            context.report({ node, messageId: MESSAGE_BY_OWNER[verdict.owner], data: { fn: verdict.functionName ?? "this function" } });
        }
        return { NewExpression: check, CallExpression: check };
    },
});

import { fileContext } from "../src/core/syntax/index.js";
import { channelOptionFindings, grpcAnalysis, streamsWithoutKeepalive } from "../src/core/calls/index.js";
import { createRule } from "../src/util/create-rule.js";
export default createRule({
    name: "valid-channel-options",
    meta: {
        type: "problem",
        docs: {
            description: "Disallow grpc-js channel and server options that grpc-js ignores or that servers punish (keepalive, message size)",
            preset: "recommended",
            severity: "warn",
            input: "typescript",
            requiresTypeChecking: false,
        },
        messages: {
            unknownOption: "grpc-js does not read the option `{{key}}`: `ChannelOptions` accepts any key and silently ignores unknown ones, so this setting does nothing. Remove it, or use an option grpc-js knows (C-core-only keys such as `grpc.http2.*` have no effect in Node).",
            unknownOptionSuggest: "grpc-js does not read the option `{{key}}` and silently ignores it; did you mean `{{suggestion}}`?",
            keepaliveTooFrequent: "`grpc.keepalive_time_ms: {{value}}` pings more often than servers accept by default: C-core and grpc-go servers count a ping sent less than 5 minutes after the last one (with no data in between) as a strike and close the connection with GOAWAY `too_many_pings` after two. Use at least 300000, or make sure every server this channel talks to lowers its minimum ping interval (C-core `grpc.http2.min_ping_interval_without_data_ms`, grpc-go `EnforcementPolicy.MinTime`).",
            permitWithoutCalls: "`grpc.keepalive_permit_without_calls: 1` pings connections that have no calls, which C-core and grpc-go servers accept only every 2 hours unless they permit it: the server answers with GOAWAY `too_many_pings`. Keep it only if every server sets `grpc.keepalive_permit_without_calls` (grpc-go `PermitWithoutStream`), and say so in a comment.",
            unboundedReceive: "`grpc.max_receive_message_length: -1` on a server turns the message size check off: one request can take as much memory as a client sends. Set a bound (the default is 4 MiB) sized for the largest message you expect.",
            streamWithoutKeepalive: "This channel opens the long-lived stream `{{method}}` but sets no `grpc.keepalive_time_ms`: if the peer or a NAT on the way disappears, the stream hangs until TCP gives up (minutes to hours). Set `grpc.keepalive_time_ms` (at least 300000 against default servers) and `grpc.keepalive_timeout_ms`.",
        },
        schema: [
            {
                type: "object",
                properties: {
                    longLivedMethods: {
                        type: "array",
                        items: { type: "string", minLength: 1 },
                        uniqueItems: true,
                        description: "Streaming methods meant to stay open for the life of the process, by name or `/pkg.Service/Method` path.",
                    },
                },
                additionalProperties: false,
            },
        ],
    },
    defaultOptions: [{ longLivedMethods: [] }],
    create(context, [options]) {
        const file = fileContext(context);
        const analysis = grpcAnalysis(file);
        if (!analysis)
            return {};
        const longLived = new Set(options.longLivedMethods ?? []);
        const calls = [];
        function check(node) {
            if (node.type === "CallExpression" && longLived.size > 0) {
                const call = analysis.recognizeCall(node);
                if (call)
                    calls.push(call);
            }
            let findings;
            try {
                findings = channelOptionFindings(file, node);
            }
            catch {
                return;
            }
            for (const finding of findings) {
                switch (finding.kind) {
                    case "unknown-option":
                        if (finding.suggestion) {
                            context.report({ node: finding.node, messageId: "unknownOptionSuggest", data: { key: finding.key, suggestion: finding.suggestion } });
                        }
                        else {
                            context.report({ node: finding.node, messageId: "unknownOption", data: { key: finding.key } });
                        }
                        break;
                    case "keepalive-too-frequent":
                        context.report({ node: finding.node, messageId: "keepaliveTooFrequent", data: { value: String(finding.valueMs) } });
                        break;
                    case "permit-without-calls":
                        context.report({ node: finding.node, messageId: "permitWithoutCalls" });
                        break;
                    case "unbounded-receive":
                        context.report({ node: finding.node, messageId: "unboundedReceive" });
                        break;
                }
            }
        }
        return {
            NewExpression: check,
            CallExpression: check,
            "Program:exit"() {
                let streams;
                try {
                    streams = streamsWithoutKeepalive(file, calls, longLived);
                }
                catch {
                    return;
                }
                for (const { node, call } of streams) {
                    context.report({ node, messageId: "streamWithoutKeepalive", data: { method: call.method } });
                }
            },
        };
    },
});

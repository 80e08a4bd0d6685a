import { AST_NODE_TYPES } from "@typescript-eslint/utils";
import { fileContext } from "../src/core/syntax/index.js";
import { grpcAnalysis, libraryOfModule } from "../src/core/calls/index.js";
import { balancingFromServiceConfig, balancingFromServiceConfigJson, classifyL4Target } from "../src/core/policy/index.js";
import { lookupProperty, createStaticEvaluator, StringifiedValue, toPlain, UNKNOWN } from "../src/core/syntax/index.js";
import { createRule } from "../src/util/create-rule.js";
import { readSettings } from "../src/util/settings.js";
export const SERVICE_CONFIG_OPTION = "grpc.service_config";
/** A grpc-js client, a grpc-js Channel or a nice-grpc channel being built, with its target and options. */
function channelConstruction(node, analysis) {
    const target = node.arguments[0];
    if (!target || target.type === AST_NODE_TYPES.SpreadElement)
        return undefined;
    const options = node.arguments[2]?.type === AST_NODE_TYPES.SpreadElement ? undefined : node.arguments[2];
    const imported = analysis.estree.importedName(node.callee);
    const fromGrpcJs = imported !== undefined && libraryOfModule(imported.module) === "grpc-js";
    if (node.type === AST_NODE_TYPES.CallExpression) {
        if (imported?.module === "nice-grpc" && imported.name === "createChannel")
            return { target, options };
        return undefined;
    }
    if (fromGrpcJs && (imported.name === "Channel" || imported.name === "Client"))
        return { target, options };
    if (analysis.construction(node)?.library === "grpc-js")
        return { target, options };
    // A generated client class imported from a module we cannot recognize by name: its type says it.
    const tsNode = analysis.tsNode(node);
    if (tsNode && analysis.types && analysis.types.grpcJsReceiver(analysis.types.checker.getTypeAtLocation(tsNode))) {
        return { target, options };
    }
    return undefined;
}
function calleeName(callee) {
    if (callee.type === AST_NODE_TYPES.Identifier)
        return callee.name;
    if (callee.type === AST_NODE_TYPES.MemberExpression && callee.property.type === AST_NODE_TYPES.Identifier)
        return callee.property.name;
    return undefined;
}
function balancingOf(options, analysis, evaluator) {
    if (!options)
        return { kind: "pick-first", unknownPolicies: [] };
    const lookup = lookupProperty(analysis, options, SERVICE_CONFIG_OPTION);
    if (lookup.state === "absent")
        return { kind: "pick-first", unknownPolicies: [] };
    if (lookup.state === "unknown" || !lookup.value)
        return { kind: "unknown" };
    const value = evaluator.value(lookup.value);
    if (typeof value === "string")
        return balancingFromServiceConfigJson(value);
    if (value instanceof StringifiedValue) {
        const plain = toPlain(value);
        return plain === UNKNOWN ? { kind: "unknown" } : balancingFromServiceConfig(plain);
    }
    return { kind: "unknown" };
}
export default createRule({
    name: "no-l4-target",
    meta: {
        type: "problem",
        docs: {
            description: "Disallow grpc-js channels that target an L4 load balancer without request-level balancing",
            preset: "recommended",
            severity: "error",
            input: "typescript",
        },
        messages: {
            l4Target: "`{{host}}` is {{label}}, which balances connections, not requests: grpc-js sends every call over one HTTP/2 connection, so all calls from this channel are pinned to one backend. Use a headless Service with `dns:///` and `loadBalancingConfig: [{ round_robin: {} }]` in `grpc.service_config`, an L7 proxy (a sidecar on localhost), or `xds:///`.",
            l4TargetUnknownPolicy: "`{{host}}` is {{label}}, and this channel's `loadBalancingConfig` names no policy grpc-js knows ({{policies}}): grpc-js silently falls back to pick_first, so all calls are pinned to one backend. Use `round_robin` (or another real policy) over a headless Service, an L7 proxy, or `xds:///`.",
        },
        schema: [],
    },
    defaultOptions: [],
    create(context) {
        const analysis = grpcAnalysis(fileContext(context));
        if (!analysis)
            return {};
        const userPatterns = readSettings(context).l4TargetPatterns ?? [];
        let evaluator;
        function check(node) {
            const first = node.arguments[0];
            if (!first || first.type === AST_NODE_TYPES.SpreadElement || node.arguments.length > 3)
                return;
            const isCall = node.type === AST_NODE_TYPES.CallExpression;
            if (isCall && calleeName(node.callee) !== "createChannel")
                return;
            // The target first (plain syntax, nearly free): most constructions name no L4 balancer, and
            // recognizing the construction may ask the checker.
            evaluator ??= createStaticEvaluator(fileContext(context));
            const target = evaluator.string(first);
            if (!target)
                return;
            // nice-grpc's createChannel takes `http://` and `https://` addresses and strips the scheme itself.
            const text = isCall ? target.text.replace(/^https?:\/\//i, "") : target.text;
            const match = classifyL4Target(text, userPatterns);
            if (!match)
                return;
            const channel = channelConstruction(node, analysis);
            if (!channel)
                return;
            const balancing = balancingOf(channel.options, analysis, evaluator);
            if (balancing.kind !== "pick-first")
                return;
            const data = { host: match.host, label: match.label, policies: balancing.unknownPolicies.join(", ") };
            context.report({
                node: channel.target,
                messageId: balancing.unknownPolicies.length > 0 ? "l4TargetUnknownPolicy" : "l4Target",
                data,
            });
        }
        return { NewExpression: check, CallExpression: check };
    },
});

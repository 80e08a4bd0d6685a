import { AST_NODE_TYPES } from "@typescript-eslint/utils";
import ts from "typescript";
import { isGrpcJsServer, grpcAnalysis, libraryOfModule } from "../src/core/calls/index.js";
import { propertyKeyName, createStaticEvaluator, fileContext } from "../src/core/syntax/index.js";
import { createRule } from "../src/util/create-rule.js";
export const MAX_CONNECTION_AGE_OPTION = "grpc.max_connection_age_ms";
export default createRule({
    name: "require-server-connection-age",
    meta: {
        type: "suggestion",
        docs: {
            description: "Require grpc-js servers to set grpc.max_connection_age_ms so clients reconnect and rebalance",
            preset: "strict",
            severity: "error",
            input: "typescript",
        },
        messages: {
            missingConnectionAge: "This grpc-js Server sets no `grpc.max_connection_age_ms`: clients keep one connection for as long as it lives, so behind an L4 load balancer new backends never get their traffic. Set it (for example `'grpc.max_connection_age_ms': 300_000` with `'grpc.max_connection_age_grace_ms'`).",
        },
        schema: [],
    },
    defaultOptions: [],
    create(context) {
        // Files that name no gRPC module (and, typed, import none) hold no gRPC stream, handler or server.
        const file = fileContext(context);
        const analysis = grpcAnalysis(file);
        if (!analysis)
            return {};
        const services = file.services;
        const checker = services?.program.getTypeChecker();
        function isServerConstruction(node) {
            const callee = node.callee;
            const name = callee.type === AST_NODE_TYPES.Identifier
                ? callee.name
                : callee.type === AST_NODE_TYPES.MemberExpression && callee.property.type === AST_NODE_TYPES.Identifier
                    ? callee.property.name
                    : undefined;
            const importedName = analysis?.estree.importedName(callee);
            const imported = importedName && libraryOfModule(importedName.module) === "grpc-js" ? importedName.name : undefined;
            if (name !== "Server" && imported !== "Server")
                return false;
            const tsNode = services?.esTreeNodeToTSNodeMap.get(node);
            if (checker && tsNode) {
                const type = checker.getTypeAtLocation(tsNode);
                if (!(type.flags & ts.TypeFlags.Any))
                    return isGrpcJsServer(type);
            }
            return imported === "Server";
        }
        return {
            NewExpression(node) {
                if (!isServerConstruction(node))
                    return;
                const options = node.arguments[0];
                if (options) {
                    if (options.type === AST_NODE_TYPES.SpreadElement)
                        return;
                    const literal = createStaticEvaluator(file).objectLiteral(options);
                    // Options built elsewhere may well set it.
                    if (!literal)
                        return;
                    for (const property of literal.properties) {
                        if (property.type !== AST_NODE_TYPES.Property)
                            return;
                        const key = propertyKeyName(property);
                        if (key === undefined || key === MAX_CONNECTION_AGE_OPTION)
                            return;
                    }
                }
                context.report({ node: node.callee, messageId: "missingConnectionAge" });
            },
        };
    },
});

/**
 * gRPC streams in one file: which expression is a grpc-js stream (client or server side, readable,
 * writable or duplex) or a Connect / nice-grpc async iterable of messages.
 *
 * Types decide when they are there (grpc-js's stream types, by where their members are declared).
 * Without them, or on `any`, an expression is followed inside its function to where it came from:
 * the `call` parameter of a server handler, or the result of a recognized streaming client call.
 */
import { ASTUtils, AST_NODE_TYPES } from "@typescript-eslint/utils";
import ts from "typescript";
import { grpcJsCallShape, isAsyncIterable } from "../calls/index.js";
import { unwrap } from "../syntax/index.js";
const MAX_DEPTH = 4;
/** Casts, `!`, `?.` and `await` do not change which stream an expression is. */
export function unwrapExpression(node) {
    let current = unwrap(node);
    while (current.type === AST_NODE_TYPES.AwaitExpression)
        current = unwrap(current.argument);
    return current;
}
function shapeOfCallType(callType) {
    switch (callType) {
        case "server-stream":
            return { side: "client", readable: true, writable: false };
        case "client-stream":
            return { side: "client", readable: false, writable: true };
        case "bidi":
            return { side: "client", readable: true, writable: true };
        default:
            return undefined;
    }
}
export function createStreamFinder(context, handlers, recognizeCall, typed) {
    const cache = new WeakMap();
    function typeOf(node) {
        const tsNode = typed?.tsNode(node);
        return tsNode ? typed.checker.getTypeAtLocation(tsNode) : undefined;
    }
    function fromParameter(identifier, def) {
        if (def.type !== "Parameter")
            return undefined;
        const fn = def.node;
        if (fn.type !== AST_NODE_TYPES.FunctionDeclaration &&
            fn.type !== AST_NODE_TYPES.FunctionExpression &&
            fn.type !== AST_NODE_TYPES.ArrowFunctionExpression) {
            return undefined;
        }
        const handler = handlers.handlerOf(fn);
        // NestJS hands handlers Observables, which these rules do not model.
        if (!handler || handler.library === "nestjs" || handler.callParam?.name !== identifier.name)
            return undefined;
        if (handler.library === "grpc-js") {
            const kind = handler.kind;
            if (kind === "unary")
                return undefined;
            return {
                library: "grpc-js",
                api: "node-stream",
                side: "server",
                readable: kind !== "server-streaming",
                writable: kind !== "client-streaming",
            };
        }
        // Connect and nice-grpc: the request is a stream only in client-streaming and bidi methods.
        const type = typeOf(identifier);
        if (type && !(type.flags & ts.TypeFlags.Any) && !isAsyncIterable(type, typed.checker))
            return undefined;
        return { library: handler.library, api: "async-iterable", side: "server", readable: true, writable: false };
    }
    function compute(node, depth) {
        if (depth > MAX_DEPTH)
            return undefined;
        const expression = unwrapExpression(node);
        const type = typeOf(expression);
        if (type && typed) {
            const shape = grpcJsCallShape(type, typed.checker);
            if (shape)
                return shape.readable || shape.writable ? { ...shape, library: "grpc-js", api: "node-stream" } : undefined;
        }
        if (expression.type === AST_NODE_TYPES.CallExpression) {
            const call = recognizeCall(expression);
            // protobuf-ts (`call.responses`), grpc-web (no Node stream) and NestJS (Observables) hand
            // out streams these rules do not model yet.
            if (!call || (call.library !== "grpc-js" && call.library !== "connect" && call.library !== "nice-grpc"))
                return undefined;
            // Untyped clients (`loadPackageDefinition`, JavaScript) do not say the call type: how the
            // result is used does (only streams have 'data' events, `write()` or async iteration).
            const shape = call.callType === undefined ? { side: "client", readable: true, writable: true } : shapeOfCallType(call.callType);
            if (!shape)
                return undefined;
            return { ...shape, library: call.library, api: call.library === "grpc-js" ? "node-stream" : "async-iterable" };
        }
        if (expression.type !== AST_NODE_TYPES.Identifier)
            return undefined;
        const variable = ASTUtils.findVariable(context.sourceCode.getScope(expression), expression);
        const def = variable?.defs.length === 1 ? variable.defs[0] : undefined;
        if (!def)
            return undefined;
        if (def.type === "Parameter")
            return fromParameter(expression, def);
        if (def.type === "Variable" && def.node.id.type === AST_NODE_TYPES.Identifier && def.node.init) {
            return streamOf(def.node.init, depth + 1);
        }
        return undefined;
    }
    function streamOf(node, depth = 0) {
        const cached = cache.get(node);
        if (cached !== undefined)
            return cached ?? undefined;
        let result;
        try {
            result = compute(node, depth);
        }
        catch {
            result = undefined;
        }
        cache.set(node, result ?? null);
        return result;
    }
    return { streamOf: (node) => streamOf(node) };
}

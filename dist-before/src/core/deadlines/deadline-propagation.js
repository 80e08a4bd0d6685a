/**
 * Whether an outgoing call inside a server handler carries the incoming deadline on: grpc-js's
 * `parent: call` (which propagates deadline and cancellation), or an option value derived from
 * `call.getDeadline()` (grpc-js), `ctx.timeoutMs()` / `ctx.signal` (Connect), `context.signal`
 * (nice-grpc). Derivation is followed through local variables inside the handler only.
 */
import { AST_NODE_TYPES } from "@typescript-eslint/utils";
import { memberName, propertyKeyName, unwrap, lookupProperty, visitNodes, within } from "../syntax/index.js";
const MAX_DEPTH = 4;
/** `call.getDeadline()`, `ctx.timeoutMs()`, `ctx.signal`, `context.signal` of this handler. */
function isDeadlineSource(node, handler) {
    const target = node.type === AST_NODE_TYPES.MemberExpression ? node : undefined;
    if (!target)
        return false;
    const object = unwrap(target.object);
    if (object.type !== AST_NODE_TYPES.Identifier)
        return false;
    const name = memberName(target);
    if (handler.library === "grpc-js")
        return object.name === handler.callParam?.name && name === "getDeadline";
    // NestJS: the grpc-js server call is the handler's third parameter.
    if (handler.library === "nestjs")
        return object.name === handler.contextParam?.name && name === "getDeadline";
    if (object.name !== handler.contextParam?.name)
        return false;
    return name === "signal" || (handler.library === "connect" && (name === "timeoutMs" || name === "deadline"));
}
/** `deadlineFrom(call)`, `timeoutFrom(ctx)`: a helper given the incoming call derives from it. */
function passesIncomingCall(node, handler) {
    if (node.type !== AST_NODE_TYPES.CallExpression)
        return false;
    const incoming = handler.library === "grpc-js" ? handler.callParam?.name : handler.contextParam?.name;
    return incoming !== undefined && node.arguments.some((argument) => argument.type === AST_NODE_TYPES.Identifier && argument.name === incoming);
}
function mentionsDeadline(node, handler, analysis, depth) {
    if (depth > MAX_DEPTH)
        return false;
    let found = false;
    visitNodes(node, (child) => {
        if (found)
            return;
        if (isDeadlineSource(child, handler) || passesIncomingCall(child, handler)) {
            found = true;
            return;
        }
        if (child.type !== AST_NODE_TYPES.Identifier || child === node.parent)
            return;
        // A local variable of the handler: follow what it was given.
        for (const write of analysis.estree.writesOf(child)) {
            if (within(write, handler.fn) && write !== node && mentionsDeadline(write, handler, analysis, depth + 1)) {
                found = true;
                return;
            }
        }
    });
    return found;
}
/** The object literals an options expression is built from, or undefined when some source is not one. */
function optionLiterals(options, analysis) {
    const literals = [];
    for (const source of analysis.estree.valueSources(options)) {
        if (source.type !== AST_NODE_TYPES.ObjectExpression)
            return undefined;
        literals.push(source);
    }
    return literals;
}
export function deadlinePropagation(options, handler, analysis) {
    if (!options)
        return "not-propagated";
    const parent = lookupProperty(analysis, options, "parent");
    if (parent.state === "present")
        return "propagated";
    const literals = optionLiterals(options, analysis);
    if (!literals)
        return parent.state === "unknown" ? "unknown" : mentionsDeadline(options, handler, analysis, 0) ? "propagated" : "unknown";
    for (const literal of literals) {
        for (const property of literal.properties) {
            if (property.type === AST_NODE_TYPES.SpreadElement) {
                // `{ ...deadlineOptions(call) }` and friends: what the spread holds decides.
                if (mentionsDeadline(property.argument, handler, analysis, 0))
                    return "propagated";
                if (optionLiterals(property.argument, analysis) === undefined)
                    return "unknown";
                continue;
            }
            if (propertyKeyName(property) === undefined && property.computed)
                return "unknown";
            if (mentionsDeadline(property.value, handler, analysis, 0))
                return "propagated";
        }
    }
    return "not-propagated";
}

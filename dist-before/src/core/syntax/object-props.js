/**
 * Whether an options object has a property, following what the object is built from inside the
 * file: inline literals, variables, spreads, conditionals and helper functions' return values.
 * Typed code falls back to the type, and to declarations in other modules (ts-follow.ts).
 */
import { AST_NODE_TYPES } from "@typescript-eslint/utils";
import { propertyKeyName, unwrap } from "./estree-trace.js";
import { isFunctionNode } from "./walk.js";
import { combine } from "./property-lookup.js";
import { tsLookupProperty } from "./ts-follow.js";
export { combine } from "./property-lookup.js";
const MAX_DEPTH = 8;
/** Looks `name` up on the object an expression evaluates to. "unknown" means: do not guess. */
export function lookupProperty(analysis, node, name, depth = 0) {
    if (depth > MAX_DEPTH)
        return { state: "unknown" };
    const sources = analysis.estree.valueSources(node);
    const results = sources.map((source) => lookupInSource(analysis, source, name, depth));
    return combine(results);
}
function lookupInSource(analysis, source, name, depth) {
    switch (source.type) {
        case AST_NODE_TYPES.ObjectExpression: {
            for (let index = source.properties.length - 1; index >= 0; index--) {
                const property = source.properties[index];
                if (property.type === AST_NODE_TYPES.SpreadElement) {
                    const spread = lookupProperty(analysis, property.argument, name, depth + 1);
                    if (spread.state !== "absent")
                        return spread;
                    continue;
                }
                if (property.computed && propertyKeyName(property) === undefined)
                    return { state: "unknown" };
                if (propertyKeyName(property) !== name)
                    continue;
                const value = unwrap(property.value);
                if (value.type === AST_NODE_TYPES.Identifier && value.name === "undefined")
                    return { state: "absent" };
                return { state: "present", value: property.value };
            }
            return { state: "absent" };
        }
        case AST_NODE_TYPES.ConditionalExpression:
            return combine([
                lookupProperty(analysis, source.consequent, name, depth + 1),
                lookupProperty(analysis, source.alternate, name, depth + 1),
            ]);
        case AST_NODE_TYPES.LogicalExpression:
            return combine([
                lookupProperty(analysis, source.left, name, depth + 1),
                lookupProperty(analysis, source.right, name, depth + 1),
            ]);
        case AST_NODE_TYPES.CallExpression: {
            const returned = returnedExpressions(analysis, source);
            if (returned.length > 0) {
                const result = combine(returned.map((value) => lookupProperty(analysis, value, name, depth + 1)));
                if (result.state !== "unknown")
                    return result;
            }
            return typedLookup(analysis, source, name);
        }
        case AST_NODE_TYPES.Literal:
            return source.value === null ? { state: "absent" } : { state: "unknown" };
        case AST_NODE_TYPES.Identifier:
            if (source.name === "undefined")
                return { state: "absent" };
            return typedLookup(analysis, source, name);
        default:
            return typedLookup(analysis, source, name);
    }
}
/** The expressions a called function (declared in this file) returns. */
export function returnedExpressions(analysis, call) {
    const returned = [];
    for (const fn of analysis.estree.valueSources(call.callee)) {
        if (fn.type !== AST_NODE_TYPES.FunctionDeclaration &&
            fn.type !== AST_NODE_TYPES.FunctionExpression &&
            fn.type !== AST_NODE_TYPES.ArrowFunctionExpression) {
            continue;
        }
        if (fn.body.type !== AST_NODE_TYPES.BlockStatement) {
            returned.push(fn.body);
            continue;
        }
        collectReturns(fn.body, returned);
    }
    return returned;
}
function collectReturns(node, into) {
    const stack = [node];
    while (stack.length > 0) {
        const current = stack.pop();
        if (current.type === AST_NODE_TYPES.ReturnStatement) {
            if (current.argument)
                into.push(current.argument);
            continue;
        }
        if (isFunctionNode(current)) {
            continue;
        }
        for (const key of ["body", "consequent", "alternate", "block", "handler", "finalizer", "cases"]) {
            const child = current[key];
            if (Array.isArray(child))
                stack.push(...child);
            else if (child && typeof child === "object" && "type" in child)
                stack.push(child);
        }
    }
}
function typedLookup(analysis, node, name) {
    const tsNode = analysis.tsNode(node);
    const checker = analysis.checker;
    if (!tsNode || !checker)
        return { state: "unknown" };
    return tsLookupProperty(checker, tsNode, name);
}

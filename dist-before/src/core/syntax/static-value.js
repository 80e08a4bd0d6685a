/**
 * Static evaluation of the expressions rules read targets and options from: literals, `const`
 * bindings, template literals with static parts, string concatenation, `process.env.X ?? "..."`
 * fallbacks, object and array literals. Works inside one file through scope analysis, and uses a
 * literal type from the checker (a `const` imported from another module) when types are there.
 */
import { ASTUtils, AST_NODE_TYPES } from "@typescript-eslint/utils";
import ts from "typescript";
import { propertyKeyName } from "./estree-trace.js";
/** Stands for a part of a value that cannot be known statically. */
export const UNKNOWN = Symbol("grpc-review.unknown");
export class StaticObject {
    known;
    open;
    constructor(known, open) {
        this.known = known;
        this.open = open;
    }
}
const UNKNOWN_PART = "x";
const MAX_DEPTH = 5;
function isProcessEnv(node) {
    let object = node;
    if (object.type === AST_NODE_TYPES.MemberExpression)
        object = object.object;
    else
        return false;
    return (object.type === AST_NODE_TYPES.MemberExpression &&
        object.object.type === AST_NODE_TYPES.Identifier &&
        object.object.name === "process" &&
        !object.computed &&
        object.property.type === AST_NODE_TYPES.Identifier &&
        object.property.name === "env");
}
export function createStaticEvaluator(context) {
    const typed = context.services;
    function initOf(identifier) {
        const variable = ASTUtils.findVariable(context.sourceCode.getScope(identifier), identifier);
        if (!variable || variable.defs.length !== 1)
            return undefined;
        const def = variable.defs[0];
        if (def.type !== "Variable" || def.node.id.type !== AST_NODE_TYPES.Identifier || !def.node.init)
            return undefined;
        const writes = variable.references.filter((reference) => reference.isWrite());
        if (def.parent.kind !== "const" && writes.length > 1)
            return undefined;
        return def.node.init;
    }
    function literalFromType(node) {
        if (!typed?.program)
            return undefined;
        const tsNode = typed.esTreeNodeToTSNodeMap.get(node);
        if (!tsNode)
            return undefined;
        const type = typed.program.getTypeChecker().getTypeAtLocation(tsNode);
        return type.flags & ts.TypeFlags.StringLiteral ? type.value : undefined;
    }
    function str(node, depth) {
        if (depth > MAX_DEPTH)
            return undefined;
        switch (node.type) {
            case AST_NODE_TYPES.Literal:
                return typeof node.value === "string" ? { text: node.value, complete: true } : undefined;
            case AST_NODE_TYPES.TemplateLiteral: {
                let text = "";
                let complete = true;
                node.quasis.forEach((quasi, index) => {
                    text += quasi.value.cooked ?? "";
                    const expression = node.expressions[index];
                    if (!expression)
                        return;
                    const part = str(expression, depth + 1);
                    text += part ? part.text : UNKNOWN_PART;
                    complete &&= part?.complete ?? false;
                });
                return { text, complete };
            }
            case AST_NODE_TYPES.BinaryExpression: {
                if (node.operator !== "+")
                    return undefined;
                const left = str(node.left, depth + 1);
                const right = str(node.right, depth + 1);
                if (!left && !right)
                    return undefined;
                return {
                    text: (left?.text ?? UNKNOWN_PART) + (right?.text ?? UNKNOWN_PART),
                    complete: Boolean(left?.complete && right?.complete),
                };
            }
            case AST_NODE_TYPES.LogicalExpression: {
                // `process.env.TARGET ?? "svc.ns.svc:443"`: the fallback is what ships unless configured.
                if ((node.operator === "??" || node.operator === "||") && isProcessEnv(node.left)) {
                    const fallback = str(node.right, depth + 1);
                    return fallback && { text: fallback.text, complete: false };
                }
                return undefined;
            }
            case AST_NODE_TYPES.Identifier: {
                const init = initOf(node);
                if (init)
                    return str(init, depth + 1);
                const fromType = literalFromType(node);
                return fromType === undefined ? undefined : { text: fromType, complete: true };
            }
            case AST_NODE_TYPES.TSAsExpression:
            case AST_NODE_TYPES.TSSatisfiesExpression:
            case AST_NODE_TYPES.TSNonNullExpression:
                return str(node.expression, depth + 1);
            case AST_NODE_TYPES.MemberExpression: {
                const value = val(node, depth);
                if (typeof value === "string")
                    return { text: value, complete: true };
                const fromType = literalFromType(node);
                return fromType === undefined ? undefined : { text: fromType, complete: true };
            }
            default:
                return undefined;
        }
    }
    function arithmetic(node, depth) {
        if (node.left.type === AST_NODE_TYPES.PrivateIdentifier)
            return undefined;
        const left = val(node.left, depth + 1);
        const right = val(node.right, depth + 1);
        if (typeof left !== "number" || typeof right !== "number")
            return undefined;
        switch (node.operator) {
            case "+": return left + right;
            case "-": return left - right;
            case "*": return left * right;
            case "/": return left / right;
            default: return undefined;
        }
    }
    function val(node, depth) {
        if (depth > MAX_DEPTH)
            return UNKNOWN;
        switch (node.type) {
            case AST_NODE_TYPES.Literal:
                return typeof node.value === "bigint" || node.value instanceof RegExp ? UNKNOWN : (node.value);
            case AST_NODE_TYPES.UnaryExpression: {
                // `-1`: a negative number literal is a unary minus on a literal.
                const inner = val(node.argument, depth + 1);
                if (typeof inner !== "number")
                    return UNKNOWN;
                if (node.operator === "-")
                    return -inner;
                return node.operator === "+" ? inner : UNKNOWN;
            }
            case AST_NODE_TYPES.TemplateLiteral:
            case AST_NODE_TYPES.BinaryExpression:
            case AST_NODE_TYPES.LogicalExpression: {
                if (node.type === AST_NODE_TYPES.BinaryExpression) {
                    // `30 * 1000`, `2 * 60 * 60 * 1000`: durations are usually written as products.
                    const number = arithmetic(node, depth);
                    if (number !== undefined)
                        return number;
                }
                const text = str(node, depth);
                return text?.complete ? text.text : UNKNOWN;
            }
            case AST_NODE_TYPES.Identifier: {
                if (node.name === "undefined")
                    return undefined;
                const init = initOf(node);
                return init ? val(init, depth + 1) : UNKNOWN;
            }
            case AST_NODE_TYPES.TSAsExpression:
            case AST_NODE_TYPES.TSSatisfiesExpression:
            case AST_NODE_TYPES.TSNonNullExpression:
                return val(node.expression, depth + 1);
            case AST_NODE_TYPES.ArrayExpression:
                // Nesting inside a literal is not an indirection: only following names counts toward the depth.
                return node.elements.map((element) => !element || element.type === AST_NODE_TYPES.SpreadElement ? UNKNOWN : val(element, depth));
            case AST_NODE_TYPES.ObjectExpression: {
                const known = {};
                let open = false;
                for (const property of node.properties) {
                    if (property.type !== AST_NODE_TYPES.Property) {
                        open = true;
                        continue;
                    }
                    const key = propertyKeyName(property);
                    if (key === undefined)
                        open = true;
                    else
                        known[key] = val(property.value, depth);
                }
                return new StaticObject(known, open);
            }
            case AST_NODE_TYPES.MemberExpression: {
                const object = val(node.object, depth + 1);
                const key = node.computed ? val(node.property, depth + 1) : node.property.name;
                if (!(object instanceof StaticObject) || (typeof key !== "string" && typeof key !== "number"))
                    return UNKNOWN;
                const hit = object.known[String(key)];
                return hit === undefined && object.open ? UNKNOWN : hit;
            }
            case AST_NODE_TYPES.CallExpression: {
                // `JSON.stringify({...})` of a literal service config: evaluate the literal itself.
                const callee = node.callee;
                if (callee.type === AST_NODE_TYPES.MemberExpression &&
                    callee.object.type === AST_NODE_TYPES.Identifier &&
                    callee.object.name === "JSON" &&
                    callee.property.type === AST_NODE_TYPES.Identifier &&
                    callee.property.name === "stringify" &&
                    node.arguments[0]) {
                    return new StringifiedValue(val(node.arguments[0], depth));
                }
                return UNKNOWN;
            }
            default:
                return UNKNOWN;
        }
    }
    function objectLiteral(node, depth = 0) {
        if (depth > MAX_DEPTH)
            return undefined;
        if (node.type === AST_NODE_TYPES.ObjectExpression)
            return node;
        if (node.type === AST_NODE_TYPES.TSAsExpression || node.type === AST_NODE_TYPES.TSSatisfiesExpression) {
            return objectLiteral(node.expression, depth + 1);
        }
        if (node.type === AST_NODE_TYPES.Identifier) {
            const init = initOf(node);
            return init ? objectLiteral(init, depth + 1) : undefined;
        }
        return undefined;
    }
    return {
        string: (node) => str(node, 0),
        value: (node) => val(node, 0),
        objectLiteral: (node) => objectLiteral(node),
    };
}
/** The value of `JSON.stringify(x)` where `x` was evaluated statically: kept as the object, not as text. */
export class StringifiedValue {
    value;
    constructor(value) {
        this.value = value;
    }
}
/** A plain JS value for a static value, or undefined when any part of it is unknown. */
export function toPlain(value) {
    if (value === UNKNOWN)
        return UNKNOWN;
    if (value instanceof StringifiedValue)
        return toPlain(value.value);
    if (Array.isArray(value))
        return value.map(toPlain);
    if (value instanceof StaticObject) {
        const plain = {};
        for (const [key, entry] of Object.entries(value.known))
            plain[key] = toPlain(entry);
        return plain;
    }
    return value;
}

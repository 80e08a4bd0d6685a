/**
 * Is a grpc-js `deadline` value an absolute time? grpc-js reads a number as epoch milliseconds,
 * so only values derived from a clock (`Date.now()`, `performance.timeOrigin`, a `Date`,
 * `getTime()`) are real deadlines; a bare duration (`5000`, `timeoutMs`) lies in 1970.
 */
import { AST_NODE_TYPES } from "@typescript-eslint/utils";
import ts from "typescript";
import { memberName, unwrap, visitNodes, returnedExpressions } from "../syntax/index.js";
/** Names that hold durations; names like `deadline`, `expiresAt` or `until` are left alone. */
const DURATION_NAME = /(?:timeout|duration|ttl|millis|seconds|secs|delay|interval|budget|(?:^|[a-z_])ms)$/i;
/** Epoch milliseconds of 2001-09-09: a literal above this is a fixed date, not a duration. */
const EPOCH_LITERAL_FLOOR = 1e12;
const MAX_DEPTH = 6;
export function deadlineKind(analysis, node, depth = 0) {
    if (depth > MAX_DEPTH)
        return "unknown";
    const sources = analysis.estree.valueSources(node);
    // Several writes to one variable: one clock-derived write is taken as intent (no guess of order).
    const kinds = sources.map((source) => sourceKind(analysis, source, depth));
    if (kinds.includes("absolute"))
        return "absolute";
    if (kinds.length > 0 && kinds.every((kind) => kind === "relative"))
        return "relative";
    return "unknown";
}
/** Branches of one expression: any branch that is a bare duration is a bug on that path. */
function branchKind(kinds) {
    if (kinds.includes("relative"))
        return "relative";
    if (kinds.length > 0 && kinds.every((kind) => kind === "absolute"))
        return "absolute";
    return "unknown";
}
function sourceKind(analysis, source, depth) {
    // Branches first: `ok ? Date.now() + 1 : 500` reads a clock on one path only.
    if (source.type === AST_NODE_TYPES.ConditionalExpression) {
        return branchKind([deadlineKind(analysis, source.consequent, depth + 1), deadlineKind(analysis, source.alternate, depth + 1)]);
    }
    if (source.type === AST_NODE_TYPES.LogicalExpression) {
        return branchKind([deadlineKind(analysis, source.left, depth + 1), deadlineKind(analysis, source.right, depth + 1)]);
    }
    if (readsClock(source))
        return "absolute";
    switch (source.type) {
        case AST_NODE_TYPES.Literal:
            if (typeof source.value === "number")
                return source.value >= EPOCH_LITERAL_FLOOR ? "absolute" : "relative";
            return "unknown";
        case AST_NODE_TYPES.Identifier:
            if (source.name === "Infinity")
                return "absolute";
            if (source.name === "undefined")
                return "unknown";
            return typedOrNamed(analysis, source, source.name);
        case AST_NODE_TYPES.MemberExpression: {
            const name = memberName(source);
            return name === undefined ? "unknown" : typedOrNamed(analysis, source, name);
        }
        case AST_NODE_TYPES.BinaryExpression: {
            if (!["+", "-", "*", "/"].includes(source.operator) || source.left.type === AST_NODE_TYPES.PrivateIdentifier)
                return "unknown";
            const left = deadlineKind(analysis, source.left, depth + 1);
            const right = deadlineKind(analysis, source.right, depth + 1);
            if (left === "absolute" || right === "absolute")
                return "absolute";
            return left === "relative" && right === "relative" ? "relative" : "unknown";
        }
        case AST_NODE_TYPES.CallExpression: {
            const callee = unwrap(source.callee);
            if (callee.type === AST_NODE_TYPES.MemberExpression && unwrap(callee.object).type === AST_NODE_TYPES.Identifier && unwrap(callee.object).name === "Math") {
                const kinds = source.arguments.map((argument) => deadlineKind(analysis, argument, depth + 1));
                if (kinds.includes("absolute"))
                    return "absolute";
                return kinds.length > 0 && kinds.every((kind) => kind === "relative") ? "relative" : "unknown";
            }
            const returned = returnedExpressions(analysis, source);
            if (returned.length > 0) {
                const kinds = returned.map((value) => deadlineKind(analysis, value, depth + 1));
                if (kinds.includes("absolute"))
                    return "absolute";
                if (kinds.every((kind) => kind === "relative"))
                    return "relative";
            }
            return typedKind(analysis, source) === "absolute" ? "absolute" : "unknown";
        }
        default:
            return typedKind(analysis, source) === "absolute" ? "absolute" : "unknown";
    }
}
/** A `Date` by type is absolute; a number named like a duration is relative; anything else is not known. */
function typedOrNamed(analysis, node, name) {
    const typed = typedKind(analysis, node);
    if (typed === "absolute")
        return typed;
    if (typed === "not-number")
        return "unknown";
    return DURATION_NAME.test(name) ? "relative" : "unknown";
}
function typedKind(analysis, node) {
    const tsNode = analysis.tsNode(node);
    const checker = analysis.checker;
    if (!tsNode || !checker)
        return undefined;
    const type = checker.getTypeAtLocation(tsNode);
    if (type.flags & (ts.TypeFlags.Any | ts.TypeFlags.Unknown))
        return undefined;
    if ((type.aliasSymbol ?? type.getSymbol())?.getName() === "Date")
        return "absolute";
    if (!(checker.getNonNullableType(type).flags & ts.TypeFlags.NumberLike))
        return "not-number";
    return undefined;
}
/** Whether an expression reads a wall clock anywhere inside it. */
export function readsClock(node) {
    let found = false;
    visitNodes(node, (inner) => {
        if (found)
            return;
        if (inner.type === AST_NODE_TYPES.NewExpression) {
            const ctor = unwrap(inner.callee);
            if (ctor.type === AST_NODE_TYPES.Identifier && ctor.name === "Date")
                found = true;
            return;
        }
        if (inner.type === AST_NODE_TYPES.MemberExpression) {
            const object = unwrap(inner.object);
            const name = memberName(inner);
            const objectName = object.type === AST_NODE_TYPES.Identifier ? object.name : undefined;
            if (objectName === "Date" && (name === "now" || name === "parse" || name === "UTC"))
                found = true;
            if (objectName === "performance" && name === "timeOrigin")
                found = true;
            if (name === "getTime" || name === "valueOf")
                found = true;
        }
    });
    return found;
}

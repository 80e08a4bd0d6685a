/**
 * Deadlines that are already spent: an absolute deadline (grpc-js reads a `Date` or epoch
 * milliseconds, `src/deadline.ts`; nice-grpc's deadline middleware takes a `Date` as is) whose
 * clock was read once, at module load, in a constructor or field initializer, or before an
 * endless loop or a repeating callback, and that later calls reuse. The first calls get the
 * budget; every call after it has passed fails at once with DEADLINE_EXCEEDED (grpc-node #1543).
 */
import { AST_NODE_TYPES } from "@typescript-eslint/utils";
import { isFunctionNode, lookupProperty, memberName, unwrap, within } from "../syntax/index.js";
import { readsClock } from "./deadline-values.js";
/** Functions that call their callback again and again, later: timers and event listeners. */
const REPEATING_CALLEES = new Set(["setInterval", "on", "addListener", "addEventListener", "subscribe"]);
function enclosingFunction(node) {
    for (let current = node.parent; current; current = current.parent) {
        if (isFunctionNode(current))
            return current;
    }
    return undefined;
}
/** A class field initializer or a constructor: evaluated once per instance. */
function perInstance(node) {
    for (let current = node.parent; current; current = current.parent) {
        if (current.type === AST_NODE_TYPES.PropertyDefinition && current.value && within(node, current.value))
            return true;
        if (isFunctionNode(current)) {
            return current.parent?.type === AST_NODE_TYPES.MethodDefinition && current.parent.kind === "constructor";
        }
    }
    return false;
}
/** `while (true)`, `for (;;)`: a loop that never ends on its own. */
function isEndlessLoop(node) {
    if (node.type === AST_NODE_TYPES.ForStatement)
        return node.test === null || (node.test.type === AST_NODE_TYPES.Literal && node.test.value === true);
    if (node.type === AST_NODE_TYPES.WhileStatement || node.type === AST_NODE_TYPES.DoWhileStatement) {
        return node.test.type === AST_NODE_TYPES.Literal && node.test.value === true;
    }
    return false;
}
function isRepeatingCallback(fn) {
    const call = fn.parent;
    if (call?.type !== AST_NODE_TYPES.CallExpression || !call.arguments.includes(fn))
        return false;
    const callee = unwrap(call.callee);
    const name = callee.type === AST_NODE_TYPES.Identifier ? callee.name : callee.type === AST_NODE_TYPES.MemberExpression ? memberName(callee) : undefined;
    return name !== undefined && REPEATING_CALLEES.has(name);
}
/**
 * Whether, between where the deadline was computed and the call, there is an endless loop or a
 * repeating callback: the call runs many times with one deadline.
 */
function repeatsAfter(computed, call) {
    for (let current = call.parent; current; current = current.parent) {
        if (within(computed, current))
            return false;
        if (isEndlessLoop(current))
            return true;
        if (isFunctionNode(current) && isRepeatingCallback(current))
            return true;
    }
    return false;
}
/** The clock reading a deadline expression comes from, followed through variables, fields and option objects. */
function clockSources(analysis, value) {
    return analysis.estree.valueSources(value).filter((source) => readsClock(source));
}
export function spentDeadline(analysis, call) {
    if ((call.library !== "grpc-js" && call.library !== "nice-grpc") || !call.options)
        return undefined;
    const deadline = lookupProperty(analysis, call.options, "deadline");
    if (deadline.state !== "present" || !deadline.value)
        return undefined;
    const callFunction = enclosingFunction(call.node);
    // A call at module scope runs once, with the deadline it was given.
    if (!callFunction)
        return undefined;
    let spent;
    for (const computed of clockSources(analysis, deadline.value)) {
        const verdict = classify(computed, call.node);
        // One write that reads the clock afresh (a refresh before each call) is taken as intent.
        if (!verdict)
            return undefined;
        spent ??= verdict;
    }
    return spent;
}
function classify(computed, call) {
    if (perInstance(computed))
        return perInstance(call) ? undefined : { kind: "instance", computed };
    const computedFunction = enclosingFunction(computed);
    if (!computedFunction)
        return { kind: "module", computed };
    if (within(call, computedFunction) && repeatsAfter(computed, call))
        return { kind: "repeated", computed };
    return undefined;
}

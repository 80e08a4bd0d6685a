/**
 * Local cancellation of a call that has no deadline: an abort signal in its options, a timer
 * that cancels it, or a `Promise.race` against a timer. These stop the client waiting, but no
 * library turns them into a `grpc-timeout` header (checked: Connect sends it from `timeoutMs`
 * only, nice-grpc's signal only calls `call.cancel()`, grpc-js sends `deadline` only), so the
 * server never learns how much time is left; a race does not even cancel the call.
 */
import { AST_NODE_TYPES } from "@typescript-eslint/utils";
import ts from "typescript";
import { lookupProperty, memberName, tsValueSources, tsUnwrap, unwrap, visitNodes, isFunctionNode } from "../syntax/index.js";
/** The option key that carries an abort signal, per library (protobuf-ts calls it `abort`). */
const SIGNAL_KEYS = ["signal", "abort"];
export function localCancellation(analysis, call) {
    if (call.options) {
        for (const key of SIGNAL_KEYS) {
            const signal = lookupProperty(analysis, call.options, key);
            if (signal.state !== "present")
                continue;
            if (signalIsTimeout(analysis, signal))
                return "AbortSignal.timeout()";
            if (signal.value && abortedByTimer(analysis, call.node, signal.value))
                return "a timer that aborts it";
            return "an abort signal";
        }
    }
    if (cancelledByTimer(analysis, call.node))
        return "a timer that aborts it";
    if (racedWithTimer(call.node))
        return "a Promise.race with a timer";
    return undefined;
}
function signalIsTimeout(analysis, signal) {
    if (signal.value)
        return analysis.estree.valueSources(signal.value).some((source) => isTimeoutSignal(analysis, source));
    if (signal.tsValue && analysis.checker) {
        const checker = analysis.checker;
        return tsValueSources(checker, signal.tsValue).some((source) => isTsTimeoutSignal(checker, source));
    }
    return false;
}
/** `AbortSignal.timeout(ms)`, or `AbortSignal.any([...])` holding one. */
function isTimeoutSignal(analysis, node) {
    if (node.type !== AST_NODE_TYPES.CallExpression)
        return false;
    const callee = unwrap(node.callee);
    if (callee.type !== AST_NODE_TYPES.MemberExpression)
        return false;
    const object = unwrap(callee.object);
    if (object.type !== AST_NODE_TYPES.Identifier || object.name !== "AbortSignal")
        return false;
    const name = memberName(callee);
    if (name === "timeout")
        return true;
    if (name !== "any")
        return false;
    const list = node.arguments[0] ? unwrap(node.arguments[0]) : undefined;
    if (list?.type !== AST_NODE_TYPES.ArrayExpression)
        return false;
    return list.elements.some((element) => element !== null && element.type !== AST_NODE_TYPES.SpreadElement && analysis.estree.valueSources(element).some((source) => isTimeoutSignal(analysis, source)));
}
function isTsTimeoutSignal(checker, node) {
    if (!ts.isCallExpression(node))
        return false;
    const callee = tsUnwrap(node.expression);
    if (!ts.isPropertyAccessExpression(callee) || !ts.isIdentifier(callee.expression) || callee.expression.text !== "AbortSignal")
        return false;
    if (callee.name.text === "timeout")
        return true;
    const list = node.arguments[0];
    return (callee.name.text === "any" &&
        list !== undefined &&
        ts.isArrayLiteralExpression(list) &&
        list.elements.some((element) => tsValueSources(checker, element).some((source) => isTsTimeoutSignal(checker, source))));
}
function enclosingFunctionBody(node) {
    for (let current = node.parent; current; current = current.parent) {
        if (isFunctionNode(current))
            return current.body;
        if (current.type === AST_NODE_TYPES.Program)
            return current;
    }
    return undefined;
}
/** `setTimeout(() => ...)` callbacks in the same function as the call. */
function timerCallbacks(scope) {
    const callbacks = [];
    visitNodes(scope, (node) => {
        if (node.type !== AST_NODE_TYPES.CallExpression)
            return;
        const callee = unwrap(node.callee);
        const name = callee.type === AST_NODE_TYPES.Identifier ? callee.name : callee.type === AST_NODE_TYPES.MemberExpression ? memberName(callee) : undefined;
        if (name !== "setTimeout")
            return;
        const callback = node.arguments[0];
        if (callback && isFunctionNode(callback))
            callbacks.push(callback.body);
    });
    return callbacks;
}
/** Whether some timer callback calls `<name>.<method>()`. */
function timerCalls(scope, objectName, method) {
    return timerCallbacks(scope).some((body) => {
        let found = false;
        visitNodes(body, (node) => {
            if (found || node.type !== AST_NODE_TYPES.CallExpression)
                return;
            const callee = unwrap(node.callee);
            if (callee.type !== AST_NODE_TYPES.MemberExpression || memberName(callee) !== method)
                return;
            const object = unwrap(callee.object);
            if (object.type === AST_NODE_TYPES.Identifier && object.name === objectName)
                found = true;
        });
        return found;
    });
}
/** `signal: controller.signal` where a timer in the same function calls `controller.abort()`. */
function abortedByTimer(analysis, callNode, signal) {
    const scope = enclosingFunctionBody(callNode);
    if (!scope)
        return false;
    return analysis.estree.valueSources(signal).some((source) => {
        if (source.type !== AST_NODE_TYPES.MemberExpression || memberName(source) !== "signal")
            return false;
        const controller = unwrap(source.object);
        return controller.type === AST_NODE_TYPES.Identifier && timerCalls(scope, controller.name, "abort");
    });
}
/** `const call = client.m(...)` and a timer in the same function that calls `call.cancel()`. */
function cancelledByTimer(analysis, callNode) {
    void analysis;
    let holder = callNode;
    while (holder.parent && (holder.parent.type === AST_NODE_TYPES.AwaitExpression || holder.parent.type === AST_NODE_TYPES.TSAsExpression || holder.parent.type === AST_NODE_TYPES.ChainExpression)) {
        holder = holder.parent;
    }
    const declarator = holder.parent;
    let name;
    if (declarator?.type === AST_NODE_TYPES.VariableDeclarator && declarator.init === holder && declarator.id.type === AST_NODE_TYPES.Identifier)
        name = declarator.id.name;
    if (declarator?.type === AST_NODE_TYPES.AssignmentExpression && declarator.right === holder && declarator.left.type === AST_NODE_TYPES.Identifier)
        name = declarator.left.name;
    if (!name)
        return false;
    const scope = enclosingFunctionBody(callNode);
    return scope !== undefined && timerCalls(scope, name, "cancel");
}
/** The call (awaited, cast, or through a variable) is an entry of `Promise.race([...])` beside a timer. */
function racedWithTimer(callNode) {
    let entry = callNode;
    while (entry.parent && (entry.parent.type === AST_NODE_TYPES.TSAsExpression || entry.parent.type === AST_NODE_TYPES.ChainExpression))
        entry = entry.parent;
    const list = entry.parent;
    if (list?.type !== AST_NODE_TYPES.ArrayExpression)
        return false;
    const race = list.parent;
    if (race?.type !== AST_NODE_TYPES.CallExpression || race.arguments[0] !== list)
        return false;
    const callee = unwrap(race.callee);
    if (callee.type !== AST_NODE_TYPES.MemberExpression || memberName(callee) !== "race")
        return false;
    const object = unwrap(callee.object);
    if (object.type !== AST_NODE_TYPES.Identifier || object.name !== "Promise")
        return false;
    return list.elements.some((element) => element !== null && element !== entry && timerCallbacksIn(element));
}
function timerCallbacksIn(node) {
    let found = false;
    visitNodes(node, (inner) => {
        if (found || inner.type !== AST_NODE_TYPES.CallExpression)
            return;
        const callee = unwrap(inner.callee);
        const name = callee.type === AST_NODE_TYPES.Identifier ? callee.name : callee.type === AST_NODE_TYPES.MemberExpression ? memberName(callee) : undefined;
        if (name === "setTimeout" || name === "delay" || name === "sleep" || name === "timeout")
            found = true;
    });
    return found;
}

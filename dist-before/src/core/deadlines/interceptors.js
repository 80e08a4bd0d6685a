/**
 * grpc-js interceptors that give a call its deadline. An interceptor is `(options, next) =>
 * new InterceptingCall(next(options), ...)`; grpc-js hands each one a copy of the call options and
 * passes what it gives `next` on to the channel, so `next({ ...options, deadline })` or
 * `options.deadline = ...; next(options)` bounds every call that runs through it
 * (client-interceptors.js, getInterceptingCall). Interceptors come from the client's constructor
 * options or per call from `CallOptions.interceptors`; a non-empty per-call list replaces the
 * client's list, an empty one does not. Lists are followed through variables, fields, spreads,
 * `concat` and helpers that build them (in the file, and across modules when typed).
 */
import { AST_NODE_TYPES } from "@typescript-eslint/utils";
import ts from "typescript";
import { isFunctionNode, lookupProperty, memberName, returnedExpressions, tsUnwrap, tsValueSources, unwrap, visitNodes } from "../syntax/index.js";
const MAX_DEPTH = 6;
export function combineSettings(results) {
    if (results.includes("set"))
        return "set";
    if (results.every((result) => result === "unset"))
        return "unset";
    return "unknown";
}
/** Whether some interceptor in an options object's `interceptors` list sets a deadline; "absent" when the list is missing or empty. */
export function optionsInterceptorDeadline(analysis, options) {
    if (lookupProperty(analysis, options, "interceptor_providers").state !== "absent")
        return "unknown";
    const found = lookupProperty(analysis, options, "interceptors");
    if (found.state === "absent")
        return "absent";
    if (found.state === "unknown")
        return "unknown";
    if (found.value) {
        const elements = estreeElements(analysis, found.value, 0);
        if (elements === undefined)
            return "unknown";
        if (elements.length === 0)
            return "absent";
        return combineSettings(elements.map((element) => estreeInterceptor(analysis, element, 0)));
    }
    if (found.tsValue && analysis.checker)
        return tsListDeadline(analysis.checker, found.tsValue);
    return "unknown";
}
// ---------------------------------------------------------------------------------------------
// In the file
/** The functions a call goes to: declared functions, and `this.method(...)` in the same class. */
function calledFunctions(analysis, call) {
    const callee = unwrap(call.callee);
    if (callee.type === AST_NODE_TYPES.MemberExpression && unwrap(callee.object).type === AST_NODE_TYPES.ThisExpression) {
        const name = memberName(callee);
        for (let owner = call.parent; owner; owner = owner.parent) {
            if (owner.type !== AST_NODE_TYPES.ClassBody)
                continue;
            const methods = owner.body.filter((member) => member.type === AST_NODE_TYPES.MethodDefinition && member.key.type === AST_NODE_TYPES.Identifier && member.key.name === name);
            return methods.map((method) => method.value);
        }
        return [];
    }
    return analysis.estree.valueSources(call.callee).filter(isFunctionNode);
}
function functionReturns(analysis, call) {
    const methods = calledFunctions(analysis, call).filter((fn) => !analysis.estree.valueSources(call.callee).includes(fn));
    const returned = returnedExpressions(analysis, call);
    for (const fn of methods) {
        if (fn.body.type !== AST_NODE_TYPES.BlockStatement)
            returned.push(fn.body);
        else
            visitNodes(fn.body, (node) => {
                if (node.type === AST_NODE_TYPES.ReturnStatement && node.argument)
                    returned.push(node.argument);
            }, false);
    }
    return returned;
}
/** The entries of an interceptor list; undefined when some part of it cannot be seen. */
function estreeElements(analysis, node, depth) {
    if (depth > MAX_DEPTH)
        return undefined;
    const elements = [];
    for (const source of analysis.estree.valueSources(node)) {
        if (source.type === AST_NODE_TYPES.ArrayExpression) {
            for (const element of source.elements) {
                if (element === null)
                    continue;
                if (element.type === AST_NODE_TYPES.SpreadElement) {
                    const spread = estreeElements(analysis, element.argument, depth + 1);
                    if (spread === undefined)
                        return undefined;
                    elements.push(...spread);
                }
                else
                    elements.push(element);
            }
            // Entries pushed later (`list.push(interceptor)`) are as much a part of it.
            pushedEntries(analysis, node, elements);
            continue;
        }
        if (source.type === AST_NODE_TYPES.Identifier && source.name === "undefined")
            continue;
        if (source.type === AST_NODE_TYPES.CallExpression) {
            const callee = unwrap(source.callee);
            if (callee.type === AST_NODE_TYPES.MemberExpression && memberName(callee) === "concat") {
                const parts = [callee.object, ...source.arguments].map((part) => estreeElements(analysis, part, depth + 1));
                if (parts.some((part) => part === undefined))
                    return undefined;
                elements.push(...parts.flat());
                continue;
            }
            const returned = functionReturns(analysis, source);
            if (returned.length > 0) {
                const parts = returned.map((value) => estreeElements(analysis, value, depth + 1));
                if (parts.some((part) => part === undefined))
                    return undefined;
                elements.push(...parts.flat());
                continue;
            }
        }
        const tsNode = analysis.tsNode(source);
        if (tsNode && analysis.checker) {
            const setting = tsListDeadline(analysis.checker, tsNode);
            // Stand-ins for what the checker saw in another module.
            if (setting === "unknown")
                return undefined;
            if (setting !== "absent")
                elements.push(setting === "set" ? SET_MARK : UNSET_MARK);
            continue;
        }
        return undefined;
    }
    return elements;
}
const SET_MARK = { type: "Literal", value: "set" };
const UNSET_MARK = { type: "Literal", value: "unset" };
function pushedEntries(analysis, list, into) {
    const target = unwrap(list);
    if (target.type !== AST_NODE_TYPES.Identifier)
        return;
    const variable = analysis.estree.variableOf(target);
    for (const reference of variable?.references ?? []) {
        const member = reference.identifier.parent;
        if (member?.type !== AST_NODE_TYPES.MemberExpression || member.object !== reference.identifier || memberName(member) !== "push")
            continue;
        const call = member.parent;
        if (call?.type === AST_NODE_TYPES.CallExpression && call.callee === member) {
            for (const argument of call.arguments)
                if (argument.type !== AST_NODE_TYPES.SpreadElement)
                    into.push(argument);
        }
    }
}
function estreeInterceptor(analysis, element, depth) {
    if (element === SET_MARK)
        return "set";
    if (element === UNSET_MARK)
        return "unset";
    if (depth > MAX_DEPTH)
        return "unknown";
    const results = analysis.estree.valueSources(element).map((source) => {
        if (isFunctionNode(source))
            return estreeFunctionSetsDeadline(source);
        if (source.type === AST_NODE_TYPES.CallExpression) {
            const returned = functionReturns(analysis, source);
            if (returned.length > 0)
                return combineSettings(returned.map((value) => estreeInterceptor(analysis, value, depth + 1)));
        }
        const tsNode = analysis.tsNode(source);
        if (tsNode && analysis.checker)
            return tsInterceptor(analysis.checker, tsNode, new Map(), depth + 1);
        return "unknown";
    });
    return results.length === 0 ? "unknown" : combineSettings(results);
}
function isInfinity(node) {
    const target = unwrap(node);
    if (target.type === AST_NODE_TYPES.Identifier)
        return target.name === "Infinity";
    return target.type === AST_NODE_TYPES.MemberExpression && memberName(target) === "POSITIVE_INFINITY";
}
/** An interceptor function: does it put a deadline on the options it passes to `next`? */
function estreeFunctionSetsDeadline(fn) {
    const [optionsParam, nextParam] = fn.params;
    if (optionsParam?.type !== AST_NODE_TYPES.Identifier || nextParam?.type !== AST_NODE_TYPES.Identifier)
        return "unknown";
    let set = false;
    visitNodes(fn.body, (node) => {
        if (set)
            return;
        if (node.type === AST_NODE_TYPES.AssignmentExpression && node.left.type === AST_NODE_TYPES.MemberExpression && memberName(node.left) === "deadline") {
            const object = unwrap(node.left.object);
            if (object.type === AST_NODE_TYPES.Identifier && object.name === optionsParam.name && !isInfinity(node.right))
                set = true;
            return;
        }
        if (node.type !== AST_NODE_TYPES.CallExpression)
            return;
        const callee = unwrap(node.callee);
        if (callee.type !== AST_NODE_TYPES.Identifier || callee.name !== nextParam.name)
            return;
        const passed = node.arguments[0] ? unwrap(node.arguments[0]) : undefined;
        if (passed?.type !== AST_NODE_TYPES.ObjectExpression)
            return;
        for (const property of passed.properties) {
            if (property.type === AST_NODE_TYPES.Property && !property.computed && property.key.type === AST_NODE_TYPES.Identifier && property.key.name === "deadline" && !isInfinity(property.value)) {
                set = true;
            }
        }
    });
    return set ? "set" : "unset";
}
function tsFunctionLike(node) {
    return ts.isArrowFunction(node) || ts.isFunctionExpression(node) || ts.isFunctionDeclaration(node) || ts.isMethodDeclaration(node);
}
/** `this.field` with no initializer: the values the class assigns to it (`this.field = ...`). */
function tsThisFieldWrites(checker, access) {
    const symbol = checker.getSymbolAtLocation(access.name);
    const declaration = symbol?.declarations?.[0];
    const owner = declaration?.parent;
    if (!owner || !ts.isClassLike(owner))
        return [];
    const writes = [];
    const visit = (node) => {
        if (ts.isBinaryExpression(node) &&
            node.operatorToken.kind === ts.SyntaxKind.EqualsToken &&
            ts.isPropertyAccessExpression(node.left) &&
            node.left.expression.kind === ts.SyntaxKind.ThisKeyword &&
            node.left.name.text === access.name.text) {
            writes.push(node.right);
        }
        ts.forEachChild(node, visit);
    };
    ts.forEachChild(owner, visit);
    return writes;
}
function tsSources(checker, node, bindings, depth) {
    const target = tsUnwrap(node);
    if (depth > MAX_DEPTH)
        return [target];
    if (ts.isIdentifier(target)) {
        const symbol = checker.getSymbolAtLocation(target);
        const bound = symbol && bindings.get(symbol);
        if (bound)
            return tsSources(checker, bound, bindings, depth + 1);
    }
    if (ts.isPropertyAccessExpression(target) && target.expression.kind === ts.SyntaxKind.ThisKeyword) {
        const sources = tsValueSources(checker, target);
        if (sources.length === 1 && sources[0] === target) {
            const writes = tsThisFieldWrites(checker, target);
            if (writes.length > 0)
                return writes.flatMap((write) => tsSources(checker, write, bindings, depth + 1));
        }
        return sources;
    }
    return tsValueSources(checker, target);
}
/** The functions a call goes to, each with its parameters bound to the call's arguments. */
function tsCalls(checker, call, bindings, depth) {
    const found = [];
    for (const fn of tsSources(checker, call.expression, bindings, depth + 1)) {
        if (!tsFunctionLike(fn) || !fn.body)
            continue;
        const inner = new Map(bindings);
        fn.parameters.forEach((parameter, index) => {
            const symbol = ts.isIdentifier(parameter.name) ? checker.getSymbolAtLocation(parameter.name) : undefined;
            const argument = call.arguments[index];
            if (symbol && argument)
                inner.set(symbol, argument);
        });
        found.push({ fn, bindings: inner });
    }
    return found;
}
function tsReturns(fn) {
    if (!fn.body)
        return [];
    if (!ts.isBlock(fn.body))
        return [fn.body];
    const returned = [];
    const visit = (node) => {
        if (ts.isReturnStatement(node)) {
            if (node.expression)
                returned.push(node.expression);
            return;
        }
        if (ts.isFunctionLike(node))
            return;
        ts.forEachChild(node, visit);
    };
    ts.forEachChild(fn.body, visit);
    return returned;
}
function tsListDeadline(checker, list) {
    const elements = tsElements(checker, list, new Map(), 0);
    if (elements === undefined)
        return "unknown";
    if (elements.length === 0)
        return "absent";
    return combineSettings(elements.map(([element, bindings]) => tsInterceptor(checker, element, bindings, 0)));
}
function tsElements(checker, node, bindings, depth) {
    if (depth > MAX_DEPTH)
        return undefined;
    const elements = [];
    for (const source of tsSources(checker, node, bindings, depth)) {
        if (ts.isArrayLiteralExpression(source)) {
            for (const element of source.elements) {
                if (ts.isSpreadElement(element)) {
                    const spread = tsElements(checker, element.expression, bindings, depth + 1);
                    if (spread === undefined)
                        return undefined;
                    elements.push(...spread);
                }
                else
                    elements.push([element, bindings]);
            }
            for (const pushed of tsPushedEntries(checker, node))
                elements.push([pushed, bindings]);
            continue;
        }
        if (ts.isIdentifier(source) && source.text === "undefined")
            continue;
        if (ts.isCallExpression(source)) {
            const calls = tsCalls(checker, source, bindings, depth);
            if (calls.length === 0)
                return undefined;
            for (const { fn, bindings: inner } of calls) {
                for (const value of tsReturns(fn)) {
                    const part = tsElements(checker, value, inner, depth + 1);
                    if (part === undefined)
                        return undefined;
                    elements.push(...part);
                }
            }
            continue;
        }
        return undefined;
    }
    return elements;
}
/** `list.push(entry)` in the function that declares `list`. */
function tsPushedEntries(checker, list) {
    const target = tsUnwrap(list);
    if (!ts.isIdentifier(target))
        return [];
    const symbol = checker.getSymbolAtLocation(target);
    const declaration = symbol?.valueDeclaration;
    if (!symbol || !declaration || !ts.isVariableDeclaration(declaration))
        return [];
    let scope = declaration.parent;
    while (scope && !ts.isBlock(scope) && !ts.isSourceFile(scope))
        scope = scope.parent;
    if (!scope)
        return [];
    const pushed = [];
    const visit = (node) => {
        if (ts.isCallExpression(node) &&
            ts.isPropertyAccessExpression(node.expression) &&
            node.expression.name.text === "push" &&
            ts.isIdentifier(node.expression.expression) &&
            checker.getSymbolAtLocation(node.expression.expression) === symbol) {
            for (const argument of node.arguments)
                if (!ts.isSpreadElement(argument))
                    pushed.push(argument);
        }
        ts.forEachChild(node, visit);
    };
    visit(scope);
    return pushed;
}
function tsInterceptor(checker, element, bindings, depth) {
    if (depth > MAX_DEPTH)
        return "unknown";
    const results = tsSources(checker, element, bindings, depth).map((source) => {
        if (tsFunctionLike(source))
            return tsFunctionSetsDeadline(source);
        if (ts.isCallExpression(source)) {
            const calls = tsCalls(checker, source, bindings, depth);
            const settings = calls.flatMap(({ fn, bindings: inner }) => tsReturns(fn).map((value) => tsInterceptor(checker, value, inner, depth + 1)));
            return settings.length > 0 ? combineSettings(settings) : "unknown";
        }
        return "unknown";
    });
    return results.length === 0 ? "unknown" : combineSettings(results);
}
function tsIsInfinity(node) {
    const target = tsUnwrap(node);
    if (ts.isIdentifier(target))
        return target.text === "Infinity";
    return ts.isPropertyAccessExpression(target) && target.name.text === "POSITIVE_INFINITY";
}
function tsFunctionSetsDeadline(fn) {
    const [optionsParam, nextParam] = fn.parameters;
    if (!optionsParam || !nextParam || !ts.isIdentifier(optionsParam.name) || !ts.isIdentifier(nextParam.name) || !fn.body)
        return "unknown";
    const optionsName = optionsParam.name.text;
    const nextName = nextParam.name.text;
    let set = false;
    const visit = (node) => {
        if (set)
            return;
        if (ts.isBinaryExpression(node) &&
            node.operatorToken.kind === ts.SyntaxKind.EqualsToken &&
            ts.isPropertyAccessExpression(node.left) &&
            node.left.name.text === "deadline" &&
            ts.isIdentifier(node.left.expression) &&
            node.left.expression.text === optionsName &&
            !tsIsInfinity(node.right)) {
            set = true;
            return;
        }
        if (ts.isCallExpression(node) && ts.isIdentifier(node.expression) && node.expression.text === nextName) {
            const passed = node.arguments[0] && tsUnwrap(node.arguments[0]);
            if (passed && ts.isObjectLiteralExpression(passed)) {
                for (const property of passed.properties) {
                    if (property.name && ts.isIdentifier(property.name) && property.name.text === "deadline") {
                        if (!ts.isPropertyAssignment(property) || !tsIsInfinity(property.initializer))
                            set = true;
                    }
                }
            }
        }
        ts.forEachChild(node, visit);
    };
    visit(fn.body);
    return set ? "set" : "unset";
}

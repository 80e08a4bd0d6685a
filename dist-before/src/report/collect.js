/**
 * The report's ear in the review's lint pass: an ESLint rule that reports nothing and records,
 * per TypeScript file, what core recognizes (client calls with their deadline verdicts, server
 * handlers). Running inside the review means each file is parsed and type-checked once, by the
 * same program the rules use; the report never re-parses a file to find its calls.
 */
import { AST_NODE_TYPES } from "@typescript-eslint/utils";
import { fileContext, isFunctionNode, lookupProperty, propertyKeyName } from "../core/syntax/index.js";
import { grpcAnalysis } from "../core/calls/index.js";
import { deadlinePropagation, deadlineVerdict } from "../core/deadlines/index.js";
import { streamAnalysis } from "../core/streams/index.js";
/** Modules that put a gRPC client in a browser. */
const BROWSER_MODULES = /^(?:@connectrpc\/connect-web|@bufbuild\/connect-web|grpc-web|@improbable-eng\/grpc-web)$/;
/** Text signals the checklist reads; each is a fact about the code, not a verdict. */
const SIGNALS = [
    ["request-level-lb", /\b(?:round_robin|weighted_round_robin|least_request|ring_hash)\b|["'`]xds:/],
    ["interceptor", /\binterceptors\s*:|\binterceptors\.push\(|\.use\(\s*\w*(?:[Mm]iddleware|[Ii]nterceptor)/],
    ["tracing", /@opentelemetry\/|\bopentelemetry\b/],
    ["reflection", /@grpc\/reflection|grpc-reflection|grpc-server-reflection|ServerReflection/],
    ["keepalive", /grpc\.keepalive_time_ms|keepaliveTimeMs|keepalive_time/],
    ["max-connection-age", /grpc\.max_connection_age_ms/],
    ["circuit-breaker", /\bopossum\b|\bcockatiel\b|CircuitBreaker|circuitBreaker/],
];
const SERVICE_SUFFIXES = /(?:ServiceImplementation|Implementation|Handlers|Server|Client|Definition|Impl|Service)$/;
/** Identifier-like words in a piece of code, with service-ish suffixes also stripped. */
export function hintWords(text) {
    const words = new Set();
    for (const word of text.match(/[A-Za-z_$][\w$]*/g) ?? []) {
        if (word.length < 2)
            continue;
        words.add(word);
        const stripped = word.replace(SERVICE_SUFFIXES, "");
        if (stripped && stripped !== word)
            words.add(stripped);
    }
    return [...words].slice(0, 40);
}
function deadlineSourceOf(analysis, call, verdict, propagation) {
    const present = (name) => call.options !== undefined && lookupProperty(analysis, call.options, name).state === "present";
    if (propagation === "propagated" || present("parent"))
        return "propagated";
    if (verdict === "bounded")
        return present("deadline") || present("timeoutMs") || present("signal") ? "per-call" : "default";
    if (verdict === "unknown")
        return "unknown";
    return present("signal") ? "cancellation-only" : "none";
}
function clientHints(analysis, call, sourceCode) {
    const parts = [];
    const construction = call.construction?.node;
    if (construction?.type === AST_NODE_TYPES.NewExpression)
        parts.push(sourceCode.getText(construction.callee));
    else if (construction?.type === AST_NODE_TYPES.CallExpression && construction.arguments[0])
        parts.push(sourceCode.getText(construction.arguments[0]));
    const tsReceiver = analysis.tsNode(call.receiver);
    if (tsReceiver && analysis.checker) {
        try {
            parts.push(analysis.checker.typeToString(analysis.checker.getTypeAtLocation(tsReceiver)));
        }
        catch {
            // A type the checker cannot print names nothing.
        }
    }
    parts.push(sourceCode.getText(call.receiver));
    return hintWords(parts.join(" "));
}
function usesBrowserTransport(analysis, call) {
    const transport = call.construction?.transport;
    if (!transport)
        return false;
    return analysis.estree.valueSources(transport).some((source) => {
        if (source.type !== AST_NODE_TYPES.CallExpression)
            return false;
        const factory = analysis.estree.importedName(source.callee);
        return factory !== undefined && BROWSER_MODULES.test(factory.module);
    });
}
/** The implementation key of a handler function: `{ getFeature(call) {} }`, `getFeature = (...) =>`. */
function handlerKey(fn) {
    const parent = fn.parent;
    if (parent?.type === AST_NODE_TYPES.Property || parent?.type === AST_NODE_TYPES.PropertyDefinition)
        return propertyKeyName(parent);
    if (parent?.type === AST_NODE_TYPES.MethodDefinition && parent.key.type === AST_NODE_TYPES.Identifier)
        return parent.key.name;
    return undefined;
}
/** What names the service a handler belongs to: the registration call's first argument, the class's `implements`. */
function registrationHints(fn, sourceCode) {
    const parts = [];
    let container = fn.parent?.parent;
    if (container?.type === AST_NODE_TYPES.ObjectExpression) {
        const parent = container.parent;
        if (parent?.type === AST_NODE_TYPES.CallExpression && parent.arguments[0])
            parts.push(sourceCode.getText(parent.arguments[0]));
        if (parent?.type === AST_NODE_TYPES.VariableDeclarator)
            parts.push(sourceCode.getText(parent.id));
        if (parent?.type === AST_NODE_TYPES.TSSatisfiesExpression || parent?.type === AST_NODE_TYPES.TSAsExpression) {
            parts.push(sourceCode.getText(parent.typeAnnotation));
        }
    }
    if (container?.type === AST_NODE_TYPES.ClassBody) {
        container = container.parent;
        if (container.type === AST_NODE_TYPES.ClassDeclaration || container.type === AST_NODE_TYPES.ClassExpression) {
            if (container.id)
                parts.push(container.id.name);
            for (const clause of container.implements ?? [])
                parts.push(sourceCode.getText(clause));
        }
    }
    if (fn.parent?.type === AST_NODE_TYPES.CallExpression && fn.parent.arguments[0])
        parts.push(sourceCode.getText(fn.parent.arguments[0]));
    return hintWords(parts.join(" "));
}
/**
 * Where the whole-repository pass finds a function again: a method's name (ESTree starts a
 * method's function at its parameters, TypeScript at its name), else the function's own start.
 */
export function functionKeyOffset(fn) {
    // TypeScript starts a declaration at `export`/`async`; ESTree at `function` or `async`: the name is common ground.
    if (fn.type === AST_NODE_TYPES.FunctionDeclaration && fn.id)
        return fn.id.range[0];
    const parent = fn.parent;
    if ((parent?.type === AST_NODE_TYPES.Property && (parent.method || parent.kind !== "init")) || parent?.type === AST_NODE_TYPES.MethodDefinition) {
        return parent.key.range[0];
    }
    return fn.range[0];
}
/** Registration calls whose implementation object may name functions declared elsewhere. */
const REFERENCED_HANDLER_REGISTRATIONS = new Set(["addService", "service", "add"]);
/** The function a name refers to in this file: `function f() {}` or `const f = (...) => ...`. */
function declaredFunction(analysis, name) {
    const definition = analysis.estree.variableOf(name)?.defs[0];
    if (definition?.type === "FunctionName" && isFunctionNode(definition.node))
        return definition.node;
    if (definition?.type === "Variable" && definition.node.type === AST_NODE_TYPES.VariableDeclarator && definition.node.init && isFunctionNode(definition.node.init)) {
        return definition.node.init;
    }
    return undefined;
}
/** NestJS `@GrpcMethod('Service', 'Method')` / `@GrpcStreamMethod(...)` on a class method. */
function nestHandler(method) {
    for (const decorator of method.decorators ?? []) {
        const expression = decorator.expression;
        if (expression.type !== AST_NODE_TYPES.CallExpression || expression.callee.type !== AST_NODE_TYPES.Identifier)
            continue;
        const name = expression.callee.name;
        if (name !== "GrpcMethod" && name !== "GrpcStreamMethod")
            continue;
        const literal = (index) => {
            const argument = expression.arguments[index];
            return argument?.type === AST_NODE_TYPES.Literal && typeof argument.value === "string" ? argument.value : undefined;
        };
        const key = method.key.type === AST_NODE_TYPES.Identifier ? method.key.name : undefined;
        const methodName = literal(1) ?? (key ? key[0].toUpperCase() + key.slice(1) : undefined);
        return {
            start: method.key.range[0],
            line: method.loc.start.line,
            column: method.loc.start.column + 1,
            library: "nestjs",
            method: methodName,
            kind: name === "GrpcStreamMethod" ? "streaming" : "unknown",
            serviceHints: literal(0) ? [literal(0)] : [],
        };
    }
    return undefined;
}
/** The collector rule and the facts it fills, one pair per report run. */
export function createCollector() {
    const facts = new Map();
    const rule = {
        defaultOptions: [],
        meta: { type: "suggestion", messages: {}, schema: [], docs: { description: "Records gRPC facts for grpc-review report" } },
        create(context) {
            const sourceCode = context.sourceCode;
            const text = sourceCode.text;
            const file = fileContext(context);
            const imports = [];
            for (const statement of sourceCode.ast.body) {
                if ((statement.type === AST_NODE_TYPES.ImportDeclaration || statement.type === AST_NODE_TYPES.ExportNamedDeclaration || statement.type === AST_NODE_TYPES.ExportAllDeclaration) && statement.source) {
                    imports.push(String(statement.source.value));
                }
            }
            // Signals come from code, not from comments that say what is missing.
            let code = text;
            for (const comment of sourceCode.getAllComments())
                code = code.slice(0, comment.range[0]) + " ".repeat(comment.range[1] - comment.range[0]) + code.slice(comment.range[1]);
            const signals = SIGNALS.filter(([, pattern]) => pattern.test(code)).map(([name]) => name);
            const browser = imports.some((module) => BROWSER_MODULES.test(module));
            const record = { file: context.filename, callSites: [], handlers: [], imports, browser, signals };
            facts.set(context.filename, record);
            const analysis = grpcAnalysis(file);
            const hasNest = /@Grpc(?:Stream)?Method\b/.test(text);
            if (!analysis && !hasNest)
                return {};
            const streams = analysis ? streamAnalysis(file) : undefined;
            const seenHandlers = new Set();
            const noteHandler = (fn) => {
                if (!streams || seenHandlers.has(fn))
                    return;
                seenHandlers.add(fn);
                let handler;
                try {
                    handler = streams.handlers.handlerOf(fn);
                }
                catch {
                    return;
                }
                // A function merely typed as taking a server call (a helper given the call) implements no method.
                if (!handler || handlerKey(fn) === undefined)
                    return;
                const start = functionKeyOffset(fn);
                const at = sourceCode.getLocFromIndex(start);
                record.handlers.push({
                    start,
                    line: at.line,
                    column: at.column + 1,
                    library: handler.library,
                    method: handlerKey(fn),
                    kind: handler.kind,
                    serviceHints: registrationHints(fn, sourceCode),
                });
            };
            /**
             * `server.addService(def, { sayHello })` / `{ sayHello: sayHello }`: the implementation names a
             * function declared elsewhere in the file, which core's handler finder (it looks at the functions
             * written in the object) does not see. The registration says which method it implements.
             */
            const noteReferencedHandlers = (node) => {
                if (!analysis || node.callee.type !== AST_NODE_TYPES.MemberExpression || node.callee.property.type !== AST_NODE_TYPES.Identifier)
                    return;
                const registration = node.callee.property.name;
                if (!REFERENCED_HANDLER_REGISTRATIONS.has(registration) || node.arguments.length < 2)
                    return;
                const hints = node.arguments[0] ? hintWords(sourceCode.getText(node.arguments[0])) : [];
                for (const implementation of analysis.estree.valueSources(node.arguments[1])) {
                    if (implementation.type !== AST_NODE_TYPES.ObjectExpression)
                        continue;
                    for (const property of implementation.properties) {
                        if (property.type !== AST_NODE_TYPES.Property || property.value.type !== AST_NODE_TYPES.Identifier)
                            continue;
                        const key = propertyKeyName(property);
                        const fn = declaredFunction(analysis, property.value);
                        if (!key || !fn)
                            continue;
                        const start = functionKeyOffset(fn);
                        if (record.handlers.some((handler) => handler.start === start))
                            continue;
                        const at = sourceCode.getLocFromIndex(start);
                        record.handlers.push({ start, line: at.line, column: at.column + 1, library: registration === "addService" ? "grpc-js" : registration === "add" ? "nice-grpc" : "connect", method: key, kind: "unknown", serviceHints: hints });
                    }
                }
            };
            return {
                MethodDefinition(node) {
                    if (!hasNest)
                        return;
                    const nest = nestHandler(node);
                    if (nest)
                        record.handlers.push(nest);
                },
                ":function"(node) {
                    if (isFunctionNode(node))
                        noteHandler(node);
                },
                CallExpression(node) {
                    if (!analysis || !streams)
                        return;
                    try {
                        noteReferencedHandlers(node);
                    }
                    catch {
                        // An odd registration adds no handler.
                    }
                    try {
                        const call = analysis.recognizeCall(node);
                        if (!call)
                            return;
                        const verdict = deadlineVerdict(analysis, call).kind;
                        // Only a handler that implements a method counts: helpers given the call are followed by the call graph.
                        const enclosing = streams.handlers.enclosingHandler(node);
                        const handler = enclosing && handlerKey(enclosing.fn) !== undefined ? enclosing : undefined;
                        const propagation = handler && !call.optionsUncertain && call.optionsIndex !== undefined ? deadlinePropagation(call.options, handler, analysis) : handler ? "unknown" : undefined;
                        record.callSites.push({
                            start: node.range[0],
                            line: node.loc.start.line,
                            column: node.loc.start.column + 1,
                            library: call.library,
                            method: call.method,
                            callType: call.callType,
                            deadline: verdict,
                            deadlineSource: deadlineSourceOf(analysis, call, verdict, propagation),
                            ...(propagation ? { propagation } : {}),
                            ...(handler ? { handlerStart: functionKeyOffset(handler.fn) } : {}),
                            serviceHints: clientHints(analysis, call, sourceCode),
                            browser: browser && (usesBrowserTransport(analysis, call) || call.library !== "grpc-js"),
                        });
                    }
                    catch {
                        // Odd code: the call is simply not in the report.
                    }
                },
            };
        },
    };
    return { rule, facts };
}

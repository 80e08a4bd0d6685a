/**
 * What bounds a recognized call in time, per library: grpc-js `deadline` or `parent`; Connect
 * `timeoutMs` or the transport's `defaultTimeoutMs`; nice-grpc `deadline` (per call or in
 * `defaultCallOptions`) behind `deadlineMiddleware`; grpc-js interceptors that set `deadline`.
 */
import { AST_NODE_TYPES } from "@typescript-eslint/utils";
import ts from "typescript";
import { memberName, propertyKeyName, unwrap, lookupProperty, tsCallTarget, tsLookupProperty, tsReturnedExpressions, tsStaticNumber, tsValueSources } from "../syntax/index.js";
import { localCancellation } from "./cancellation.js";
import { optionsInterceptorDeadline } from "./interceptors.js";
import { grpcWebVerdict, nestVerdict, protobufTsVerdict } from "./web-and-generated.js";
import { CONNECT_CLIENT_FACTORIES, CONNECT_TRANSPORT_FACTORIES, CONNECT_TRANSPORT_MODULES, NICE_GRPC_DEADLINE_MODULE, libraryOfFile } from "../calls/index.js";
const BOUNDED = { kind: "bounded" };
const UNKNOWN = { kind: "unknown" };
const MISSING_KINDS = new Set([
    "missing-deadline",
    "missing-timeout",
    "no-deadline-middleware",
    "missing-nice-deadline",
    "missing-web-deadline",
    "missing-rpc-timeout",
    "missing-nest-deadline",
]);
/**
 * What bounds the call. A call with no deadline that is cancelled locally (a signal, a timer, a
 * race) is "cancellation-only": the rule reports that with its own message.
 */
export function deadlineVerdict(analysis, call) {
    const verdict = libraryVerdict(analysis, call);
    if (!MISSING_KINDS.has(verdict.kind))
        return verdict;
    const how = localCancellation(analysis, call);
    return how ? { kind: "cancellation-only", how } : verdict;
}
function fromGenerated(verdict, missing) {
    if (verdict === "bounded")
        return BOUNDED;
    if (verdict === "unknown")
        return UNKNOWN;
    if (verdict === "missing")
        return missing;
    return { kind: "infinite-deadline", node: verdict.infinite };
}
function libraryVerdict(analysis, call) {
    // Widened so these read the same before and after the library table names them.
    const library = call.library;
    if (library === "grpc-web")
        return fromGenerated(grpcWebVerdict(analysis, call), { kind: "missing-web-deadline" });
    if (library === "protobuf-ts")
        return fromGenerated(protobufTsVerdict(analysis, call), { kind: "missing-rpc-timeout" });
    if (library === "nestjs")
        return fromGenerated(nestVerdict(analysis, call), { kind: "missing-nest-deadline" });
    switch (call.library) {
        case "grpc-js":
            return grpcJsVerdict(analysis, call);
        case "connect":
            return connectVerdict(analysis, call);
        case "nice-grpc":
            return niceGrpcVerdict(analysis, call);
        default:
            // Libraries whose deadline options are not read yet: no verdict rather than a guess.
            return UNKNOWN;
    }
}
function grpcJsVerdict(analysis, call) {
    const infinite = infiniteDeadlineHandedOn(call.node);
    if (infinite)
        return { kind: "infinite-deadline", node: infinite };
    if (!call.options)
        return call.optionsUncertain ? UNKNOWN : fromClientInterceptors(analysis, call);
    const deadline = lookupProperty(analysis, call.options, "deadline");
    const parent = lookupProperty(analysis, call.options, "parent");
    if (deadline.state === "present") {
        return deadline.value && isInfinity(deadline.value) ? { kind: "infinite-deadline", node: deadline.value } : BOUNDED;
    }
    if (parent.state === "present")
        return BOUNDED;
    if (deadline.state === "absent" && parent.state === "absent" && !call.optionsUncertain) {
        // A non-empty per-call list replaces the client's interceptors.
        const perCall = optionsInterceptorDeadline(analysis, call.options);
        if (perCall === "set")
            return BOUNDED;
        if (perCall === "unknown")
            return UNKNOWN;
        if (perCall === "unset")
            return { kind: "missing-deadline" };
        return fromClientInterceptors(analysis, call);
    }
    return UNKNOWN;
}
/** Interceptors given to the client's constructor (`new Client(target, creds, { interceptors })`). */
function fromClientInterceptors(analysis, call) {
    const construction = call.construction ?? analysis.traceClient(call.receiver);
    const options = construction?.library === "grpc-js" ? construction.channelOptions : undefined;
    if (!options)
        return { kind: "missing-deadline" };
    const setting = optionsInterceptorDeadline(analysis, options);
    if (setting === "set")
        return BOUNDED;
    if (setting === "unknown")
        return UNKNOWN;
    return { kind: "missing-deadline" };
}
function isInfinity(node) {
    const target = unwrap(node);
    if (target.type === AST_NODE_TYPES.Identifier)
        return target.name === "Infinity";
    return target.type === AST_NODE_TYPES.MemberExpression && memberName(target) === "POSITIVE_INFINITY";
}
/**
 * `client.read(req, ...this.callArguments(opts, { deadline: Infinity }))`: options built by a
 * helper from an explicit `deadline: Infinity` state that the call is meant to have none.
 */
function infiniteDeadlineHandedOn(node) {
    for (const argument of node.arguments) {
        if (argument.type !== AST_NODE_TYPES.SpreadElement)
            continue;
        const helper = unwrap(argument.argument);
        if (helper.type !== AST_NODE_TYPES.CallExpression)
            continue;
        for (const passed of helper.arguments) {
            const object = unwrap(passed);
            if (object.type !== AST_NODE_TYPES.ObjectExpression)
                continue;
            for (const property of object.properties) {
                if (property.type === AST_NODE_TYPES.Property && propertyKeyName(property) === "deadline" && isInfinity(property.value))
                    return property.value;
            }
        }
    }
    return undefined;
}
function connectVerdict(analysis, call) {
    let perCall = { state: "absent" };
    if (call.options) {
        perCall = lookupProperty(analysis, call.options, "timeoutMs");
        if (perCall.state === "present") {
            const value = staticNumber(analysis, perCall);
            if (value !== undefined && value <= 0)
                return { kind: "timeout-disabled", node: perCall.value ?? call.options, value };
            return BOUNDED;
        }
        if (perCall.state === "unknown")
            return UNKNOWN;
    }
    const fromTransport = transportDefaultTimeout(analysis, call);
    if (fromTransport === "set")
        return BOUNDED;
    if (fromTransport === "unknown")
        return UNKNOWN;
    return { kind: "missing-timeout" };
}
function niceGrpcVerdict(analysis, call) {
    const middleware = niceDeadlineMiddleware(analysis, call);
    if (middleware === "absent")
        return { kind: "no-deadline-middleware" };
    if (middleware === "unknown")
        return UNKNOWN;
    if (call.options) {
        const perCall = lookupProperty(analysis, call.options, "deadline");
        if (perCall.state === "present")
            return BOUNDED;
        if (perCall.state === "unknown")
            return UNKNOWN;
    }
    const defaults = niceDefaultDeadline(analysis, call);
    if (defaults === "set")
        return BOUNDED;
    if (defaults === "unknown")
        return UNKNOWN;
    return { kind: "missing-nice-deadline" };
}
function staticNumber(analysis, found) {
    if (found.state !== "present")
        return undefined;
    if (found.value)
        return estreeStaticNumber(analysis, found.value);
    if (found.tsValue && analysis.checker)
        return tsStaticNumber(analysis.checker, found.tsValue);
    return undefined;
}
/** A number fixed in the code: a literal, a negated literal, or a `const` holding one. */
export function estreeStaticNumber(analysis, node) {
    const tsNode = analysis.tsNode(node);
    if (tsNode && analysis.checker)
        return tsStaticNumber(analysis.checker, tsNode);
    for (const source of analysis.estree.valueSources(node)) {
        if (source.type === AST_NODE_TYPES.Literal && typeof source.value === "number")
            return source.value;
        if (source.type === AST_NODE_TYPES.UnaryExpression && source.operator === "-") {
            const argument = unwrap(source.argument);
            if (argument.type === AST_NODE_TYPES.Literal && typeof argument.value === "number")
                return -argument.value;
        }
    }
    return undefined;
}
/** Whether the transport a Connect client was created with has a positive `defaultTimeoutMs`. */
export function transportDefaultTimeout(analysis, call) {
    const checker = analysis.checker;
    if (checker) {
        const start = call.construction?.transport ? analysis.tsNode(call.construction.transport) : call.tsConstruction?.arguments?.[1];
        const receiver = analysis.tsNode(call.receiver);
        const creation = start ? undefined : receiver && tsClientCreation(checker, receiver, (name) => Object.hasOwn(CONNECT_CLIENT_FACTORIES, name));
        const transport = start ?? creation?.arguments[1];
        const typed = transport ? tsTransportTimeout(checker, transport, 0) : "unknown";
        // Types that do not resolve (packages not installed) leave the in-file reading below.
        if (typed !== "unknown" || !call.construction?.transport)
            return typed;
    }
    const transport = call.construction?.transport;
    if (!transport)
        return "unknown";
    const results = analysis.estree.valueSources(transport).map((source) => {
        if (source.type !== AST_NODE_TYPES.CallExpression)
            return "unknown";
        const factory = analysis.estree.importedName(source.callee);
        if (!factory || !CONNECT_TRANSPORT_MODULES.includes(factory.module) || !CONNECT_TRANSPORT_FACTORIES.includes(factory.name)) {
            return "unknown";
        }
        const options = source.arguments[0];
        if (!options)
            return "unset";
        const timeout = lookupProperty(analysis, options, "defaultTimeoutMs");
        return settingOf(timeout, staticNumber(analysis, timeout));
    });
    return combineSettings(results);
}
function settingOf(found, value) {
    if (found.state === "absent")
        return "unset";
    if (found.state === "unknown")
        return "unknown";
    return value !== undefined && value <= 0 ? "unset" : "set";
}
function combineSettings(results) {
    if (results.includes("set"))
        return "set";
    if (results.length > 0 && results.every((result) => result === "unset"))
        return "unset";
    return "unknown";
}
const CONNECT_TRANSPORT_FILE = /[\\/]node_modules[\\/]@(?:connectrpc|bufbuild)[\\/]connect-(?:node|web)[\\/]/;
function tsTransportTimeout(checker, node, depth) {
    if (depth > 4)
        return "unknown";
    const results = tsValueSources(checker, node).map((source) => {
        if (!ts.isCallExpression(source))
            return "unknown";
        const target = tsCallTarget(checker, source);
        if (target && CONNECT_TRANSPORT_FILE.test(target.fileName) && CONNECT_TRANSPORT_FACTORIES.includes(target.name)) {
            const options = source.arguments[0];
            if (!options)
                return "unset";
            const timeout = tsLookupProperty(checker, options, "defaultTimeoutMs");
            const value = timeout.state === "present" && timeout.tsValue ? tsStaticNumber(checker, timeout.tsValue) : undefined;
            return settingOf(timeout, value);
        }
        // A helper that builds the transport: follow what it returns.
        const returned = tsReturnedExpressions(checker, source);
        return returned.length > 0 ? combineSettings(returned.map((value) => tsTransportTimeout(checker, value, depth + 1))) : "unknown";
    });
    return combineSettings(results);
}
/** The call that created a client, followed through variables and modules (`createClient(...)`, `factory.create(...)`). */
function tsClientCreation(checker, receiver, isFactory) {
    for (const source of tsValueSources(checker, receiver)) {
        if (!ts.isCallExpression(source))
            continue;
        const target = tsCallTarget(checker, source);
        if (target && libraryOfFile(target.fileName) && isFactory(target.name))
            return source;
    }
    return undefined;
}
/** Whether the nice-grpc client's factory uses `deadlineMiddleware`: the client type says so when typed. */
function niceDeadlineMiddleware(analysis, call) {
    const tsCall = analysis.tsNode(call.node);
    if (call.recognizedBy === "type" && tsCall && analysis.types) {
        return analysis.types.optionsHaveDeadline(tsCall, 1) ? "present" : "absent";
    }
    const construction = call.construction;
    if (!construction?.middleware)
        return "unknown";
    if (construction.middleware.some((middleware) => isDeadlineMiddleware(analysis, middleware)))
        return "present";
    return construction.middlewareKnown ? "absent" : "unknown";
}
/**
 * `deadlineMiddleware` from its package, or a middleware named like one (a re-export, the
 * package's own tests, a wrapper): taking such a name at its word avoids reports on clients
 * that do have a deadline.
 */
function isDeadlineMiddleware(analysis, node) {
    const imported = analysis.estree.importedName(node);
    if (imported?.module === NICE_GRPC_DEADLINE_MODULE && imported.name === "deadlineMiddleware")
        return true;
    let target = unwrap(node);
    if (target.type === AST_NODE_TYPES.CallExpression)
        target = unwrap(target.callee);
    const name = target.type === AST_NODE_TYPES.Identifier ? target.name : target.type === AST_NODE_TYPES.MemberExpression ? memberName(target) : undefined;
    return name !== undefined && /deadline|timeout/i.test(name);
}
/** Whether `defaultCallOptions` give every call of this method a deadline (`'*'` or the method's key). */
function niceDefaultDeadline(analysis, call) {
    const keys = ["*", call.method];
    const defaults = call.construction?.defaultCallOptions;
    if (call.construction && !defaults)
        return "unset";
    if (defaults) {
        return combineSettings(keys.map((key) => {
            const entry = lookupProperty(analysis, defaults, key);
            if (entry.state !== "present")
                return entry.state === "absent" ? "unset" : "unknown";
            if (!entry.value)
                return "unknown";
            const deadline = lookupProperty(analysis, entry.value, "deadline");
            return deadline.state === "present" ? "set" : deadline.state === "absent" ? "unset" : "unknown";
        }));
    }
    const checker = analysis.checker;
    const receiver = analysis.tsNode(call.receiver);
    if (!checker || !receiver)
        return "unknown";
    const creation = tsClientCreation(checker, receiver, (name) => name === "create" || name === "createClient");
    if (!creation)
        return "unknown";
    const tsDefaults = creation.arguments[2];
    if (!tsDefaults)
        return "unset";
    return combineSettings(keys.map((key) => {
        const entry = tsLookupProperty(checker, tsDefaults, key);
        if (entry.state !== "present")
            return entry.state === "absent" ? "unset" : "unknown";
        if (!entry.tsValue)
            return "unknown";
        const deadline = tsLookupProperty(checker, entry.tsValue, "deadline");
        return deadline.state === "present" ? "set" : deadline.state === "absent" ? "unset" : "unknown";
    }));
}

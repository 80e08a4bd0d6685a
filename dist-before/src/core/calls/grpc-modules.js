/**
 * Where gRPC client libraries live: module specifiers, the exports that build clients, and the
 * cheap text test that lets a rule skip a file with nothing gRPC-related in it.
 * ESLint-free and TypeScript-free so every layer can import it.
 */
/**
 * Module specifiers per library. `grpc` is the deprecated native package with grpc-js's API and
 * call shapes, so it counts as grpc-js. protobuf-ts clients are generated; their runtime and
 * transports live in these packages. NestJS clients come from `ClientGrpc.getService<T>()`.
 */
export const LIBRARY_MODULES = {
    "grpc-js": ["@grpc/grpc-js", "grpc"],
    connect: ["@connectrpc/connect", "@bufbuild/connect"],
    "nice-grpc": ["nice-grpc"],
    "protobuf-ts": ["@protobuf-ts/runtime-rpc", "@protobuf-ts/grpc-transport", "@protobuf-ts/grpcweb-transport", "@protobuf-ts/twirp-transport"],
    "grpc-web": ["grpc-web"],
    nestjs: ["@nestjs/microservices"],
};
/**
 * Per library, the exported type names whose values are clients (an annotation naming one
 * makes a field or parameter a client even when the package is not installed), and the names
 * whose values build clients by method (`factory.create(...)`, `clientGrpc.getService(...)`).
 */
export const CLIENT_TYPE_NAMES = {
    "grpc-js": ["Client"],
    connect: ["Client", "PromiseClient", "CallbackClient"],
    "nice-grpc": ["Client", "RawClient"],
    "protobuf-ts": [],
    "grpc-web": ["AbstractClientBase", "GrpcWebClientBase"],
    nestjs: [],
};
/** Types whose method returns a client: nice-grpc's `ClientFactory.create`, NestJS's `ClientGrpc.getService`. */
export const CLIENT_FACTORY_TYPES = {
    "nice-grpc": { ClientFactory: "create" },
    nestjs: { ClientGrpc: "getService", ClientGrpcProxy: "getService" },
};
/** Decorators that inject a NestJS `ClientGrpc` into a field (`@Client(options) client`). */
export const NEST_CLIENT_DECORATORS = ["Client"];
/** protobuf-ts transports: a generated `*Client` constructed over one of these is a protobuf-ts client. */
export const PROTOBUF_TS_TRANSPORTS = ["GrpcTransport", "GrpcWebFetchTransport", "TwirpFetchTransport"];
/** Keys of protobuf-ts `RpcOptions`: an object literal made of these is options, not an input message. */
export const PROTOBUF_TS_OPTION_KEYS = new Set([
    "meta", "timeout", "abort", "interceptors", "jsonOptions", "binaryOptions",
]);
/** protobuf-ts call types (what every generated client method returns). */
export const PROTOBUF_TS_CALL_TYPES = {
    UnaryCall: "unary",
    ServerStreamingCall: "server-stream",
    ClientStreamingCall: "client-stream",
    DuplexStreamingCall: "bidi",
};
/** Connect transports (HTTP clients that carry `defaultTimeoutMs`). */
export const CONNECT_TRANSPORT_MODULES = [
    "@connectrpc/connect-node",
    "@connectrpc/connect-web",
    "@bufbuild/connect-node",
    "@bufbuild/connect-web",
];
export const CONNECT_TRANSPORT_FACTORIES = [
    "createGrpcTransport",
    "createConnectTransport",
    "createGrpcWebTransport",
];
export const NICE_GRPC_DEADLINE_MODULE = "nice-grpc-client-middleware-deadline";
/** grpc-js exports that build a client class; `makeClientConstructor` is the same function. */
export const GRPC_JS_CLIENT_CLASS_FACTORIES = ["makeGenericClientConstructor", "makeClientConstructor"];
export const GRPC_JS_PACKAGE_LOADER = "loadPackageDefinition";
/** Connect's client factories and the call style of the client each one returns. */
export const CONNECT_CLIENT_FACTORIES = {
    createClient: "promise",
    createPromiseClient: "promise",
    createCallbackClient: "callback",
};
/** Methods every grpc-js Client has; calling one of them is not an RPC (the make*Request ones are). */
export const GRPC_JS_CLIENT_BASE_METHODS = ["close", "getChannel", "waitForReady"];
/** Methods of JavaScript's own objects: no generated client names an RPC like these. */
export const NOT_RPC_METHOD_NAMES = new Set([
    "then", "catch", "finally", "map", "filter", "forEach", "reduce", "some", "every", "flatMap", "findIndex",
    "push", "pop", "shift", "unshift", "slice", "splice", "concat", "join", "indexOf", "includes",
    "toString", "valueOf", "toJSON", "hasOwnProperty", "toFixed", "toISOString", "getTime",
    "trim", "startsWith", "endsWith", "toLowerCase", "toUpperCase", "padStart", "padEnd", "charAt", "substring",
    "emit", "addListener", "removeListener", "removeAllListeners", "stringify",
]);
/** Built-in globals: a receiver that is one of these is never a client. */
export const BUILT_IN_OBJECTS = new Set([
    "console", "Math", "JSON", "Object", "Array", "Promise", "Reflect", "Number", "String", "Boolean", "Date",
    "Symbol", "BigInt", "Intl", "Buffer", "process", "globalThis", "window", "document", "performance",
    "AbortSignal", "URL", "crypto",
]);
/** grpc-js's generic request methods on `Client.prototype`, with their call type. */
export const GRPC_JS_REQUEST_METHODS = {
    makeUnaryRequest: "unary",
    makeServerStreamRequest: "server-stream",
    makeClientStreamRequest: "client-stream",
    makeBidiStreamRequest: "bidi",
};
/** grpc-js's call-object classes, as named by a generated method's return type. */
export const GRPC_JS_CALL_TYPE_BY_RETURN = {
    ClientUnaryCall: "unary",
    ClientReadableStream: "server-stream",
    ClientWritableStream: "client-stream",
    ClientDuplexStream: "bidi",
};
/** Keys of grpc-js `CallOptions`: an object literal made of these is an options argument, not a request. */
export const GRPC_JS_CALL_OPTION_KEYS = new Set([
    "deadline",
    "host",
    "parent",
    "propagate_flags",
    "credentials",
    "interceptors",
    "interceptor_providers",
]);
/** grpc-tools generates `<name>_grpc_pb` modules whose classes extend grpc-js's Client. */
const GENERATED_GRPC_JS_MODULE = /_grpc_pb(?:\.[cm]?js)?$/;
/**
 * Modules that code generators write client classes into, per library: grpc-tools
 * `_grpc_pb`, protoc-gen-grpc-web `_grpc_web_pb` (CommonJS) and `<Service>ServiceClientPb`
 * (TypeScript), protobuf-ts `<file>.client`.
 */
const GENERATED_CLIENT_MODULES = [
    [GENERATED_GRPC_JS_MODULE, "grpc-js"],
    [/_grpc_web_pb(?:\.[cm]?js)?$|ServiceClientPb(?:\.[cm]?js)?$/, "grpc-web"],
    [/\.client(?:\.[cm]?js)?$/, "protobuf-ts"],
];
export function isGeneratedGrpcJsModule(specifier) {
    return GENERATED_GRPC_JS_MODULE.test(specifier);
}
/** The library a generated client module belongs to, from its specifier. */
export function libraryOfGeneratedModule(specifier) {
    for (const [pattern, library] of GENERATED_CLIENT_MODULES)
        if (pattern.test(specifier))
            return library;
    return undefined;
}
/** Any module a gRPC client can come from: a library package or a generated client module. */
export function isGrpcModuleSpecifier(specifier) {
    for (const modules of Object.values(LIBRARY_MODULES))
        if (modules.includes(specifier))
            return true;
    return libraryOfGeneratedModule(specifier) !== undefined;
}
export function libraryOfModule(specifier) {
    for (const [library, modules] of Object.entries(LIBRARY_MODULES)) {
        if (modules.includes(specifier))
            return library;
    }
    if (isGeneratedGrpcJsModule(specifier))
        return "grpc-js";
    return undefined;
}
const LIBRARY_PATHS = [
    [/[\\/]node_modules[\\/]@grpc[\\/]grpc-js[\\/]/, "grpc-js"],
    [/[\\/]node_modules[\\/]grpc[\\/]/, "grpc-js"],
    [/[\\/]node_modules[\\/]@(?:connectrpc|bufbuild)[\\/]connect[\\/]/, "connect"],
    [/[\\/]node_modules[\\/]nice-grpc[\\/]/, "nice-grpc"],
    [/[\\/]node_modules[\\/]@protobuf-ts[\\/](?:runtime-rpc|grpc-transport|grpcweb-transport|twirp-transport)[\\/]/, "protobuf-ts"],
    [/[\\/]node_modules[\\/]grpc-web[\\/]/, "grpc-web"],
    [/[\\/]node_modules[\\/]@nestjs[\\/]microservices[\\/]/, "nestjs"],
];
/** The library a declaration file belongs to, from its path (types resolve into node_modules). */
export function libraryOfFile(fileName) {
    for (const [pattern, library] of LIBRARY_PATHS)
        if (pattern.test(fileName))
            return library;
    return undefined;
}
// Case-insensitive: `ClientGrpc`, `GrpcMethod` (NestJS) and `GRPCClient` wrappers name no module.
const GRPC_TEXT = /grpc|connectrpc|bufbuild\/connect|@protobuf-ts\/|\.client["']/i;
/**
 * The per-file gate for syntax: recognition without types starts from an import of a gRPC
 * module (`@grpc/grpc-js`, `nice-grpc`, a generated `_grpc_pb`, Connect), so a file whose text
 * names none of them holds nothing to find. Typed analysis adds the files whose imports reach a
 * gRPC library (see `grpc-program.ts`).
 */
export function textMayMentionGrpc(text) {
    return GRPC_TEXT.test(text);
}
const CONNECT_NODE_MODULES = ["@connectrpc/connect-node", "@bufbuild/connect-node"];
/**
 * Constructions that open their own connection. grpc-js client classes are recognized by
 * `GrpcAnalysis.construction`; Connect's web transports use `fetch`, whose connections the
 * browser pools, and are not here.
 */
export const CONNECTION_OWNERS = [
    { kind: "grpc-js-channel", construct: "NewExpression", name: "Channel", modules: LIBRARY_MODULES["grpc-js"] },
    { kind: "nice-grpc-channel", construct: "CallExpression", name: "createChannel", modules: LIBRARY_MODULES["nice-grpc"] },
    { kind: "connect-transport", construct: "CallExpression", name: "createGrpcTransport", modules: CONNECT_NODE_MODULES, http2Only: true },
    { kind: "connect-transport", construct: "CallExpression", name: "createConnectTransport", modules: CONNECT_NODE_MODULES, http2Only: true },
    { kind: "connect-transport", construct: "CallExpression", name: "createGrpcWebTransport", modules: CONNECT_NODE_MODULES, http2Only: true },
    { kind: "protobuf-ts-transport", construct: "NewExpression", name: "GrpcTransport", modules: ["@protobuf-ts/grpc-transport"] },
];
/** Methods that release a channel, client or transport (grpc-js `close`, protobuf-ts `close`). */
export const CONNECTION_CLOSE_METHODS = ["close", "destroy"];
/** Test-runner functions whose callbacks set up and tear down per test, not per production call. */
export const ONE_SHOT_TEST_CALLEES = new Set([
    "it", "test", "describe", "suite", "beforeAll", "beforeEach", "afterAll", "afterEach", "before", "after", "setup", "teardown",
]);

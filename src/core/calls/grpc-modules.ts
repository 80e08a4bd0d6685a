/**
 * Where gRPC client libraries live: module specifiers, the exports that build clients, and the
 * cheap text test that lets a rule skip a file with nothing gRPC-related in it.
 * ESLint-free and TypeScript-free so every layer can import it.
 */

export type GrpcLibrary = "grpc-js" | "connect" | "nice-grpc" | "protobuf-ts" | "grpc-web" | "nestjs" | "protobufjs";

/**
 * Module specifiers per library. `grpc` is the deprecated native package with grpc-js's API and
 * call shapes, so it counts as grpc-js. protobuf-ts clients are generated; their runtime and
 * transports live in these packages. NestJS clients come from `ClientGrpc.getService<T>()`.
 * protobufjs is imported mostly for messages, so importing it does not make a file gRPC code:
 * its services (pbjs static modules, `rpc.Service` subclasses) are recognized by their type or by
 * the protobuf package path that names them (see `isProtobufServicePath`).
 */
export const LIBRARY_MODULES: Readonly<Record<GrpcLibrary, readonly string[]>> = {
  "grpc-js": ["@grpc/grpc-js", "grpc"],
  connect: ["@connectrpc/connect", "@bufbuild/connect"],
  "nice-grpc": ["nice-grpc"],
  "protobuf-ts": ["@protobuf-ts/runtime-rpc", "@protobuf-ts/grpc-transport", "@protobuf-ts/grpcweb-transport", "@protobuf-ts/twirp-transport"],
  "grpc-web": ["grpc-web"],
  nestjs: ["@nestjs/microservices"],
  protobufjs: [],
};

/**
 * Per library, the exported type names whose values are clients (an annotation naming one
 * makes a field or parameter a client even when the package is not installed), and the names
 * whose values build clients by method (`factory.create(...)`, `clientGrpc.getService(...)`).
 */
export const CLIENT_TYPE_NAMES: Readonly<Record<GrpcLibrary, readonly string[]>> = {
  "grpc-js": ["Client"],
  connect: ["Client", "PromiseClient", "CallbackClient"],
  "nice-grpc": ["Client", "RawClient"],
  "protobuf-ts": [],
  "grpc-web": ["AbstractClientBase", "GrpcWebClientBase"],
  nestjs: [],
  protobufjs: [],
};

/** Types whose method returns a client: nice-grpc's `ClientFactory.create`, NestJS's `ClientGrpc.getService`. */
export const CLIENT_FACTORY_TYPES: Readonly<Partial<Record<GrpcLibrary, Readonly<Record<string, string>>>>> = {
  "nice-grpc": { ClientFactory: "create" },
  nestjs: { ClientGrpc: "getService", ClientGrpcProxy: "getService" },
};

/**
 * Members of protobufjs's `rpc.Service` (and the event emitter it extends): calling one is not an
 * RPC. Every other method of a service is one call through the service's `rpcImpl`
 * (`src/rpc/service.js`: `rpcCall` encodes the request and hands it to `rpcImpl(method, data,
 * callback)`); the method takes only `(request, callback?)`, so nothing per call can bound it.
 */
export const PROTOBUFJS_SERVICE_MEMBERS: ReadonlySet<string> = new Set(["rpcCall", "end", "on", "off", "emit"]);

/** Where protobufjs's declarations live (its `rpc.Service` is how a typed service is known). */
export const PROTOBUFJS_PATH = /[\\/]node_modules[\\/]protobufjs[\\/]/;

// pbjs mirrors proto packages as namespaces (lower-case segments by the proto style guide), so
// `proto.temporal.api.workflowservice.v1.WorkflowService` names a generated service class.
const PROTO_PACKAGE_SEGMENT = /^[a-z][a-z0-9_]*$/;
const PROTO_SERVICE_NAME = /^[A-Z][A-Za-z0-9]*Service$/;

/**
 * A dotted name of a pbjs static module's service: an imported root, one or more proto package
 * segments, and a name ending in `Service` (`ns.pkg.v1.FooService`).
 */
export function isProtobufServicePath(segments: readonly string[]): boolean {
  if (segments.length < 3) return false;
  const last = segments[segments.length - 1];
  return PROTO_SERVICE_NAME.test(last) && segments.slice(1, -1).every((segment) => PROTO_PACKAGE_SEGMENT.test(segment));
}

/** Decorators that inject a NestJS `ClientGrpc` into a field (`@Client(options) client`). */
export const NEST_CLIENT_DECORATORS: readonly string[] = ["Client"];

/** protobuf-ts transports: a generated `*Client` constructed over one of these is a protobuf-ts client. */
export const PROTOBUF_TS_TRANSPORTS: readonly string[] = ["GrpcTransport", "GrpcWebFetchTransport", "TwirpFetchTransport"];

/** Keys of protobuf-ts `RpcOptions`: an object literal made of these is options, not an input message. */
export const PROTOBUF_TS_OPTION_KEYS: ReadonlySet<string> = new Set([
  "meta", "timeout", "abort", "interceptors", "jsonOptions", "binaryOptions",
]);

/** protobuf-ts call types (what every generated client method returns). */
export const PROTOBUF_TS_CALL_TYPES: Readonly<Record<string, GrpcCallType>> = {
  UnaryCall: "unary",
  ServerStreamingCall: "server-stream",
  ClientStreamingCall: "client-stream",
  DuplexStreamingCall: "bidi",
};

/** Connect transports (HTTP clients that carry `defaultTimeoutMs`). */
export const CONNECT_TRANSPORT_MODULES: readonly string[] = [
  "@connectrpc/connect-node",
  "@connectrpc/connect-web",
  "@bufbuild/connect-node",
  "@bufbuild/connect-web",
];

export const CONNECT_TRANSPORT_FACTORIES: readonly string[] = [
  "createGrpcTransport",
  "createConnectTransport",
  "createGrpcWebTransport",
];

export const NICE_GRPC_DEADLINE_MODULE = "nice-grpc-client-middleware-deadline";

/** grpc-js exports that build a client class; `makeClientConstructor` is the same function. */
export const GRPC_JS_CLIENT_CLASS_FACTORIES: readonly string[] = ["makeGenericClientConstructor", "makeClientConstructor"];
export const GRPC_JS_PACKAGE_LOADER = "loadPackageDefinition";

/** Connect's client factories and the call style of the client each one returns. */
export const CONNECT_CLIENT_FACTORIES: Readonly<Record<string, "promise" | "callback">> = {
  createClient: "promise",
  createPromiseClient: "promise",
  createCallbackClient: "callback",
};

/** Methods every grpc-js Client has; calling one of them is not an RPC (the make*Request ones are). */
export const GRPC_JS_CLIENT_BASE_METHODS: readonly string[] = ["close", "getChannel", "waitForReady"];

/** Methods of JavaScript's own objects: no generated client names an RPC like these. */
export const NOT_RPC_METHOD_NAMES: ReadonlySet<string> = new Set([
  "then", "catch", "finally", "map", "filter", "forEach", "reduce", "some", "every", "flatMap", "findIndex",
  "push", "pop", "shift", "unshift", "slice", "splice", "concat", "join", "indexOf", "includes",
  "toString", "valueOf", "toJSON", "hasOwnProperty", "toFixed", "toISOString", "getTime",
  "trim", "startsWith", "endsWith", "toLowerCase", "toUpperCase", "padStart", "padEnd", "charAt", "substring",
  "emit", "addListener", "removeListener", "removeAllListeners", "stringify",
]);

/** Built-in globals: a receiver that is one of these is never a client. */
export const BUILT_IN_OBJECTS: ReadonlySet<string> = new Set([
  "console", "Math", "JSON", "Object", "Array", "Promise", "Reflect", "Number", "String", "Boolean", "Date",
  "Symbol", "BigInt", "Intl", "Buffer", "process", "globalThis", "window", "document", "performance",
  "AbortSignal", "URL", "crypto",
]);

export type GrpcCallType = "unary" | "server-stream" | "client-stream" | "bidi";

/** grpc-js's generic request methods on `Client.prototype`, with their call type. */
export const GRPC_JS_REQUEST_METHODS: Readonly<Record<string, GrpcCallType>> = {
  makeUnaryRequest: "unary",
  makeServerStreamRequest: "server-stream",
  makeClientStreamRequest: "client-stream",
  makeBidiStreamRequest: "bidi",
};

/** grpc-js's call-object classes, as named by a generated method's return type. */
export const GRPC_JS_CALL_TYPE_BY_RETURN: Readonly<Record<string, GrpcCallType>> = {
  ClientUnaryCall: "unary",
  ClientReadableStream: "server-stream",
  ClientWritableStream: "client-stream",
  ClientDuplexStream: "bidi",
};

/** Keys of grpc-js `CallOptions`: an object literal made of these is an options argument, not a request. */
export const GRPC_JS_CALL_OPTION_KEYS: ReadonlySet<string> = new Set([
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
const GENERATED_CLIENT_MODULES: readonly [RegExp, GrpcLibrary][] = [
  [GENERATED_GRPC_JS_MODULE, "grpc-js"],
  [/_grpc_web_pb(?:\.[cm]?js)?$|ServiceClientPb(?:\.[cm]?js)?$/, "grpc-web"],
  [/\.client(?:\.[cm]?js)?$/, "protobuf-ts"],
];

export function isGeneratedGrpcJsModule(specifier: string): boolean {
  return GENERATED_GRPC_JS_MODULE.test(specifier);
}

/** The library a generated client module belongs to, from its specifier. */
export function libraryOfGeneratedModule(specifier: string): GrpcLibrary | undefined {
  for (const [pattern, library] of GENERATED_CLIENT_MODULES) if (pattern.test(specifier)) return library;
  return undefined;
}

// protoc-gen-es (`_pb`, v2) and protoc-gen-connect-es (`_connect`, v1) write service descriptors;
// grpc-tools' `_grpc_pb` and protoc-gen-grpc-web's `_grpc_web_pb` are other libraries' clients.
const CONNECT_SERVICE_MODULE = /(?<!_grpc|_grpc_web)_pb(?:\.[cm]?js)?$|_connect(?:\.[cm]?js)?$/;

/** A module protoc-gen-es or protoc-gen-connect-es wrote, which exports Connect service descriptors. */
export function isConnectServiceModule(specifier: string): boolean {
  return CONNECT_SERVICE_MODULE.test(specifier);
}

// Connect's client types applied to a service descriptor, whoever re-exports them (company SDKs).
const CONNECT_CLIENT_TYPE_TEXT = /\b(?:Promise|Callback)?Client\s*<\s*typeof\s/;

/** The text names a Connect-shaped client type (`Client<typeof Service>`), wherever it is imported from. */
export function mentionsServiceClientType(text: string): boolean {
  return CONNECT_CLIENT_TYPE_TEXT.test(text);
}

/** Any module a gRPC client can come from: a library package or a generated client module. */
export function isGrpcModuleSpecifier(specifier: string): boolean {
  for (const modules of Object.values(LIBRARY_MODULES)) if (modules.includes(specifier)) return true;
  return libraryOfGeneratedModule(specifier) !== undefined;
}

export function libraryOfModule(specifier: string): GrpcLibrary | undefined {
  for (const [library, modules] of Object.entries(LIBRARY_MODULES) as [GrpcLibrary, readonly string[]][]) {
    if (modules.includes(specifier)) return library;
  }
  if (isGeneratedGrpcJsModule(specifier)) return "grpc-js";
  return undefined;
}

const LIBRARY_PATHS: readonly [RegExp, GrpcLibrary][] = [
  [/[\\/]node_modules[\\/]@grpc[\\/]grpc-js[\\/]/, "grpc-js"],
  [/[\\/]node_modules[\\/]grpc[\\/]/, "grpc-js"],
  [/[\\/]node_modules[\\/]@(?:connectrpc|bufbuild)[\\/]connect[\\/]/, "connect"],
  [/[\\/]node_modules[\\/]nice-grpc[\\/]/, "nice-grpc"],
  [/[\\/]node_modules[\\/]@protobuf-ts[\\/](?:runtime-rpc|grpc-transport|grpcweb-transport|twirp-transport)[\\/]/, "protobuf-ts"],
  [/[\\/]node_modules[\\/]grpc-web[\\/]/, "grpc-web"],
  [/[\\/]node_modules[\\/]@nestjs[\\/]microservices[\\/]/, "nestjs"],
];

/** The library a declaration file belongs to, from its path (types resolve into node_modules). */
export function libraryOfFile(fileName: string): GrpcLibrary | undefined {
  for (const [pattern, library] of LIBRARY_PATHS) if (pattern.test(fileName)) return library;
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
export function textMayMentionGrpc(text: string): boolean {
  return GRPC_TEXT.test(text) || mentionsServiceClientType(text);
}

/** What a construction that owns a connection builds (see client-lifetime.ts for the sources). */
export type ConnectionOwnerKind = "grpc-js-client" | "grpc-js-channel" | "nice-grpc-channel" | "connect-transport" | "protobuf-ts-transport";

export interface ConnectionOwner {
  kind: ConnectionOwnerKind;
  construct: "NewExpression" | "CallExpression";
  name: string;
  modules: readonly string[];
  /** Connect Node transports own a connection only over HTTP/2 (HTTP/1.1 uses Node's pooled agent). */
  http2Only?: boolean;
}

const CONNECT_NODE_MODULES = ["@connectrpc/connect-node", "@bufbuild/connect-node"];

/**
 * Constructions that open their own connection. grpc-js client classes are recognized by
 * `GrpcAnalysis.construction`; Connect's web transports use `fetch`, whose connections the
 * browser pools, and are not here.
 */
export const CONNECTION_OWNERS: readonly ConnectionOwner[] = [
  { kind: "grpc-js-channel", construct: "NewExpression", name: "Channel", modules: LIBRARY_MODULES["grpc-js"] },
  { kind: "nice-grpc-channel", construct: "CallExpression", name: "createChannel", modules: LIBRARY_MODULES["nice-grpc"] },
  { kind: "connect-transport", construct: "CallExpression", name: "createGrpcTransport", modules: CONNECT_NODE_MODULES, http2Only: true },
  { kind: "connect-transport", construct: "CallExpression", name: "createConnectTransport", modules: CONNECT_NODE_MODULES, http2Only: true },
  { kind: "connect-transport", construct: "CallExpression", name: "createGrpcWebTransport", modules: CONNECT_NODE_MODULES, http2Only: true },
  { kind: "protobuf-ts-transport", construct: "NewExpression", name: "GrpcTransport", modules: ["@protobuf-ts/grpc-transport"] },
];

/** Methods that release a channel, client or transport (grpc-js `close`, protobuf-ts `close`). */
export const CONNECTION_CLOSE_METHODS: readonly string[] = ["close", "destroy"];

/** Test-runner functions whose callbacks set up and tear down per test, not per production call. */
export const ONE_SHOT_TEST_CALLEES: ReadonlySet<string> = new Set([
  "it", "test", "describe", "suite", "beforeAll", "beforeEach", "afterAll", "afterEach", "before", "after", "setup", "teardown",
]);

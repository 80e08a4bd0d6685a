/**
 * Where gRPC client libraries live: module specifiers, the exports that build clients, and the
 * cheap text test that lets a rule skip a file with nothing gRPC-related in it.
 * ESLint-free and TypeScript-free so every layer can import it.
 */
export type GrpcLibrary = "grpc-js" | "connect" | "nice-grpc" | "protobuf-ts" | "grpc-web" | "nestjs";
/**
 * Module specifiers per library. `grpc` is the deprecated native package with grpc-js's API and
 * call shapes, so it counts as grpc-js. protobuf-ts clients are generated; their runtime and
 * transports live in these packages. NestJS clients come from `ClientGrpc.getService<T>()`.
 */
export declare const LIBRARY_MODULES: Readonly<Record<GrpcLibrary, readonly string[]>>;
/**
 * Per library, the exported type names whose values are clients (an annotation naming one
 * makes a field or parameter a client even when the package is not installed), and the names
 * whose values build clients by method (`factory.create(...)`, `clientGrpc.getService(...)`).
 */
export declare const CLIENT_TYPE_NAMES: Readonly<Record<GrpcLibrary, readonly string[]>>;
/** Types whose method returns a client: nice-grpc's `ClientFactory.create`, NestJS's `ClientGrpc.getService`. */
export declare const CLIENT_FACTORY_TYPES: Readonly<Partial<Record<GrpcLibrary, Readonly<Record<string, string>>>>>;
/** Decorators that inject a NestJS `ClientGrpc` into a field (`@Client(options) client`). */
export declare const NEST_CLIENT_DECORATORS: readonly string[];
/** protobuf-ts transports: a generated `*Client` constructed over one of these is a protobuf-ts client. */
export declare const PROTOBUF_TS_TRANSPORTS: readonly string[];
/** Keys of protobuf-ts `RpcOptions`: an object literal made of these is options, not an input message. */
export declare const PROTOBUF_TS_OPTION_KEYS: ReadonlySet<string>;
/** protobuf-ts call types (what every generated client method returns). */
export declare const PROTOBUF_TS_CALL_TYPES: Readonly<Record<string, GrpcCallType>>;
/** Connect transports (HTTP clients that carry `defaultTimeoutMs`). */
export declare const CONNECT_TRANSPORT_MODULES: readonly string[];
export declare const CONNECT_TRANSPORT_FACTORIES: readonly string[];
export declare const NICE_GRPC_DEADLINE_MODULE = "nice-grpc-client-middleware-deadline";
/** grpc-js exports that build a client class; `makeClientConstructor` is the same function. */
export declare const GRPC_JS_CLIENT_CLASS_FACTORIES: readonly string[];
export declare const GRPC_JS_PACKAGE_LOADER = "loadPackageDefinition";
/** Connect's client factories and the call style of the client each one returns. */
export declare const CONNECT_CLIENT_FACTORIES: Readonly<Record<string, "promise" | "callback">>;
/** Methods every grpc-js Client has; calling one of them is not an RPC (the make*Request ones are). */
export declare const GRPC_JS_CLIENT_BASE_METHODS: readonly string[];
/** Methods of JavaScript's own objects: no generated client names an RPC like these. */
export declare const NOT_RPC_METHOD_NAMES: ReadonlySet<string>;
/** Built-in globals: a receiver that is one of these is never a client. */
export declare const BUILT_IN_OBJECTS: ReadonlySet<string>;
export type GrpcCallType = "unary" | "server-stream" | "client-stream" | "bidi";
/** grpc-js's generic request methods on `Client.prototype`, with their call type. */
export declare const GRPC_JS_REQUEST_METHODS: Readonly<Record<string, GrpcCallType>>;
/** grpc-js's call-object classes, as named by a generated method's return type. */
export declare const GRPC_JS_CALL_TYPE_BY_RETURN: Readonly<Record<string, GrpcCallType>>;
/** Keys of grpc-js `CallOptions`: an object literal made of these is an options argument, not a request. */
export declare const GRPC_JS_CALL_OPTION_KEYS: ReadonlySet<string>;
export declare function isGeneratedGrpcJsModule(specifier: string): boolean;
/** The library a generated client module belongs to, from its specifier. */
export declare function libraryOfGeneratedModule(specifier: string): GrpcLibrary | undefined;
/** Any module a gRPC client can come from: a library package or a generated client module. */
export declare function isGrpcModuleSpecifier(specifier: string): boolean;
export declare function libraryOfModule(specifier: string): GrpcLibrary | undefined;
/** The library a declaration file belongs to, from its path (types resolve into node_modules). */
export declare function libraryOfFile(fileName: string): GrpcLibrary | undefined;
/**
 * The per-file gate for syntax: recognition without types starts from an import of a gRPC
 * module (`@grpc/grpc-js`, `nice-grpc`, a generated `_grpc_pb`, Connect), so a file whose text
 * names none of them holds nothing to find. Typed analysis adds the files whose imports reach a
 * gRPC library (see `grpc-program.ts`).
 */
export declare function textMayMentionGrpc(text: string): boolean;
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
/**
 * Constructions that open their own connection. grpc-js client classes are recognized by
 * `GrpcAnalysis.construction`; Connect's web transports use `fetch`, whose connections the
 * browser pools, and are not here.
 */
export declare const CONNECTION_OWNERS: readonly ConnectionOwner[];
/** Methods that release a channel, client or transport (grpc-js `close`, protobuf-ts `close`). */
export declare const CONNECTION_CLOSE_METHODS: readonly string[];
/** Test-runner functions whose callbacks set up and tear down per test, not per production call. */
export declare const ONE_SHOT_TEST_CALLEES: ReadonlySet<string>;

/**
 * gRPC client call recognition, shared by every TypeScript rule. Stable API:
 *
 *   const analysis = grpcAnalysis(context);      // undefined: the file holds nothing gRPC-related
 *   const call = analysis?.recognizeCall(node);  // node: a CallExpression; undefined if not an RPC
 *   call.library           "grpc-js" | "connect" | "nice-grpc"
 *   call.method            method name (makeUnaryRequest & co.: the path string when literal)
 *   call.callType          "unary" | "server-stream" | "client-stream" | "bidi" | undefined (unknown)
 *   call.receiver          the client expression the method is called on
 *   call.options           the call-options argument, if the call passes one
 *   call.optionsIndex      index where the options argument is, or would go; undefined if unknown
 *   call.optionsUncertain  an argument may be the options but cannot be told from metadata/request
 *   call.recognizedBy      "type" | "construction"
 *   call.construction      the client construction traced in this file (transport, middleware...)
 *
 *   analysis.construction(node)   a `new ...(...)` / `create...(...)` that builds a client, with
 *                                 target + channelOptions (grpc-js), transport (Connect), channel,
 *                                 defaultCallOptions, middleware (nice-grpc)
 *   analysis.traceClient(expr)    the construction an expression holds (variables, fields, objects)
 *   analysis.isGrpcJsClient(expr) a grpc-js client instance (for Client's own waitForReady & co.)
 *   analysis.typed / checker / tsNode(node)   type information when parser services have it
 *   analysis.estree               in-file tracing helpers (estree-trace.ts): valueSources, importedName
 *
 * Related modules: deadline-sources.ts (what bounds a call), deadline-values.ts (absolute or
 * relative deadline), object-props.ts + ts-follow.ts (a property of an options object, followed
 * through variables, spreads, helpers and modules), grpc-modules.ts (module and name tables).
 *
 * Types decide when the parser has them (grpc-js `Client` subclasses, Connect and nice-grpc client
 * types); without them, or on `any`, the receiver is traced inside the file to a construction.
 * One analysis per file, shared by all rules through a WeakMap on the SourceCode. Nothing throws.
 */
import { type ParserServicesWithTypeInformation, type TSESLint, type TSESTree } from "@typescript-eslint/utils";
import type { FileContext } from "../syntax/index.js";
import ts from "typescript";
import { EstreeTracer } from "../syntax/index.js";
import { GrpcClientTracer, type GrpcClientConstruction } from "./grpc-clients.js";
import { type GrpcCallType, type GrpcLibrary } from "./grpc-modules.js";
import type { ArgumentsView } from "./call-arguments.js";
import { type OptionsPosition } from "./call-arguments.js";
import { GrpcTypeOracle } from "./grpc-types.js";
export type { GrpcCallType, GrpcLibrary } from "./grpc-modules.js";
export type { GrpcClientConstruction, GrpcClientKind } from "./grpc-clients.js";
export interface GrpcCall extends OptionsPosition {
    node: TSESTree.CallExpression;
    library: GrpcLibrary;
    method: string;
    callType: GrpcCallType | undefined;
    receiver: TSESTree.Node;
    /** "origin": followed to a client through fields, parameters, returns or annotations (client-origins.ts). */
    recognizedBy: "type" | "construction" | "origin";
    construction: GrpcClientConstruction | undefined;
    /** The construction in another module, when typed and the chain reached one there. */
    tsConstruction?: ts.CallExpression | ts.NewExpression;
}
export declare class GrpcAnalysis implements ArgumentsView {
    readonly sourceCode: Readonly<TSESLint.SourceCode>;
    readonly services: ParserServicesWithTypeInformation | undefined;
    private readonly filename;
    readonly estree: EstreeTracer;
    readonly clients: GrpcClientTracer;
    readonly types: GrpcTypeOracle | undefined;
    private readonly callCache;
    private originsView;
    constructor(sourceCode: Readonly<TSESLint.SourceCode>, services: ParserServicesWithTypeInformation | undefined, filename?: string);
    get typed(): boolean;
    get checker(): ts.TypeChecker | undefined;
    tsNode(node: TSESTree.Node): ts.Node | undefined;
    /** The client construction an expression holds, traced through variables and fields in this file. */
    traceClient(receiver: TSESTree.Node): GrpcClientConstruction | undefined;
    /**
     * Recognizes an expression that builds a client: by syntax (imports of the client libraries,
     * `loadPackageDefinition` chains, `_grpc_pb` modules), else by the type it produces.
     */
    construction(node: TSESTree.Node): GrpcClientConstruction | undefined;
    /** Argument shapes (see call-arguments.ts), kept here for rules that already use them. */
    isFunctionLike(node: TSESTree.Node | undefined): boolean;
    isMetadataLike(node: TSESTree.Node | undefined): boolean;
    optionsLikeness(node: TSESTree.Node): "options" | "request" | "unknown";
    /** Whether an expression is a grpc-js client instance (by type, or traced to its construction). */
    isGrpcJsClient(receiver: TSESTree.Node): boolean;
    recognizeCall(node: TSESTree.CallExpression): GrpcCall | undefined;
    private computeCall;
    /** Classifies `receiver.name(...args)`: by types, else the construction in this file, else the receiver's origin. */
    private callOn;
    /**
     * `p(req)` where `p = promisify(stub.m.bind(stub))`, `promisify(stub.m)` or `stub.m.bind(stub)`:
     * the RPC is `stub.m`, called without its callback.
     */
    private promisifiedCall;
    /** `stub.m.bind(stub)(req)` and `stub.m.call(stub, req)`. */
    private boundCall;
    private methodReference;
    /** Where the receiver's value comes from (client-origins.ts), typed or on this file alone. */
    private originOf;
    private origins;
    private estreeAt;
    /**
     * Receivers that cannot be a client instance, known without types: built-in globals
     * (`console`, `JSON`, `Promise`...) and namespace or default imports of a package that is not
     * a gRPC library (`fs`, `axios`): a package does not export an instance of the user's service.
     */
    private isNeverAClient;
    /** The verdict types give: a library, "not-grpc" (typed, and not a client), or "unknown" (no types, `any`). */
    private typedLibrary;
    private isDefaultLibraryMember;
}
/**
 * The file's shared analysis, or undefined when the file cannot hold a gRPC call: its text names
 * no gRPC module and (typed) none of its imports reach a gRPC library.
 */
export declare function grpcAnalysis(file: FileContext): GrpcAnalysis | undefined;

/**
 * Type-based recognition (when parser services carry a program): the library a client type
 * comes from, a call's type from its signature, and which parameter takes the call options.
 * Every answer is cached per type; none of this runs on files the text gate skipped.
 */
import ts from "typescript";
import { type GrpcCallType, type GrpcLibrary } from "./grpc-modules.js";
export type TypeVerdict = GrpcLibrary | "not-grpc" | "unknown";
export declare class GrpcTypeOracle {
    readonly checker: ts.TypeChecker;
    private readonly receiverCache;
    constructor(checker: ts.TypeChecker);
    isAnyLike(type: ts.Type): boolean;
    /** grpc-js when the receiver is an instance of grpc-js's `Client` (generated classes extend it). */
    grpcJsReceiver(type: ts.Type): boolean;
    /**
     * The library whose client-method types declare the called function's signatures: Connect's
     * promise and callback clients, nice-grpc's `Client`. Factories (`createClient`, `.use`,
     * `.create`) are declared in the same packages but are not calls to a service.
     */
    libraryOfCallee(calleeType: ts.Type): GrpcLibrary | undefined;
    /**
     * The library of a generated client method, from its declaration: protobuf-ts methods return
     * `UnaryCall` & co. of `@protobuf-ts/runtime-rpc`; grpc-web methods take grpc-web `Metadata` or
     * return its `ClientReadableStream`. Read from the annotations' imports, so it answers even when
     * the package is not installed (generated code is usually committed).
     */
    libraryOfGeneratedMethod(tsCallee: ts.Node): GrpcLibrary | undefined;
    /** The library and exported name a type annotation refers to (`Promise<...>` and `| null` looked through). */
    private typeNodeSource;
    /** Whether a type is the project's own (declared outside node_modules), so a value of it may still hold a client. */
    declaredInProject(type: ts.Type): boolean;
    /** Whether the method symbol is declared by grpc-js itself (the `Client` base class), not a service. */
    isGrpcJsBaseMember(symbol: ts.Symbol | undefined): boolean;
    /** Call type from the resolved signature: grpc-js names it by return class, the others by Promise/AsyncIterable. */
    callType(call: ts.CallExpression, library: GrpcLibrary): GrpcCallType | undefined;
    private isAsyncIterable;
    /**
     * Index of the parameter that takes call options in the resolved signature: the first one
     * whose type has a `deadline` (grpc-js, nice-grpc with the middleware) or `timeoutMs` (Connect)
     * property. Undefined when no parameter has such a type (a union-typed generated signature).
     */
    optionsParameterIndex(call: ts.CallExpression): number | undefined;
    /** Whether a parameter list declares call options with `deadline` (nice-grpc: only with a deadline middleware). */
    optionsHaveDeadline(call: ts.CallExpression, index: number): boolean;
}

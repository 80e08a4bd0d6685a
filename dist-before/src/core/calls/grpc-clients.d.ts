/**
 * Recognizing gRPC client constructions in one file, by syntax: grpc-js generated or generic
 * clients, Connect clients, nice-grpc clients (with the middleware of their factory).
 */
import { type TSESTree } from "@typescript-eslint/utils";
import { EstreeTracer } from "../syntax/index.js";
import { type GrpcLibrary } from "./grpc-modules.js";
export type GrpcClientKind = 
/** A service client class: generated, from `loadPackageDefinition`, or `makeGenericClientConstructor`. */
"grpc-js-service"
/** `new grpc.Client(...)`: calls go through `makeUnaryRequest` and friends. */
 | "grpc-js-generic" | "connect-promise" | "connect-callback" | "nice-grpc";
export interface GrpcClientConstruction {
    library: GrpcLibrary;
    kind: GrpcClientKind;
    /** The `new ...(...)` or `create...(...)` expression. */
    node: TSESTree.NewExpression | TSESTree.CallExpression;
    /** grpc-js: the target address (first argument). */
    target?: TSESTree.Node;
    /** grpc-js: channel options (third argument). */
    channelOptions?: TSESTree.Node;
    /** Connect: the transport argument. */
    transport?: TSESTree.Node;
    /** nice-grpc: the channel argument. */
    channel?: TSESTree.Node;
    /** nice-grpc: the `defaultCallOptions` argument. */
    defaultCallOptions?: TSESTree.Node;
    /** nice-grpc: every `.use(...)` argument on the factory chain, outermost first; empty for `createClient`. */
    middleware?: TSESTree.Node[];
    /** nice-grpc: false when the chain could not be followed to `createClientFactory()` in this file. */
    middlewareKnown?: boolean;
}
export declare class GrpcClientTracer {
    readonly estree: EstreeTracer;
    constructor(estree: EstreeTracer);
    /** The construction a receiver expression holds, traced through variables and fields in this file. */
    traceClient(receiver: TSESTree.Node): GrpcClientConstruction | undefined;
    /** Recognizes an expression that builds a client (no tracing of the expression itself). */
    construction(node: TSESTree.Node): GrpcClientConstruction | undefined;
    private factoryCall;
    /** Follows `createClientFactory().use(a).use(b)` (through variables); undefined when it is no factory. */
    private niceGrpcFactory;
    /** Whether a nice-grpc middleware expression is `deadlineMiddleware` from its package. */
    isDeadlineMiddleware(node: TSESTree.Node): boolean;
    /** What kind of grpc-js client a constructor expression makes, if it is one. */
    private clientClassKind;
    /** `loadPackageDefinition(def).pkg.Service`, or a name holding any part of that chain. */
    private isPackageMember;
    private isPackageRoot;
}

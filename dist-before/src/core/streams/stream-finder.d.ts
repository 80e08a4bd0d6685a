/**
 * gRPC streams in one file: which expression is a grpc-js stream (client or server side, readable,
 * writable or duplex) or a Connect / nice-grpc async iterable of messages.
 *
 * Types decide when they are there (grpc-js's stream types, by where their members are declared).
 * Without them, or on `any`, an expression is followed inside its function to where it came from:
 * the `call` parameter of a server handler, or the result of a recognized streaming client call.
 */
import { type TSESTree } from "@typescript-eslint/utils";
import type { FileContext } from "../syntax/index.js";
import ts from "typescript";
import { type StreamShape, type GrpcCallType, type GrpcLibrary, type HandlerFinder } from "../calls/index.js";
/** What the call recognizer says about a client call: enough to know the stream it returns. */
export interface RecognizedClientCall {
    library: GrpcLibrary;
    callType: GrpcCallType | undefined;
}
export type ClientCallRecognizer = (call: TSESTree.CallExpression) => RecognizedClientCall | undefined;
export interface GrpcStream extends StreamShape {
    library: GrpcLibrary;
    /** grpc-js streams are Node streams (events, write); Connect and nice-grpc hand out async iterables. */
    api: "node-stream" | "async-iterable";
}
export interface StreamFinder {
    streamOf(node: TSESTree.Node): GrpcStream | undefined;
}
/** Casts, `!`, `?.` and `await` do not change which stream an expression is. */
export declare function unwrapExpression(node: TSESTree.Node): TSESTree.Node;
export declare function createStreamFinder(context: FileContext, handlers: HandlerFinder, recognizeCall: ClientCallRecognizer, typed: {
    checker: ts.TypeChecker;
    tsNode(node: TSESTree.Node): ts.Node | undefined;
} | undefined): StreamFinder;

/**
 * Recognizing grpc-js, Connect and nice-grpc values by their types. Checks go by where a member is
 * declared (the library's own declaration files), not by type names: grpc-js's stream and call
 * types are aliases of intersections, and aliases are lost as soon as a type is widened or mapped.
 */
import ts from "typescript";
/** One of grpc-js's declaration files, by base name (`call`, `server-call`, `server`). */
export declare function isGrpcJsFile(fileName: string, ...files: string[]): boolean;
export declare function isConnectFile(fileName: string): boolean;
/** nice-grpc and nice-grpc-common (where the server's `CallContext` is declared). */
export declare function isNiceGrpcFile(fileName: string): boolean;
export interface StreamShape {
    side: "client" | "server";
    readable: boolean;
    writable: boolean;
}
/**
 * The grpc-js call or stream a type is: client side (`ClientReadableStream`, `ClientWritableStream`,
 * `ClientDuplexStream`, `ClientUnaryCall`) or server side (`ServerUnaryCall`, `ServerReadableStream`,
 * `ServerWritableStream`, `ServerDuplexStream`). Unary calls come back with both flags false.
 */
export declare function grpcJsCallShape(type: ts.Type, checker: ts.TypeChecker): StreamShape | undefined;
/** Connect's `HandlerContext` (second parameter of a Connect handler). */
export declare function isConnectHandlerContext(type: ts.Type): boolean;
/** nice-grpc's server `CallContext` (second parameter of a nice-grpc handler). */
export declare function isNiceGrpcCallContext(type: ts.Type): boolean;
/** A grpc-js `Server` (or a subclass). */
export declare function isGrpcJsServer(type: ts.Type): boolean;
/** `AsyncIterable`: how Connect and nice-grpc hand out streams. */
export declare function isAsyncIterable(type: ts.Type, checker: ts.TypeChecker): boolean;

/**
 * Server handlers: the functions a gRPC server calls for each incoming RPC.
 *
 * - grpc-js: the methods of the object given to `server.addService(definition, impl)`, of an object
 *   or class typed as a generated `*Server` / `*Handlers` interface (`UntypedServiceImplementation`),
 *   and any function whose first parameter is typed as a grpc-js server call.
 * - Connect: the methods given to `router.service(Service, impl)` / `router.rpc(method, impl)`, of a
 *   `ServiceImpl<...>`, and any function whose second parameter is a `HandlerContext`.
 * - nice-grpc: the methods given to `server.add(Definition, impl)` and functions taking a `CallContext`.
 * - NestJS: controller methods decorated `@GrpcMethod` / `@GrpcStreamMethod` (data, metadata, call).
 *
 * Syntax decides first; the checker is asked only about functions that sit where a handler can.
 */
import { type TSESTree } from "@typescript-eslint/utils";
import type { FileContext } from "../syntax/index.js";
import { type FunctionNode } from "../syntax/index.js";
import { type GrpcLibrary } from "./grpc-modules.js";
export type { FunctionNode };
export type HandlerKind = "unary" | "client-streaming" | "server-streaming" | "bidi" | "unknown";
/** Libraries whose servers call handlers (NestJS handlers run on a grpc-js server). */
export type ServerLibrary = Extract<GrpcLibrary, "grpc-js" | "connect" | "nice-grpc" | "nestjs">;
export interface ServerHandler {
    library: ServerLibrary;
    fn: FunctionNode;
    kind: HandlerKind;
    /** grpc-js: the `call`; Connect and nice-grpc: the request. */
    callParam?: TSESTree.Identifier;
    /** Connect `ctx` / nice-grpc `context`. */
    contextParam?: TSESTree.Identifier;
    /** grpc-js: the unary / client-streaming `callback`. */
    callbackParam?: TSESTree.Identifier;
}
export interface HandlerFinder {
    handlerOf(fn: FunctionNode): ServerHandler | undefined;
    /** The innermost handler around a node (nested callbacks included). */
    enclosingHandler(node: TSESTree.Node): ServerHandler | undefined;
}
export declare function createHandlerFinder(file: FileContext): HandlerFinder;

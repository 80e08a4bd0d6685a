/**
 * Deadlines of the libraries whose clients are generated classes over a runtime:
 * - grpc-web: the `deadline` metadata entry, epoch milliseconds as a string. grpc-web 1.4
 *   (index.js) reads `Number(headers.deadline)`, sends `grpc-timeout: <deadline - now>m` and
 *   deletes the entry; `Infinity` becomes no timeout. Call shape `(request, metadata?, callback?)`.
 * - protobuf-ts: `RpcOptions.timeout`, a number of milliseconds or a `Date` deadline
 *   (runtime-rpc rpc-options.ts), per call or in the transport's options, which every call
 *   merges under its own (`mergeRpcOptions(this.defaultOptions, options)` in the gRPC and
 *   gRPC-web transports). Call shape `(input, options?)`.
 * - NestJS (`ClientGrpc.getService()`): Nest 9 hands the arguments on to the grpc-js client
 *   unchanged (`client[method](...args, callback)`) and builds that client with
 *   `new Client(url, credentials, channelOptions)`, so a third argument with `deadline`, or an
 *   interceptor in `channelOptions.interceptors`, is what bounds a call.
 */
import { type TSESTree } from "@typescript-eslint/utils";
import type { GrpcAnalysis, GrpcCall } from "../calls/index.js";
export type GeneratedVerdict = "bounded" | "unknown" | "missing" | {
    infinite: TSESTree.Node;
};
export declare function grpcWebVerdict(analysis: GrpcAnalysis, call: GrpcCall): GeneratedVerdict;
export declare function protobufTsVerdict(analysis: GrpcAnalysis, call: GrpcCall): GeneratedVerdict;
export declare function nestVerdict(analysis: GrpcAnalysis, call: GrpcCall): GeneratedVerdict;

import type { GrpcAnalysis, GrpcCall } from "./grpc-calls.js";
import type { GrpcCallType } from "./grpc-modules.js";
export type BrowserTransport = "connect-web" | "grpc-web-fetch" | "twirp-fetch";
export type BrowserStreamingVerdict = {
    kind: "ok";
} | {
    kind: "request-stream-in-browser";
    callType: Extract<GrpcCallType, "client-stream" | "bidi">;
    transport: BrowserTransport;
};
/**
 * Does this call stream requests over a browser transport? `callTypeOf` answers for calls whose
 * shape types do not give (untyped files): the rule looks the method up in the project's protos.
 */
export declare function browserStreamingVerdict(analysis: GrpcAnalysis, call: GrpcCall, callTypeOf?: (method: string) => GrpcCallType | undefined): BrowserStreamingVerdict;

/**
 * What bounds a recognized call in time, per library: grpc-js `deadline` or `parent`; Connect
 * `timeoutMs` or the transport's `defaultTimeoutMs`; nice-grpc `deadline` (per call or in
 * `defaultCallOptions`) behind `deadlineMiddleware`; grpc-js interceptors that set `deadline`.
 */
import { type TSESTree } from "@typescript-eslint/utils";
import { type LocalCancellation } from "./cancellation.js";
import { type GrpcAnalysis, type GrpcCall } from "../calls/index.js";
export type DeadlineVerdict = {
    kind: "bounded";
} | {
    kind: "unknown";
}
/** grpc-js: no options argument, or options without `deadline`/`parent`. */
 | {
    kind: "missing-deadline";
}
/** Connect: no `timeoutMs` and no transport default. */
 | {
    kind: "missing-timeout";
}
/** Connect: `timeoutMs <= 0` switches the transport default off. */
 | {
    kind: "timeout-disabled";
    node: TSESTree.Node;
    value: number;
}
/** nice-grpc: the client's factory has no `deadlineMiddleware`. */
 | {
    kind: "no-deadline-middleware";
}
/** nice-grpc with the middleware: no deadline per call or in `defaultCallOptions`. */
 | {
    kind: "missing-nice-deadline";
}
/** grpc-js: `deadline: Infinity` (grpc-js's own "no deadline"), per call or handed to a helper. */
 | {
    kind: "infinite-deadline";
    node: TSESTree.Node;
}
/** grpc-web: no `deadline` metadata entry. */
 | {
    kind: "missing-web-deadline";
}
/** protobuf-ts: no `timeout` per call or in the transport's options. */
 | {
    kind: "missing-rpc-timeout";
}
/** NestJS `getService()` client: no call options with `deadline` after the metadata. */
 | {
    kind: "missing-nest-deadline";
}
/** No deadline, but the call is cancelled locally: no `grpc-timeout` reaches the server. */
 | {
    kind: "cancellation-only";
    how: LocalCancellation;
};
/**
 * What bounds the call. A call with no deadline that is cancelled locally (a signal, a timer, a
 * race) is "cancellation-only": the rule reports that with its own message.
 */
export declare function deadlineVerdict(analysis: GrpcAnalysis, call: GrpcCall): DeadlineVerdict;
/** A number fixed in the code: a literal, a negated literal, or a `const` holding one. */
export declare function estreeStaticNumber(analysis: GrpcAnalysis, node: TSESTree.Node): number | undefined;
type Setting = "set" | "unset" | "unknown";
/** Whether the transport a Connect client was created with has a positive `defaultTimeoutMs`. */
export declare function transportDefaultTimeout(analysis: GrpcAnalysis, call: GrpcCall): Setting;
export {};

/**
 * Whether an outgoing call inside a server handler carries the incoming deadline on: grpc-js's
 * `parent: call` (which propagates deadline and cancellation), or an option value derived from
 * `call.getDeadline()` (grpc-js), `ctx.timeoutMs()` / `ctx.signal` (Connect), `context.signal`
 * (nice-grpc). Derivation is followed through local variables inside the handler only.
 */
import { type TSESTree } from "@typescript-eslint/utils";
import type { GrpcAnalysis, ServerHandler } from "../calls/index.js";
export type Propagation = "propagated" | "not-propagated" | "unknown";
export declare function deadlinePropagation(options: TSESTree.Node | undefined, handler: ServerHandler, analysis: GrpcAnalysis): Propagation;

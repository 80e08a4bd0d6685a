/**
 * Deadlines that are already spent: an absolute deadline (grpc-js reads a `Date` or epoch
 * milliseconds, `src/deadline.ts`; nice-grpc's deadline middleware takes a `Date` as is) whose
 * clock was read once, at module load, in a constructor or field initializer, or before an
 * endless loop or a repeating callback, and that later calls reuse. The first calls get the
 * budget; every call after it has passed fails at once with DEADLINE_EXCEEDED (grpc-node #1543).
 */
import { type TSESTree } from "@typescript-eslint/utils";
import type { GrpcAnalysis, GrpcCall } from "../calls/index.js";
export type SpentDeadline = {
    kind: "module";
    computed: TSESTree.Node;
} | {
    kind: "instance";
    computed: TSESTree.Node;
} | {
    kind: "repeated";
    computed: TSESTree.Node;
};
export declare function spentDeadline(analysis: GrpcAnalysis, call: GrpcCall): SpentDeadline | undefined;

/**
 * Is a grpc-js `deadline` value an absolute time? grpc-js reads a number as epoch milliseconds,
 * so only values derived from a clock (`Date.now()`, `performance.timeOrigin`, a `Date`,
 * `getTime()`) are real deadlines; a bare duration (`5000`, `timeoutMs`) lies in 1970.
 */
import { type TSESTree } from "@typescript-eslint/utils";
import type { GrpcAnalysis } from "../calls/index.js";
export type DeadlineKind = "absolute" | "relative" | "unknown";
export declare function deadlineKind(analysis: GrpcAnalysis, node: TSESTree.Node, depth?: number): DeadlineKind;
/** Whether an expression reads a wall clock anywhere inside it. */
export declare function readsClock(node: TSESTree.Node): boolean;

import type { GrpcAnalysis, GrpcCall } from "../calls/index.js";
/** How the call is cancelled locally, in the words the report uses. */
export type LocalCancellation = "an abort signal" | "AbortSignal.timeout()" | "a timer that aborts it" | "a Promise.race with a timer";
export declare function localCancellation(analysis: GrpcAnalysis, call: GrpcCall): LocalCancellation | undefined;

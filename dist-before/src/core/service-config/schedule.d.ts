import type { HedgingPolicy, RetryPolicy } from "./model.js";
/** grpc-js multiplies each retry backoff by a random factor in [0.8, 1.2): 1 on average. */
export declare const GRPC_JS_JITTER: {
    readonly min: 0.8;
    readonly mean: 1;
    readonly max: 1.2;
};
/**
 * When each attempt after the first starts (seconds after the call starts), if the attempts
 * themselves took no time: retries wait min(initialBackoff * multiplier^(n-1), maxBackoff) times
 * `jitter`, hedges go out every hedgingDelay. Time spent in the attempts only pushes these later.
 */
export declare function attemptStarts(policy: RetryPolicy | HedgingPolicy, attempts: number, jitter?: number): number[] | undefined;
/**
 * When some attempts do not start before `timeout` ends the call (with the given jitter, on average
 * by default): how many do (the first always does) and when the first one that does not would
 * start. Undefined when all fit.
 */
export declare function attemptsThatFit(policy: RetryPolicy | HedgingPolicy, attempts: number, timeout: number, jitter?: number): {
    fit: number;
    firstLateStart: number;
} | undefined;

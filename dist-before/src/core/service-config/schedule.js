/** grpc-js multiplies each retry backoff by a random factor in [0.8, 1.2): 1 on average. */
export const GRPC_JS_JITTER = { min: 0.8, mean: 1, max: 1.2 };
/**
 * When each attempt after the first starts (seconds after the call starts), if the attempts
 * themselves took no time: retries wait min(initialBackoff * multiplier^(n-1), maxBackoff) times
 * `jitter`, hedges go out every hedgingDelay. Time spent in the attempts only pushes these later.
 */
export function attemptStarts(policy, attempts, jitter = GRPC_JS_JITTER.mean) {
    const starts = [];
    if (policy.kind === "hedging") {
        const delay = policy.hedgingDelay ?? 0;
        for (let n = 1; n < attempts; n++)
            starts.push(n * delay);
        return starts;
    }
    const { initialBackoff, maxBackoff, backoffMultiplier } = policy;
    if (initialBackoff === undefined || maxBackoff === undefined || backoffMultiplier === undefined)
        return undefined;
    let backoff = initialBackoff;
    let elapsed = 0;
    for (let n = 1; n < attempts; n++) {
        elapsed += jitter * Math.min(backoff, maxBackoff);
        starts.push(elapsed);
        backoff = Math.min(backoff * backoffMultiplier, maxBackoff);
    }
    return starts;
}
/**
 * When some attempts do not start before `timeout` ends the call (with the given jitter, on average
 * by default): how many do (the first always does) and when the first one that does not would
 * start. Undefined when all fit.
 */
export function attemptsThatFit(policy, attempts, timeout, jitter = GRPC_JS_JITTER.mean) {
    const starts = attemptStarts(policy, attempts, jitter);
    if (!starts)
        return undefined;
    const late = starts.findIndex((start) => start >= timeout);
    return late === -1 ? undefined : { fit: late + 1, firstLateStart: starts[late] };
}

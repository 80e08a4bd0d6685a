import type { HedgingPolicy, RetryPolicy } from "./model.js";

/** grpc-js multiplies each retry backoff by a random factor in [0.8, 1.2). */
export const GRPC_JS_MIN_JITTER = 0.8;

/**
 * The earliest time (seconds after the call starts) each attempt after the first can start:
 * retries wait min(initialBackoff * multiplier^(n-1), maxBackoff) times the smallest jitter, hedges
 * go out every hedgingDelay. Time spent in the attempts themselves only pushes these later.
 */
export function earliestAttemptStarts(policy: RetryPolicy | HedgingPolicy, attempts: number): number[] | undefined {
  const starts: number[] = [];
  if (policy.kind === "hedging") {
    const delay = policy.hedgingDelay ?? 0;
    for (let n = 1; n < attempts; n++) starts.push(n * delay);
    return starts;
  }
  const { initialBackoff, maxBackoff, backoffMultiplier } = policy;
  if (initialBackoff === undefined || maxBackoff === undefined || backoffMultiplier === undefined) return undefined;
  let backoff = initialBackoff;
  let elapsed = 0;
  for (let n = 1; n < attempts; n++) {
    elapsed += GRPC_JS_MIN_JITTER * Math.min(backoff, maxBackoff);
    starts.push(elapsed);
    backoff = Math.min(backoff * backoffMultiplier, maxBackoff);
  }
  return starts;
}

/**
 * When some attempts cannot start before `timeout` ends the call: how many do fit (the first
 * always does) and when the first one that does not would start. Undefined when all fit.
 */
export function attemptsThatFit(
  policy: RetryPolicy | HedgingPolicy,
  attempts: number,
  timeout: number,
): { fit: number; firstLateStart: number } | undefined {
  const starts = earliestAttemptStarts(policy, attempts);
  if (!starts) return undefined;
  const late = starts.findIndex((start) => start >= timeout);
  return late === -1 ? undefined : { fit: late + 1, firstLateStart: starts[late]! };
}

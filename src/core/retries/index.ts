/** Hand-written retries around RPCs: where they are, which codes they retry, their caps and delays. This index is the room's public face; code outside the room imports from here. */
export { retrySites, type AttemptKind, type RetryProblem, type RetrySite } from "./retry-sites.js";
export { niceRetryProblems, type IdempotencyOf, type NiceRetryProblem } from "./nice-retry.js";

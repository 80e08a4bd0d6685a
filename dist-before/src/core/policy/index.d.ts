/** gRPC policy facts: status codes, idempotency, request de-duplication, load-balancing policies, targets. This index is the room's public face; code outside the room imports from here. */
export { idempotencyByName, methodIdempotency, repeatDuplicatesEffect, type MethodIdempotency, type VerbLists } from "./idempotency.js";
export { GRPC_JS_LB_POLICIES, balancingFromServiceConfig, balancingFromServiceConfigJson, isKnownLbPolicy, type BalancingVerdict } from "./load-balancing.js";
export { dedupFieldOf } from "./request-dedup.js";
export { NEVER_RETRY, RETRY_ONLY_IF_IDEMPOTENT, neverRetryReason, statusCodeFromEnumMember, statusCodeName, type StatusCodeName } from "./status-codes.js";
export { addressHost, classifyL4Target, isLocalAddress } from "./targets.js";
export { AIP_REQUEST_ID, fieldInfoFormat, idempotencyStory, type IdempotencyStory } from "./idempotency-level.js";

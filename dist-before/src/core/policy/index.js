/** gRPC policy facts: status codes, idempotency, request de-duplication, load-balancing policies, targets. This index is the room's public face; code outside the room imports from here. */
export { idempotencyByName, methodIdempotency, repeatDuplicatesEffect } from "./idempotency.js";
export { GRPC_JS_LB_POLICIES, balancingFromServiceConfig, balancingFromServiceConfigJson, isKnownLbPolicy } from "./load-balancing.js";
export { dedupFieldOf } from "./request-dedup.js";
export { NEVER_RETRY, RETRY_ONLY_IF_IDEMPOTENT, neverRetryReason, statusCodeFromEnumMember, statusCodeName } from "./status-codes.js";
export { addressHost, classifyL4Target, isLocalAddress } from "./targets.js";
export { AIP_REQUEST_ID, fieldInfoFormat, idempotencyStory } from "./idempotency-level.js";

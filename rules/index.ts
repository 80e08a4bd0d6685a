// The rule registry: one line per rule file, the key is the rule id and the file name.
// test/invariants.test.ts checks that this list and the rules/ folder agree.
import type { AnyRule } from "../src/util/rule-meta.js";
import noNonRetryableStatus from "./no-non-retryable-status.js";
import noRelativeDeadline from "./no-relative-deadline.js";
import noRetryNonIdempotent from "./no-retry-non-idempotent.js";
import noReusedTag from "./no-reused-tag.js";
import noWireIncompatibleChange from "./no-wire-incompatible-change.js";
import requireDeadline from "./require-deadline.js";
import requireIdempotencyKey from "./require-idempotency-key.js";
import requireReservedOnDelete from "./require-reserved-on-delete.js";
import requireRetryThrottling from "./require-retry-throttling.js";
import retryExceedsTimeout from "./retry-exceeds-timeout.js";
import validServiceConfig from "./valid-service-config.js";

export const rules: Record<string, AnyRule> = {
  "no-non-retryable-status": noNonRetryableStatus,
  "no-relative-deadline": noRelativeDeadline,
  "no-retry-non-idempotent": noRetryNonIdempotent,
  "no-reused-tag": noReusedTag,
  "no-wire-incompatible-change": noWireIncompatibleChange,
  "require-deadline": requireDeadline,
  "require-idempotency-key": requireIdempotencyKey,
  "require-reserved-on-delete": requireReservedOnDelete,
  "require-retry-throttling": requireRetryThrottling,
  "retry-exceeds-timeout": retryExceedsTimeout,
  "valid-service-config": validServiceConfig,
};

// The rule registry: one line per rule file, the key is the rule id and the file name.
// test/invariants.test.ts checks that this list and the rules/ folder agree.
import type { AnyRule } from "../src/util/rule-meta.js";
import noNonRetryableStatus from "./no-non-retryable-status.js";
import noRetryNonIdempotent from "./no-retry-non-idempotent.js";
import noReusedTag from "./no-reused-tag.js";
import requireRetryThrottling from "./require-retry-throttling.js";
import retryExceedsTimeout from "./retry-exceeds-timeout.js";
import validServiceConfig from "./valid-service-config.js";

export const rules: Record<string, AnyRule> = {
  "no-non-retryable-status": noNonRetryableStatus,
  "no-retry-non-idempotent": noRetryNonIdempotent,
  "no-reused-tag": noReusedTag,
  "require-retry-throttling": requireRetryThrottling,
  "retry-exceeds-timeout": retryExceedsTimeout,
  "valid-service-config": validServiceConfig,
};

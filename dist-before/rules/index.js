import noDeletedRpc from "./no-deleted-rpc.js";
import noJsonIncompatibleChange from "./no-json-incompatible-change.js";
import noBrowserRequestStream from "./no-browser-request-stream.js";
import noClientPerCall from "./no-client-per-call.js";
import noInsecureCredentials from "./no-insecure-credentials.js";
import noL4Target from "./no-l4-target.js";
import noMisreadTimeout from "./no-misread-timeout.js";
import noNonRetryableStatus from "./no-non-retryable-status.js";
import noRelativeDeadline from "./no-relative-deadline.js";
import noRetryNonIdempotent from "./no-retry-non-idempotent.js";
import noReusedTag from "./no-reused-tag.js";
import noSilentServiceConfigChange from "./no-silent-service-config-change.js";
import noSpentDeadline from "./no-spent-deadline.js";
import noUnboundedStreamBuffer from "./no-unbounded-stream-buffer.js";
import noUnsafeRetry from "./no-unsafe-retry.js";
import noWireIncompatibleChange from "./no-wire-incompatible-change.js";
import propagateDeadline from "./propagate-deadline.js";
import requireDeadline from "./require-deadline.js";
import requireIdempotencyKey from "./require-idempotency-key.js";
import requireIdempotencyLevel from "./require-idempotency-level.js";
import requireReservedOnDelete from "./require-reserved-on-delete.js";
import requireRetryThrottling from "./require-retry-throttling.js";
import requireServerConnectionAge from "./require-server-connection-age.js";
import requireStreamErrorHandler from "./require-stream-error-handler.js";
import noUnmatchedMethodConfig from "./no-unmatched-method-config.js";
import retryExceedsTimeout from "./retry-exceeds-timeout.js";
import validChannelOptions from "./valid-channel-options.js";
import validServiceConfig from "./valid-service-config.js";
export const rules = {
    "no-deleted-rpc": noDeletedRpc,
    "no-json-incompatible-change": noJsonIncompatibleChange,
    "no-browser-request-stream": noBrowserRequestStream,
    "no-client-per-call": noClientPerCall,
    "no-insecure-credentials": noInsecureCredentials,
    "no-l4-target": noL4Target,
    "no-misread-timeout": noMisreadTimeout,
    "no-non-retryable-status": noNonRetryableStatus,
    "no-relative-deadline": noRelativeDeadline,
    "no-retry-non-idempotent": noRetryNonIdempotent,
    "no-reused-tag": noReusedTag,
    "no-silent-service-config-change": noSilentServiceConfigChange,
    "no-spent-deadline": noSpentDeadline,
    "no-unbounded-stream-buffer": noUnboundedStreamBuffer,
    "no-unsafe-retry": noUnsafeRetry,
    "no-wire-incompatible-change": noWireIncompatibleChange,
    "propagate-deadline": propagateDeadline,
    "require-deadline": requireDeadline,
    "require-idempotency-key": requireIdempotencyKey,
    "require-idempotency-level": requireIdempotencyLevel,
    "require-reserved-on-delete": requireReservedOnDelete,
    "require-retry-throttling": requireRetryThrottling,
    "require-server-connection-age": requireServerConnectionAge,
    "require-stream-error-handler": requireStreamErrorHandler,
    "no-unmatched-method-config": noUnmatchedMethodConfig,
    "retry-exceeds-timeout": retryExceedsTimeout,
    "valid-channel-options": validChannelOptions,
    "valid-service-config": validServiceConfig,
};

/**
 * The gRPC status codes and what they mean for retries. Every rule that reads a status code
 * (by name or number) goes through this table.
 */
export const STATUS_CODES = {
    OK: 0,
    CANCELLED: 1,
    UNKNOWN: 2,
    INVALID_ARGUMENT: 3,
    DEADLINE_EXCEEDED: 4,
    NOT_FOUND: 5,
    ALREADY_EXISTS: 6,
    PERMISSION_DENIED: 7,
    RESOURCE_EXHAUSTED: 8,
    FAILED_PRECONDITION: 9,
    ABORTED: 10,
    OUT_OF_RANGE: 11,
    UNIMPLEMENTED: 12,
    INTERNAL: 13,
    UNAVAILABLE: 14,
    DATA_LOSS: 15,
    UNAUTHENTICATED: 16,
};
const NAME_BY_NUMBER = new Map(Object.entries(STATUS_CODES).map(([name, code]) => [code, name]));
/**
 * The canonical name of a status code written as a name or a number, the way grpc-js reads it:
 * names are case-insensitive, numbers must be one of the 17 codes, and a numeric string is not a code.
 */
export function statusCodeName(value) {
    if (typeof value === "number")
        return NAME_BY_NUMBER.get(value);
    if (typeof value === "string") {
        const upper = value.toUpperCase();
        return Object.hasOwn(STATUS_CODES, upper) ? upper : undefined;
    }
    return undefined;
}
/**
 * The code a member name spells in one of the libraries' enums: grpc-js and nice-grpc
 * `status.UNAVAILABLE` / `Status.UNAVAILABLE`, Connect `Code.Unavailable` (PascalCase).
 */
export function statusCodeFromEnumMember(name) {
    if (Object.hasOwn(STATUS_CODES, name))
        return name;
    if (!/^[A-Z][a-z]/.test(name))
        return undefined;
    const snake = name.replace(/([a-z0-9])([A-Z])/g, "$1_$2").toUpperCase();
    return Object.hasOwn(STATUS_CODES, snake) ? snake : undefined;
}
/**
 * Codes that must never be retried or hedged on: the same request fails the same way again,
 * or retrying hides a bug (or, for OK and CANCELLED, the call did not fail at all or the caller gave up).
 */
export const NEVER_RETRY = new Set([
    "OK",
    "CANCELLED",
    "INVALID_ARGUMENT",
    "NOT_FOUND",
    "ALREADY_EXISTS",
    "PERMISSION_DENIED",
    "UNAUTHENTICATED",
    "FAILED_PRECONDITION",
    "OUT_OF_RANGE",
    "UNIMPLEMENTED",
    "DATA_LOSS",
]);
/** Codes after which the server may have acted: retrying them is safe only on idempotent methods. */
export const RETRY_ONLY_IF_IDEMPOTENT = new Set([
    "ABORTED",
    "RESOURCE_EXHAUSTED",
    "INTERNAL",
    "UNKNOWN",
    "DEADLINE_EXCEEDED",
]);
/** Why a code in NEVER_RETRY must not be retried, for messages. */
export function neverRetryReason(name) {
    switch (name) {
        case "OK":
            return "the call succeeded";
        case "CANCELLED":
            return "the call was cancelled, by the caller or by a server or proxy telling the client to stop, and a retry overrides that decision";
        case "UNIMPLEMENTED":
            return "the server does not have the method";
        case "DATA_LOSS":
            return "data was lost or corrupted and a retry hides it";
        default:
            return "the same request fails the same way again, so a retry only adds load and hides the bug";
    }
}

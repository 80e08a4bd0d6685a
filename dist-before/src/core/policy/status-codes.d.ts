/**
 * The gRPC status codes and what they mean for retries. Every rule that reads a status code
 * (by name or number) goes through this table.
 */
export declare const STATUS_CODES: {
    readonly OK: 0;
    readonly CANCELLED: 1;
    readonly UNKNOWN: 2;
    readonly INVALID_ARGUMENT: 3;
    readonly DEADLINE_EXCEEDED: 4;
    readonly NOT_FOUND: 5;
    readonly ALREADY_EXISTS: 6;
    readonly PERMISSION_DENIED: 7;
    readonly RESOURCE_EXHAUSTED: 8;
    readonly FAILED_PRECONDITION: 9;
    readonly ABORTED: 10;
    readonly OUT_OF_RANGE: 11;
    readonly UNIMPLEMENTED: 12;
    readonly INTERNAL: 13;
    readonly UNAVAILABLE: 14;
    readonly DATA_LOSS: 15;
    readonly UNAUTHENTICATED: 16;
};
export type StatusCodeName = keyof typeof STATUS_CODES;
/**
 * The canonical name of a status code written as a name or a number, the way grpc-js reads it:
 * names are case-insensitive, numbers must be one of the 17 codes, and a numeric string is not a code.
 */
export declare function statusCodeName(value: unknown): StatusCodeName | undefined;
/**
 * The code a member name spells in one of the libraries' enums: grpc-js and nice-grpc
 * `status.UNAVAILABLE` / `Status.UNAVAILABLE`, Connect `Code.Unavailable` (PascalCase).
 */
export declare function statusCodeFromEnumMember(name: string): StatusCodeName | undefined;
/**
 * Codes that must never be retried or hedged on: the same request fails the same way again,
 * or retrying hides a bug (or, for OK and CANCELLED, the call did not fail at all or the caller gave up).
 */
export declare const NEVER_RETRY: ReadonlySet<StatusCodeName>;
/** Codes after which the server may have acted: retrying them is safe only on idempotent methods. */
export declare const RETRY_ONLY_IF_IDEMPOTENT: ReadonlySet<StatusCodeName>;
/** Why a code in NEVER_RETRY must not be retried, for messages. */
export declare function neverRetryReason(name: StatusCodeName): string;

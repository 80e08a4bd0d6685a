/**
 * Has a method an idempotency story? A declared `idempotency_level`, a name or binding that says
 * it only reads, or a request field the server deduplicates on; otherwise nobody can tell whether
 * a repeat after a timeout is safe. The one question `require-idempotency-level` asks.
 */
import { methodIdempotency, repeatDuplicatesEffect } from "./idempotency.js";
import { dedupFieldOf } from "./request-dedup.js";
export function idempotencyStory(method, requestFields, lists = {}, extraKeys = new Set()) {
    const idempotency = methodIdempotency(method, lists);
    // Any declared level is a decision, IDEMPOTENCY_UNKNOWN included: someone wrote it down.
    if (idempotency.source === "option")
        return { kind: "declared" };
    if (idempotency.level === "NO_SIDE_EFFECTS")
        return { kind: "read" };
    // A PUT or DELETE binding promises idempotency too (RFC 9110, section 9.2.2); only a name cannot.
    if (idempotency.level === "IDEMPOTENT")
        return { kind: "declared" };
    if (requestFields === undefined)
        return { kind: "requestUnknown" };
    const field = dedupFieldOf(method.name, requestFields, extraKeys);
    if (field !== undefined)
        return { kind: "deduplicated", field };
    if (repeatDuplicatesEffect(idempotency))
        return { kind: "needsKey" };
    return { kind: "none", idempotency };
}
/** AIP-155's request id: a field named exactly `request_id`. */
export const AIP_REQUEST_ID = "request_id";
/**
 * The `(google.api.field_info).format` a field declares (`UUID4`, `IPV4`), written as
 * `[(google.api.field_info).format = UUID4]` or `[(google.api.field_info) = { format: UUID4 }]`.
 */
export function fieldInfoFormat(options) {
    for (const option of options ?? []) {
        if (option.name === "(google.api.field_info).format" && typeof option.value === "string")
            return option.value;
        if (option.name === "(google.api.field_info)" && Array.isArray(option.value)) {
            for (const entry of option.value) {
                if (Array.isArray(entry) && entry[0] === "format" && typeof entry[1] === "string")
                    return entry[1];
            }
        }
    }
    return undefined;
}

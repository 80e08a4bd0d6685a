/**
 * Signs in a request message that a server can recognise a repeated call, so a retry after an
 * ambiguous failure does not apply the change twice. Shared by the proto rules (asking for a key)
 * and the service-config rules (allowing a retry).
 */
/** Field names by which a server can recognise a retried request (AIP-155 `request_id` and kin). */
export const DEDUP_KEY_FIELD = /(?:^|_)(?:request_id|requestid|idempotency_key|idempotency_token|idempotency_id|client_token|dedup(?:lication)?_(?:id|key|token)|etag)$/i;
function snakeCase(name) {
    return name.replace(/([a-z0-9])([A-Z])/g, "$1_$2").replace(/([A-Z])([A-Z][a-z])/g, "$1_$2").toLowerCase();
}
/** `CreateBook` with a `book_id` field: the client names the resource, so a retry gets ALREADY_EXISTS (AIP-133). */
export function clientChosenIdField(method) {
    const match = /^Create([A-Z]\w*)$/.exec(method);
    return match ? `${snakeCase(match[1])}_id` : undefined;
}
/** The request field that lets the server deduplicate a repeat of `method`, if any. */
export function dedupFieldOf(method, fields, extraKeys = new Set()) {
    const chosenId = clientChosenIdField(method);
    return fields.find((name) => DEDUP_KEY_FIELD.test(name) || extraKeys.has(name) || name === chosenId);
}

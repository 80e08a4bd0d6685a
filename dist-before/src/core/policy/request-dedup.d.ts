/**
 * Signs in a request message that a server can recognise a repeated call, so a retry after an
 * ambiguous failure does not apply the change twice. Shared by the proto rules (asking for a key)
 * and the service-config rules (allowing a retry).
 */
/** Field names by which a server can recognise a retried request (AIP-155 `request_id` and kin). */
export declare const DEDUP_KEY_FIELD: RegExp;
/** `CreateBook` with a `book_id` field: the client names the resource, so a retry gets ALREADY_EXISTS (AIP-133). */
export declare function clientChosenIdField(method: string): string | undefined;
/** The request field that lets the server deduplicate a repeat of `method`, if any. */
export declare function dedupFieldOf(method: string, fields: readonly string[], extraKeys?: ReadonlySet<string>): string | undefined;

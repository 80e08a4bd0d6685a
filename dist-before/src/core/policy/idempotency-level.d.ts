/**
 * Has a method an idempotency story? A declared `idempotency_level`, a name or binding that says
 * it only reads, or a request field the server deduplicates on; otherwise nobody can tell whether
 * a repeat after a timeout is safe. The one question `require-idempotency-level` asks.
 */
import { type MethodIdempotency, type VerbLists } from "./idempotency.js";
import type { OptionDecl } from "../../../proto-checks/ast.js";
export type IdempotencyStory = {
    kind: "declared";
} | {
    kind: "read";
} | {
    kind: "deduplicated";
    field: string;
}
/** A repeat adds a second effect and nothing deduplicates it: `require-idempotency-key`'s finding. */
 | {
    kind: "needsKey";
}
/** The request message is out of sight: whether it carries a request id is unknown. */
 | {
    kind: "requestUnknown";
} | {
    kind: "none";
    idempotency: MethodIdempotency;
};
export declare function idempotencyStory(method: {
    name: string;
    options: readonly OptionDecl[];
}, requestFields: readonly string[] | undefined, lists?: VerbLists, extraKeys?: ReadonlySet<string>): IdempotencyStory;
/** AIP-155's request id: a field named exactly `request_id`. */
export declare const AIP_REQUEST_ID = "request_id";
/**
 * The `(google.api.field_info).format` a field declares (`UUID4`, `IPV4`), written as
 * `[(google.api.field_info).format = UUID4]` or `[(google.api.field_info) = { format: UUID4 }]`.
 */
export declare function fieldInfoFormat(options: readonly OptionDecl[] | undefined): string | undefined;

/**
 * Is a gRPC method safe to retry? The proto's `option idempotency_level` is authoritative; without
 * it, a `google.api.http` GET binding says "no side effects", then the method name's leading verb
 * decides. This is the one place that knows these lists; rules and the service-config checks ask here.
 */
import type { OptionDecl } from "../../../proto-checks/ast.js";
export type IdempotencyLevel = "NO_SIDE_EFFECTS" | "IDEMPOTENT" | "SIDE_EFFECTS" | "UNKNOWN";
export interface MethodIdempotency {
    level: IdempotencyLevel;
    source: "option" | "http" | "name" | "none";
    /** Human-readable ground for the level, for messages: "its name starts with 'Create'". */
    reason: string;
    /** The leading verb that decided, when `source` is "name" (`Create`, `BatchGet`). */
    verb?: string;
}
/** Extra verbs; they are added to the built-in lists and win over them. */
export interface VerbLists {
    safeVerbs?: string[];
    unsafeVerbs?: string[];
}
/** Leading verbs of methods that only read. */
export declare const SAFE_VERBS: readonly string[];
/** Leading verbs of methods that change state, where a blind retry may apply the change twice. */
export declare const UNSAFE_VERBS: readonly string[];
/** Classifies a method by its leading verb; `Batch` prefixes classify as the verb they batch. */
export declare function idempotencyByName(method: string, lists?: VerbLists): MethodIdempotency;
declare const HTTP_VERBS: readonly ["get", "put", "post", "delete", "patch", "custom"];
export type HttpVerb = (typeof HTTP_VERBS)[number];
/** The verb of a method's primary `google.api.http` binding, if it has one. */
export declare function httpVerbOf(options: readonly OptionDecl[]): HttpVerb | undefined;
export declare function idempotencyOptionOf(options: readonly OptionDecl[]): OptionDecl | undefined;
/**
 * Order: `option idempotency_level`, then a `google.api.http` GET binding, then the name's verb,
 * then the other HTTP verbs (PUT/DELETE idempotent, POST/PATCH not) as a last resort.
 */
export declare function methodIdempotency(method: {
    name: string;
    options: readonly OptionDecl[];
}, lists?: VerbLists): MethodIdempotency;
/** True when a retry after an ambiguous failure may repeat a side effect. */
export declare function isStateChanging(idempotency: MethodIdempotency): boolean;
/**
 * Verbs whose repeat converges on the same end state (an update writes the same values again, a
 * second delete finds nothing): unsafe to retry blindly, but a repeat does not add a second effect.
 */
export declare const CONVERGENT_VERBS: readonly string[];
/**
 * True when the method's name says a repeat adds a second effect (a second order, a second
 * charge): the methods that need an idempotency key, not only care with retries.
 */
export declare function repeatDuplicatesEffect(idempotency: MethodIdempotency): boolean;
export {};

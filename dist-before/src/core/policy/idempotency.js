/** Leading verbs of methods that only read. */
export const SAFE_VERBS = ["Get", "List", "Read", "Watch", "Search", "BatchGet", "Lookup", "Describe"];
/** Leading verbs of methods that change state, where a blind retry may apply the change twice. */
export const UNSAFE_VERBS = [
    "Create", "Charge", "Send", "Transfer", "Increment", "Append", "Pay", "Delete", "Update",
    "Insert", "Publish", "Submit",
];
/** True when `verb` is the whole first word(s) of `name`: `Get` matches `GetUser`, not `Getaway`. */
function startsWithVerb(name, verb) {
    if (!name.startsWith(verb))
        return false;
    const next = name.charCodeAt(verb.length);
    return Number.isNaN(next) || (next >= 65 && next <= 90) || (next >= 48 && next <= 57) || next === 95;
}
function longestVerb(name, verbs) {
    let best;
    for (const verb of verbs)
        if (startsWithVerb(name, verb) && (!best || verb.length > best.length))
            best = verb;
    return best;
}
/** Classifies a method by its leading verb; `Batch` prefixes classify as the verb they batch. */
export function idempotencyByName(method, lists = {}) {
    const name = method.length > 0 ? method[0].toUpperCase() + method.slice(1) : method;
    const candidates = [
        [lists.safeVerbs ?? [], "NO_SIDE_EFFECTS"],
        [lists.unsafeVerbs ?? [], "SIDE_EFFECTS"],
        [SAFE_VERBS, "NO_SIDE_EFFECTS"],
        [UNSAFE_VERBS, "SIDE_EFFECTS"],
    ];
    for (const target of startsWithVerb(name, "Batch") ? [name, name.slice("Batch".length)] : [name]) {
        // User lists are consulted first so a project can reclassify a built-in verb.
        for (const [verbs, level] of candidates) {
            const verb = longestVerb(target, verbs);
            if (verb)
                return { level, source: "name", reason: `its name starts with '${verb}'`, verb };
        }
    }
    return { level: "UNKNOWN", source: "none", reason: "no idempotency_level option, no HTTP GET binding and no known verb in its name" };
}
const OPTION_LEVELS = {
    NO_SIDE_EFFECTS: "NO_SIDE_EFFECTS",
    IDEMPOTENT: "IDEMPOTENT",
    IDEMPOTENCY_UNKNOWN: "UNKNOWN",
};
const HTTP_VERBS = ["get", "put", "post", "delete", "patch", "custom"];
/** The verb of a method's primary `google.api.http` binding, if it has one. */
export function httpVerbOf(options) {
    for (const option of options) {
        // `option (google.api.http).get = "/v1/x";` sets one field of the binding directly.
        if (option.name.startsWith("(google.api.http).")) {
            const verb = HTTP_VERBS.find((candidate) => candidate === option.name.slice("(google.api.http).".length));
            if (verb)
                return verb;
        }
        if (option.name !== "(google.api.http)" || !Array.isArray(option.value))
            continue;
        for (const entry of option.value) {
            if (!Array.isArray(entry) || typeof entry[0] !== "string")
                continue;
            const verb = HTTP_VERBS.find((candidate) => candidate === entry[0]);
            if (verb)
                return verb;
        }
    }
    return undefined;
}
export function idempotencyOptionOf(options) {
    return options.find((option) => option.name === "idempotency_level");
}
/**
 * Order: `option idempotency_level`, then a `google.api.http` GET binding, then the name's verb,
 * then the other HTTP verbs (PUT/DELETE idempotent, POST/PATCH not) as a last resort.
 */
export function methodIdempotency(method, lists) {
    const option = idempotencyOptionOf(method.options);
    if (option && typeof option.value === "string") {
        const level = OPTION_LEVELS[option.value] ?? "UNKNOWN";
        return { level, source: "option", reason: `option idempotency_level = ${option.value}` };
    }
    const verb = httpVerbOf(method.options);
    if (verb === "get")
        return { level: "NO_SIDE_EFFECTS", source: "http", reason: "google.api.http binds it to GET" };
    const byName = idempotencyByName(method.name, lists);
    if (byName.source !== "none" || !verb || verb === "custom")
        return byName;
    const level = verb === "put" || verb === "delete" ? "IDEMPOTENT" : "SIDE_EFFECTS";
    return { level, source: "http", reason: `google.api.http binds it to ${verb.toUpperCase()}` };
}
/** True when a retry after an ambiguous failure may repeat a side effect. */
export function isStateChanging(idempotency) {
    return idempotency.level === "SIDE_EFFECTS";
}
/**
 * Verbs whose repeat converges on the same end state (an update writes the same values again, a
 * second delete finds nothing): unsafe to retry blindly, but a repeat does not add a second effect.
 */
export const CONVERGENT_VERBS = ["Update", "Delete"];
/**
 * True when the method's name says a repeat adds a second effect (a second order, a second
 * charge): the methods that need an idempotency key, not only care with retries.
 */
export function repeatDuplicatesEffect(idempotency) {
    if (idempotency.level !== "SIDE_EFFECTS" || idempotency.source !== "name" || !idempotency.verb)
        return false;
    const verb = idempotency.verb.startsWith("Batch") ? idempotency.verb.slice("Batch".length) : idempotency.verb;
    return !CONVERGENT_VERBS.includes(verb);
}

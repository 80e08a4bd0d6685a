import { coveredMethods } from "../src/core/service-config/index.js";
import { repeatDuplicatesEffect } from "../src/core/policy/index.js";
import { protoIndexForRule } from "../src/config-language/proto-index-for-rule.js";
import { serviceConfigVisitor } from "../src/config-language/service-config-rule.js";
import { createLanguageRule } from "../src/util/create-language-rule.js";
const SHOWN_METHODS = 3;
function listMethods(methods) {
    const shown = methods.slice(0, SHOWN_METHODS).map((m) => `\`${m.service.slice(m.service.lastIndexOf(".") + 1)}.${m.method}\` (${m.idempotency.reason})`);
    const more = methods.length - shown.length;
    return more > 0 ? `${shown.join(", ")} and ${more} more` : shown.join(", ");
}
export default createLanguageRule({
    name: "no-retry-non-idempotent",
    meta: {
        type: "problem",
        docs: {
            description: "Disallow retry and hedging policies that cover methods with side effects",
            preset: "recommended",
            severity: "error",
            input: ["service-config", "typescript"],
        },
        schema: [],
        messages: {
            retry: "This `retryPolicy` covers methods with side effects: {{methods}}. After a timeout or UNAVAILABLE the server may already have acted, so a retry can apply the change twice. Give them a method config without retries, or, if repeating is safe, set `option idempotency_level = IDEMPOTENT` or deduplicate with a request id.",
            hedging: "This `hedgingPolicy` covers methods that are not free of side effects: {{methods}}. Hedging sends the same request several times at once, so hedge only reads (`option idempotency_level = NO_SIDE_EFFECTS`) and use a `retryPolicy` for the rest.",
        },
    },
    create(context) {
        let project;
        const projectIndex = () => (project ??= protoIndexForRule(context));
        return serviceConfigVisitor(context, {
            config({ config, report }) {
                for (const methodConfig of config.methodConfigs) {
                    const policy = methodConfig.retryPolicy ?? methodConfig.hedgingPolicy;
                    if (!policy)
                        continue;
                    const { index, lists } = projectIndex();
                    const unsafe = unsafeMethods(config, methodConfig, index, lists, policy.kind);
                    if (unsafe.length === 0)
                        continue;
                    // On the `retryPolicy` / `hedgingPolicy` key the message names: a YAML disable comment goes on the line above it.
                    report(policy.member.name, policy.kind, { methods: listMethods(unsafe) });
                }
            },
        });
    },
});
/**
 * A retry is wrong where a repeat adds a second effect (`Charge`, `CreateOrder`), unless the request
 * lets the server recognise the repeat (a request id, or a client-chosen resource id on Create).
 * Converging changes (`Update`, `Delete`) end in the same state when repeated, so their retries are
 * left alone. Hedging sends copies at the same time, so it is wrong on anything not known to be free
 * of side effects. Methods nothing is known about are not guessed at, and neither are those known
 * only by a POST or PATCH binding: APIs bind queries and other reads to POST too.
 */
function unsafeMethods(config, methodConfig, index, lists, kind) {
    return coveredMethods(config, methodConfig, index, lists).filter(({ idempotency, dedupField }) => {
        if (idempotency.source === "http")
            return false;
        if (kind === "retry")
            return repeatDuplicatesEffect(idempotency) && dedupField === undefined;
        return idempotency.level === "SIDE_EFFECTS" || idempotency.level === "IDEMPOTENT";
    });
}

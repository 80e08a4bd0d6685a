import { NEVER_RETRY, neverRetryReason } from "../src/core/policy/index.js";
import { serviceConfigVisitor } from "../src/config-language/service-config-rule.js";
import { removeListElement } from "../src/config-language/config-edits.js";
import { createLanguageRule } from "../src/util/create-language-rule.js";
export default createLanguageRule({
    name: "no-non-retryable-status",
    meta: {
        type: "problem",
        docs: {
            description: "Disallow retrying or hedging on status codes that a repeat cannot fix",
            preset: "recommended",
            severity: "error",
            input: ["service-config", "typescript"],
        },
        schema: [],
        fixable: "code",
        messages: {
            neverRetry: "`{{field}}` lists {{code}}: {{reason}}. Remove it; retry on UNAVAILABLE (and, for idempotent methods, codes like DEADLINE_EXCEEDED).",
        },
    },
    create(context) {
        return serviceConfigVisitor(context, {
            config({ config, report, text, format }) {
                for (const methodConfig of config.methodConfigs) {
                    for (const policy of [methodConfig.retryPolicy, methodConfig.hedgingPolicy]) {
                        if (!policy)
                            continue;
                        const field = policy.kind === "retry" ? "retryableStatusCodes" : "nonFatalStatusCodes";
                        const neverRetry = (code) => code.name !== undefined && NEVER_RETRY.has(code.name);
                        const list = policy.statusCodesMember?.value;
                        // grpc-js rejects an empty retryableStatusCodes: only fix when a code that stays is left.
                        // An empty nonFatalStatusCodes is valid (every failure is fatal).
                        const fixable = list?.type === "Array" && (policy.kind === "hedging" || policy.statusCodes.some((code) => !neverRetry(code)));
                        for (const code of policy.statusCodes) {
                            if (!neverRetry(code))
                                continue;
                            const written = code.node.type === "Number" ? `${code.node.value} (${code.name})` : code.name;
                            const edit = fixable ? removeListElement(text, list, code.node, format) : undefined;
                            report(code.node, "neverRetry", { field, code: written, reason: neverRetryReason(code.name) }, edit ? { fix: [edit] } : undefined);
                        }
                    }
                }
            },
        });
    },
});

import { serviceConfigVisitor } from "../src/config-language/service-config-rule.js";
import { insertFirstMember } from "../src/config-language/config-edits.js";
import { createLanguageRule } from "../src/util/create-language-rule.js";
export default createLanguageRule({
    name: "require-retry-throttling",
    meta: {
        type: "suggestion",
        docs: {
            description: "Require `retryThrottling` in service configs that retry or hedge",
            preset: "recommended",
            severity: "warn",
            input: ["service-config", "typescript"],
        },
        schema: [],
        // A suggestion, not a fix: the token budget is a judgement about the backend's capacity.
        hasSuggestions: true,
        messages: {
            missing: "This service config {{what}} but has no `retryThrottling`: when the backend is down every call is sent up to maxAttempts times, turning an outage into a retry storm. Add `\"retryThrottling\": { \"maxTokens\": 10, \"tokenRatio\": 0.1 }`.",
            addThrottling: "Add `retryThrottling` with maxTokens 10 and tokenRatio 0.1 (tune them to what the backend can absorb).",
        },
    },
    create(context) {
        return serviceConfigVisitor(context, {
            config({ config, report, text, format, tree }) {
                if (config.retryThrottling)
                    return;
                const policies = config.methodConfigs.flatMap((entry) => {
                    const policy = entry.retryPolicy ?? entry.hedgingPolicy;
                    return policy ? [policy] : [];
                });
                const first = policies[0];
                if (!first)
                    return;
                const kinds = new Set(policies.map((policy) => policy.kind));
                const what = kinds.size === 2 ? "retries and hedges" : kinds.has("retry") ? "retries" : "hedges";
                // One report per config, at the first policy: the fix is one top-level setting.
                const edit = insertFirstMember(text, tree, format, "retryThrottling", { maxTokens: 10, tokenRatio: 0.1 });
                report(first.member.name, "missing", { what }, edit ? { suggest: [{ messageId: "addThrottling", edits: [edit] }] } : undefined);
            },
        });
    },
});

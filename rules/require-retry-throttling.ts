import { serviceConfigVisitor, type ServiceConfigRuleTypes } from "../src/config-language/service-config-rule.js";
import { createLanguageRule } from "../src/util/create-language-rule.js";

export default createLanguageRule<ServiceConfigRuleTypes<"missing">>({
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
    messages: {
      missing:
        "This service config {{what}} but has no `retryThrottling`: when the backend is down every call is sent up to maxAttempts times, turning an outage into a retry storm. Add `\"retryThrottling\": { \"maxTokens\": 10, \"tokenRatio\": 0.1 }`.",
    },
  },
  create(context) {
    return serviceConfigVisitor(context, {
      config({ config, report }) {
        if (config.retryThrottling) return;
        const policies = config.methodConfigs.flatMap((entry) => {
          const policy = entry.retryPolicy ?? entry.hedgingPolicy;
          return policy ? [policy] : [];
        });
        const first = policies[0];
        if (!first) return;
        const kinds = new Set(policies.map((policy) => policy.kind));
        const what = kinds.size === 2 ? "retries and hedges" : kinds.has("retry") ? "retries" : "hedges";
        // One report per config, at the first policy: the fix is one top-level setting.
        report(first.member.name, "missing", { what });
      },
    });
  },
});

import { NEVER_RETRY, neverRetryReason } from "../src/core/policy/index.js";
import { serviceConfigVisitor, type ServiceConfigRuleTypes } from "../src/config-language/service-config-rule.js";
import { createLanguageRule } from "../src/util/create-language-rule.js";

export default createLanguageRule<ServiceConfigRuleTypes<"neverRetry">>({
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
    messages: {
      neverRetry:
        "`{{field}}` lists {{code}}: {{reason}}. Remove it; retry on UNAVAILABLE (and, for idempotent methods, codes like DEADLINE_EXCEEDED).",
    },
  },
  create(context) {
    return serviceConfigVisitor(context, {
      config({ config, report }) {
        for (const methodConfig of config.methodConfigs) {
          for (const policy of [methodConfig.retryPolicy, methodConfig.hedgingPolicy]) {
            if (!policy) continue;
            const field = policy.kind === "retry" ? "retryableStatusCodes" : "nonFatalStatusCodes";
            for (const code of policy.statusCodes) {
              if (!code.name || !NEVER_RETRY.has(code.name)) continue;
              const written = code.node.type === "Number" ? `${code.node.value} (${code.name})` : code.name;
              report(code.node, "neverRetry", { field, code: written, reason: neverRetryReason(code.name) });
            }
          }
        }
      },
    });
  },
});

import { findDuplicateKeys, validateServiceConfigTree } from "../src/core/service-config/index.js";
import { serviceConfigVisitor, type ServiceConfigRuleTypes } from "../src/config-language/service-config-rule.js";
import { createLanguageRule } from "../src/util/create-language-rule.js";

export default createLanguageRule<ServiceConfigRuleTypes<"rejected" | "changed" | "duplicateKey" | "invalidJson">>({
  name: "valid-service-config",
  meta: {
    type: "problem",
    docs: {
      description: "Disallow service configs that grpc-js rejects when the channel is created, or silently reads differently",
      preset: "recommended",
      severity: "error",
      input: ["service-config", "typescript"],
    },
    schema: [],
    messages: {
      rejected: "grpc-js rejects this service config and the channel constructor throws: {{detail}}.",
      changed: "grpc-js accepts this service config but silently does something else: {{detail}}.",
      duplicateKey:
        'Key "{{key}}" appears twice in one object: JSON.parse silently keeps the last and YAML rejects it; keep one.',
      invalidJson:
        "The `grpc.service_config` string is not valid JSON ({{detail}}): grpc-js's JSON.parse throws when the channel is created; fix the JSON.",
    },
  },
  create(context) {
    return serviceConfigVisitor(context, {
      config({ tree, report }) {
        for (const duplicate of findDuplicateKeys(tree)) report(duplicate.name, "duplicateKey", { key: duplicate.name.value });
        for (const problem of validateServiceConfigTree(tree)) report(problem.node, problem.kind, { detail: problem.message });
      },
      inlineSyntaxError(report, message) {
        report("invalidJson", { detail: message });
      },
    });
  },
});

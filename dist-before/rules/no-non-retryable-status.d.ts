import { type ServiceConfigRuleTypes } from "../src/config-language/service-config-rule.js";
declare const _default: import("@eslint/core").RuleDefinition<ServiceConfigRuleTypes<"neverRetry", []>> & {
    meta: {
        docs: import("../src/util/create-rule.js").GrpcReviewRuleDocs & {
            url: string;
        };
    };
};
export default _default;

import { type ServiceConfigRuleTypes } from "../src/config-language/service-config-rule.js";
interface Options {
    /** Report names whose package no proto in the project declares (default true). */
    checkPackages?: boolean;
}
declare const _default: import("@eslint/core").RuleDefinition<ServiceConfigRuleTypes<"unknownService" | "unknownMethod" | "unknownPackage", [(Options | undefined)?]>> & {
    meta: {
        docs: import("../src/util/create-rule.js").GrpcReviewRuleDocs & {
            url: string;
        };
    };
};
export default _default;

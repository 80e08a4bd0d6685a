import type { ProtoRuleTypes } from "../proto-checks/rule-types.js";
interface Options {
    /** More field names that carry an idempotency key in this project. */
    keyFields?: string[];
}
declare const _default: import("@eslint/core").RuleDefinition<ProtoRuleTypes<[(Options | undefined)?], "missingKey">> & {
    meta: {
        docs: import("../src/util/create-rule.js").GrpcReviewRuleDocs & {
            url: string;
        };
    };
};
export default _default;

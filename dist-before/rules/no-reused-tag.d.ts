import type { ProtoRuleTypes } from "../proto-checks/rule-types.js";
type MessageIds = "reused" | "reservedNumber" | "reservedName" | "extensionRange" | "outOfRange" | "implementationReserved";
declare const _default: import("@eslint/core").RuleDefinition<ProtoRuleTypes<[], MessageIds>> & {
    meta: {
        docs: import("../src/util/create-rule.js").GrpcReviewRuleDocs & {
            url: string;
        };
    };
};
export default _default;

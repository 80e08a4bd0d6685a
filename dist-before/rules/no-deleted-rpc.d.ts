import { type HistoryOptions } from "../proto-checks/history-context.js";
import type { ProtoRuleTypes } from "../proto-checks/rule-types.js";
declare const _default: import("@eslint/core").RuleDefinition<ProtoRuleTypes<[(HistoryOptions | undefined)?], "historyUnavailable" | "methodDeleted" | "serviceDeleted">> & {
    meta: {
        docs: import("../src/util/create-rule.js").GrpcReviewRuleDocs & {
            url: string;
        };
    };
};
export default _default;

import { type HistoryOptions } from "../proto-checks/history-context.js";
import type { ProtoRuleTypes } from "../proto-checks/rule-types.js";
type MessageIds = "deletedWithoutReserved" | "enumValueDeletedWithoutReserved" | "reservationDropped" | "historyUnavailable";
declare const _default: import("@eslint/core").RuleDefinition<ProtoRuleTypes<[(HistoryOptions | undefined)?], MessageIds>> & {
    meta: {
        docs: import("../src/util/create-rule.js").GrpcReviewRuleDocs & {
            url: string;
        };
    };
};
export default _default;

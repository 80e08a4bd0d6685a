type MessageIds = "missingErrorListener" | "unhandledAsyncHandler" | "addErrorListener";
declare const _default: import("@typescript-eslint/utils/ts-eslint").RuleModule<MessageIds, [], import("../src/util/create-rule.js").GrpcReviewRuleDocs, import("@typescript-eslint/utils/ts-eslint").RuleListener> & {
    name: string;
};
export default _default;

export declare const MAX_CONNECTION_AGE_OPTION = "grpc.max_connection_age_ms";
declare const _default: import("@typescript-eslint/utils/ts-eslint").RuleModule<"missingConnectionAge", [], import("../src/util/create-rule.js").GrpcReviewRuleDocs, import("@typescript-eslint/utils/ts-eslint").RuleListener> & {
    name: string;
};
export default _default;

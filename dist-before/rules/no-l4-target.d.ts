type MessageIds = "l4Target" | "l4TargetUnknownPolicy";
export declare const SERVICE_CONFIG_OPTION = "grpc.service_config";
declare const _default: import("@typescript-eslint/utils/ts-eslint").RuleModule<MessageIds, [], import("../src/util/create-rule.js").GrpcReviewRuleDocs, import("@typescript-eslint/utils/ts-eslint").RuleListener> & {
    name: string;
};
export default _default;

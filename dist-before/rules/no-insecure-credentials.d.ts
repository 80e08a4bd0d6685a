export type MessageIds = "insecureClient" | "insecureServer" | "plaintextUrl";
export interface NoInsecureCredentialsOptions {
    /** Targets whose traffic a mesh sidecar encrypts (mTLS), as regular expressions tested against the host. */
    meshTargets?: string[];
}
declare const _default: import("@typescript-eslint/utils/ts-eslint").RuleModule<MessageIds, [NoInsecureCredentialsOptions], import("../src/util/create-rule.js").GrpcReviewRuleDocs, import("@typescript-eslint/utils/ts-eslint").RuleListener> & {
    name: string;
};
export default _default;

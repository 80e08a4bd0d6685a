export type MessageIds = "unknownOption" | "unknownOptionSuggest" | "keepaliveTooFrequent" | "permitWithoutCalls" | "unboundedReceive" | "streamWithoutKeepalive";
export interface ValidChannelOptionsOptions {
    /** Streaming methods meant to stay open (the ones `require-deadline` ignores), by name or `/pkg.Service/Method` path. */
    longLivedMethods?: string[];
}
declare const _default: import("@typescript-eslint/utils/ts-eslint").RuleModule<MessageIds, [ValidChannelOptionsOptions], import("../src/util/create-rule.js").GrpcReviewRuleDocs, import("@typescript-eslint/utils/ts-eslint").RuleListener> & {
    name: string;
};
export default _default;

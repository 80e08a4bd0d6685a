export type MessageIds = "missingDeadline" | "missingTimeout" | "timeoutDisabled" | "noDeadlineMiddleware" | "missingNiceDeadline" | "infiniteDeadline" | "missingWebDeadline" | "missingRpcTimeout" | "missingNestDeadline" | "cancellationOnly";
export interface RequireDeadlineOptions {
    /**
     * Methods meant to stay open for the life of the process (xDS ADS streams, watch streams), by
     * method name (`StreamAggregatedResources`) or full path (`/pkg.Service/Method`).
     */
    ignoreMethods?: string[];
    /**
     * Accept a call with no deadline that is cancelled locally (an abort signal, a timer that
     * cancels it, a `Promise.race` with a timer), for teams that choose client-side cancellation.
     */
    acceptLocalCancellation?: boolean;
}
declare const _default: import("@typescript-eslint/utils/ts-eslint").RuleModule<MessageIds, [RequireDeadlineOptions], import("../src/util/create-rule.js").GrpcReviewRuleDocs, import("@typescript-eslint/utils/ts-eslint").RuleListener> & {
    name: string;
};
export default _default;

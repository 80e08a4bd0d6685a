/**
 * Hand-written retries around RPCs, found by syntax (typed or not) in one file:
 *
 * - a loop whose `try` makes the attempt and whose `catch` lets the loop go round again;
 * - a function that calls itself again (directly, from a `catch`, from a `setTimeout` or from a
 *   grpc-js listener's `onReceiveStatus`) around the attempt.
 *
 * The attempt is a recognized RPC, `next(req)` inside a Connect interceptor
 * (`(next) => async (req) => ...`), `nextCall(options)` inside a grpc-js interceptor (a function
 * `(options, nextCall)` that builds an `InterceptingCall`), or a call of a helper's function
 * parameter when this file passes the helper a function that makes an RPC (`retry(() => client.m(r))`).
 *
 * Neither library retries on its own behalf here: Connect has no retries at all (nothing in
 * @connectrpc/connect or connect-node/connect-web retries a call), so users write these; grpc-js
 * retries only what a service config's `retryPolicy` lists (retrying-call.ts) and transparently
 * retries calls that never reached the server, and an interceptor runs outside both.
 *
 * For each retry the questions are: which status codes lead to another attempt (the conditions on
 * the way to it), is there an attempt cap, and is there a delay between attempts.
 */
import { type TSESTree } from "@typescript-eslint/utils";
import type { GrpcAnalysis } from "../calls/index.js";
import { type StatusCodeName } from "../policy/index.js";
export type AttemptKind = "rpc" | "connect-interceptor" | "grpc-js-interceptor" | "wrapped-rpc";
export type RetryProblem = 
/** No condition on the way to the next attempt looks at the error's status code. */
{
    kind: "every-status";
}
/** A code the same request fails with again (NEVER_RETRY) leads to another attempt. */
 | {
    kind: "non-retryable-status";
    code: StatusCodeName;
    node: TSESTree.Node;
}
/** A code after which the server may have acted, retried on methods that are not idempotent (empty: every method). */
 | {
    kind: "unsafe-on-non-idempotent";
    code: StatusCodeName;
    node: TSESTree.Node;
    methods: string[];
} | {
    kind: "no-attempt-cap";
} | {
    kind: "no-backoff";
};
export interface RetrySite {
    /** Where a reviewer looks: the loop, or the name of the function that calls itself again. */
    node: TSESTree.Node;
    attempt: AttemptKind;
    /** The RPC methods retried (for interceptors: none, every method goes through them). */
    methods: string[];
    problems: RetryProblem[];
}
export declare class RetryFinder {
    private readonly analysis;
    private readonly sites;
    /** Calls by the name they call (`retry(...)`, `this.retry(...)`), so each function finds its own cheaply. */
    private readonly callsByName;
    constructor(analysis: GrpcAnalysis);
    find(program: TSESTree.Program): RetrySite[];
    /** A loop whose `try` makes an attempt and whose `catch` does not always leave the loop. */
    private loopSite;
    /** A named function that calls itself again around an attempt. */
    private recursiveSite;
    private addSite;
    /** Whether anything on the way looks at the status (itself, or by a call), and the codes that lead to another attempt. */
    private codeVerdict;
    /** "call": a predicate call (`isRetryable(err)`) or a value computed by one; "code": a `.code` not compared with OK. */
    private readsStatus;
    /**
     * What makes the attempt in `region`: an RPC, `next(...)` of a Connect interceptor,
     * `nextCall(...)` of a grpc-js interceptor, or a helper's function parameter this file hands RPCs.
     */
    private attemptIn;
    /** The RPCs made by functions this file passes to the helper `fn` (`retry(() => client.m(req))`). */
    private rpcsHandedTo;
}
/** The hand-written retries in a file, once per file. */
export declare function retrySites(analysis: GrpcAnalysis, program: TSESTree.Program): RetrySite[];

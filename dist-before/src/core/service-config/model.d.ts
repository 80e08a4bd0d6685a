import { type StatusCodeName } from "../policy/index.js";
import { type MemberNode, type StringNode, type ValueNode } from "./tree.js";
/**
 * The typed service-config model. It reads whatever shape it is given (the validator, not the
 * model, decides what grpc-js rejects); fields of the wrong type are simply absent. Every part
 * keeps the tree node it came from, for positions.
 */
export interface ServiceConfig {
    root: ValueNode;
    methodConfigs: MethodConfig[];
    retryThrottling?: {
        member: MemberNode;
        maxTokens?: number;
        tokenRatio?: number;
    };
    loadBalancingConfig?: {
        member: MemberNode;
        policies: LoadBalancingPolicyRef[];
    };
    loadBalancingPolicy?: {
        member: MemberNode;
        value?: string;
    };
}
export interface LoadBalancingPolicyRef {
    name: string;
    node: StringNode;
}
/** A `name` entry as grpc-js reads it: an empty `service` is the same as none (channel-wide). */
export interface MethodName {
    node: ValueNode;
    service?: string;
    method?: string;
}
export interface StatusCodeRef {
    node: ValueNode;
    /** Canonical name, or undefined when the value is not a status code. */
    name?: StatusCodeName;
}
/** What retry and hedging policies share: attempts, and the status codes that allow another one. */
interface CallPolicy {
    member: MemberNode;
    maxAttempts?: number;
    /** `retryableStatusCodes` of a retry policy, `nonFatalStatusCodes` of a hedging policy. */
    statusCodes: StatusCodeRef[];
    statusCodesMember?: MemberNode;
}
export interface RetryPolicy extends CallPolicy {
    kind: "retry";
    initialBackoff?: number;
    maxBackoff?: number;
    backoffMultiplier?: number;
}
export interface HedgingPolicy extends CallPolicy {
    kind: "hedging";
    hedgingDelay?: number;
}
export interface MethodConfig {
    node: ValueNode;
    names: MethodName[];
    timeout?: {
        member: MemberNode;
        seconds?: number;
        text?: string;
    };
    waitForReady?: boolean;
    maxRequestBytes?: number;
    maxResponseBytes?: number;
    retryPolicy?: RetryPolicy;
    hedgingPolicy?: HedgingPolicy;
}
export declare function buildServiceConfig(root: ValueNode): ServiceConfig;
/** How grpc-js clamps maxAttempts without the `grpc-node.retry_max_attempts_limit` channel option. */
export declare const GRPC_JS_MAX_ATTEMPTS_LIMIT = 5;
export {};

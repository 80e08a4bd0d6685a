import { statusCodeName } from "../policy/index.js";
import { durationSeconds } from "./duration.js";
import { getMember, getValue } from "./tree.js";
export function buildServiceConfig(root) {
    const config = { root, methodConfigs: [] };
    const methodConfig = getValue(root, "methodConfig");
    if (methodConfig?.type === "Array")
        config.methodConfigs = methodConfig.elements.map(readMethodConfig);
    const throttling = getMember(root, "retryThrottling");
    if (throttling) {
        config.retryThrottling = {
            member: throttling,
            maxTokens: numberAt(throttling.value, "maxTokens"),
            tokenRatio: numberAt(throttling.value, "tokenRatio"),
        };
    }
    const lbConfig = getMember(root, "loadBalancingConfig");
    if (lbConfig) {
        const policies = [];
        if (lbConfig.value.type === "Array") {
            for (const element of lbConfig.value.elements) {
                if (element.type === "Object" && element.members.length === 1) {
                    const name = element.members[0].name;
                    policies.push({ name: name.value, node: name });
                }
            }
        }
        config.loadBalancingConfig = { member: lbConfig, policies };
    }
    const lbPolicy = getMember(root, "loadBalancingPolicy");
    if (lbPolicy) {
        config.loadBalancingPolicy = {
            member: lbPolicy,
            value: lbPolicy.value.type === "String" ? lbPolicy.value.value : undefined,
        };
    }
    return config;
}
function readMethodConfig(node) {
    const result = { node, names: [] };
    const names = getValue(node, "name");
    if (names?.type === "Array")
        result.names = names.elements.map(readName);
    const timeout = getMember(node, "timeout");
    if (timeout) {
        const text = timeout.value.type === "String" ? timeout.value.value : undefined;
        let seconds = text === undefined ? undefined : durationSeconds(text);
        if (timeout.value.type === "Object") {
            const whole = numberAt(timeout.value, "seconds");
            const nanos = numberAt(timeout.value, "nanos");
            if (whole !== undefined && nanos !== undefined)
                seconds = whole + nanos / 1e9;
        }
        result.timeout = { member: timeout, seconds, text };
    }
    const waitForReady = getValue(node, "waitForReady");
    if (waitForReady?.type === "Boolean")
        result.waitForReady = waitForReady.value;
    result.maxRequestBytes = numberAt(node, "maxRequestBytes");
    result.maxResponseBytes = numberAt(node, "maxResponseBytes");
    const retry = getMember(node, "retryPolicy");
    if (retry) {
        result.retryPolicy = {
            kind: "retry",
            ...readCallPolicy(retry, "retryableStatusCodes"),
            initialBackoff: durationAt(retry.value, "initialBackoff"),
            maxBackoff: durationAt(retry.value, "maxBackoff"),
            backoffMultiplier: numberAt(retry.value, "backoffMultiplier"),
        };
    }
    const hedging = getMember(node, "hedgingPolicy");
    if (hedging) {
        result.hedgingPolicy = { kind: "hedging", ...readCallPolicy(hedging, "nonFatalStatusCodes"), hedgingDelay: durationAt(hedging.value, "hedgingDelay") };
    }
    return result;
}
function readCallPolicy(member, statusCodesKey) {
    const codes = getMember(member.value, statusCodesKey);
    return { member, maxAttempts: numberAt(member.value, "maxAttempts"), statusCodes: readStatusCodes(codes?.value), statusCodesMember: codes };
}
function readName(node) {
    const service = getValue(node, "service");
    const method = getValue(node, "method");
    const name = { node };
    if (service?.type === "String" && service.value !== "") {
        name.service = service.value;
        if (method?.type === "String" && method.value !== "")
            name.method = method.value;
    }
    return name;
}
function readStatusCodes(node) {
    if (node?.type !== "Array")
        return [];
    return node.elements.map((element) => ({
        node: element,
        name: element.type === "String" || element.type === "Number" ? statusCodeName(element.value) : undefined,
    }));
}
function numberAt(node, key) {
    const value = getValue(node, key);
    return value?.type === "Number" ? value.value : undefined;
}
function durationAt(node, key) {
    const value = getValue(node, key);
    return value?.type === "String" ? durationSeconds(value.value) : undefined;
}
/** How grpc-js clamps maxAttempts without the `grpc-node.retry_max_attempts_limit` channel option. */
export const GRPC_JS_MAX_ATTEMPTS_LIMIT = 5;

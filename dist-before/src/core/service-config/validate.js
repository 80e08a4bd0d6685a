import { statusCodeName, GRPC_JS_LB_POLICIES, isKnownLbPolicy } from "../policy/index.js";
import { DURATION_PATTERN, formatSeconds, misreadTimeout } from "./duration.js";
import { GRPC_JS_MAX_ATTEMPTS_LIMIT } from "./model.js";
import { getMember } from "./tree.js";
/** JavaScript's `in` on a parsed JSON value: arrays are objects without these members; primitives throw. */
function isObjectLike(node) {
    return node.type === "Object" || node.type === "Array";
}
function describe(node) {
    return node.type === "Null" ? "null" : node.type.toLowerCase();
}
export function validateServiceConfigTree(root) {
    const problems = [];
    const reject = (node, message) => problems.push({ kind: "rejected", node, message });
    const change = (node, message) => problems.push({ kind: "changed", node, message });
    const misread = (node, message) => problems.push({ kind: "misreadTimeout", node, message });
    // grpc-js takes a top-level array for an empty config; no one means that, so it is reported (and the
    // differential test does not generate one).
    if (!isObjectLike(root) || root.type === "Array") {
        reject(root, `a service config is a JSON object, not ${describe(root)}`);
        return problems;
    }
    const lbPolicy = getMember(root, "loadBalancingPolicy");
    if (lbPolicy) {
        if (lbPolicy.value.type !== "String")
            reject(lbPolicy.value, "`loadBalancingPolicy` must be a string");
        else {
            change(lbPolicy.name, `\`loadBalancingPolicy\` is ignored and calls stay on pick_first; write \`"loadBalancingConfig": [{ "${lbPolicy.value.value}": {} }]\``);
        }
    }
    const lbConfig = getMember(root, "loadBalancingConfig");
    if (lbConfig)
        validateLoadBalancingConfig(lbConfig, reject, change);
    const methodConfig = getMember(root, "methodConfig");
    const seenNames = [];
    if (methodConfig) {
        if (methodConfig.value.type !== "Array") {
            change(methodConfig.name, "`methodConfig` is not an array, so it is ignored (no timeouts, no retries)");
        }
        else {
            for (const element of methodConfig.value.elements)
                validateMethodConfig(element, { reject, change, misread }, seenNames);
        }
    }
    const throttling = getMember(root, "retryThrottling");
    if (throttling) {
        const value = throttling.value;
        if (!isObjectLike(value))
            reject(value, `\`retryThrottling\` must be an object, not ${describe(value)}`);
        else {
            const maxTokens = getMember(value, "maxTokens");
            if (!maxTokens || maxTokens.value.type !== "Number" || maxTokens.value.value <= 0 || maxTokens.value.value > 1000) {
                reject(maxTokens?.value ?? throttling.name, "`retryThrottling.maxTokens` must be a number in (0, 1000]");
            }
            const tokenRatio = getMember(value, "tokenRatio");
            if (!tokenRatio || tokenRatio.value.type !== "Number" || tokenRatio.value.value <= 0) {
                reject(tokenRatio?.value ?? throttling.name, "`retryThrottling.tokenRatio` must be a number greater than 0");
            }
        }
    }
    return problems;
}
function validateLoadBalancingConfig(member, reject, change) {
    if (member.value.type !== "Array") {
        reject(member.value, "`loadBalancingConfig` must be an array of `{ \"<policy>\": {...} }` objects");
        return;
    }
    let known = false;
    const unknown = [];
    for (const element of member.value.elements) {
        if (!isObjectLike(element)) {
            reject(element, `a \`loadBalancingConfig\` entry must be an object, not ${describe(element)}`);
            continue;
        }
        const keys = element.type === "Object" ? new Set(element.members.map((m) => m.name.value)).size : element.elements.length;
        if (keys === 0)
            reject(element, "a `loadBalancingConfig` entry needs a policy name: `{ \"round_robin\": {} }`");
        else if (keys > 1)
            reject(element, "a `loadBalancingConfig` entry names exactly one policy; list alternatives as separate entries");
        else if (element.type === "Array")
            change(element, "an array is not a policy entry, so it is skipped");
        else {
            const name = element.members[0].name;
            if (isKnownLbPolicy(name.value))
                known = true;
            else
                unknown.push(name);
        }
    }
    // grpc-js takes the first policy it knows. Unknown names ahead of a known one are the designed way to
    // offer other clients a policy grpc-js lacks; only a list with nothing grpc-js knows changes behavior.
    if (known)
        return;
    for (const name of unknown) {
        change(name, `the load-balancing policy "${name.value}" is unknown to it and, with no policy it knows in the list, calls stay on pick_first (known: ${[...GRPC_JS_LB_POLICIES].join(", ")})`);
    }
}
function validateMethodConfig(node, { reject, change, misread }, seenNames) {
    if (!isObjectLike(node)) {
        reject(node, `a \`methodConfig\` entry must be an object, not ${describe(node)}`);
        return;
    }
    const names = getMember(node, "name");
    if (!names || names.value.type !== "Array") {
        reject(names?.value ?? node, "a `methodConfig` entry needs a `name` array: `\"name\": [{ \"service\": \"pkg.Service\" }]`");
    }
    else {
        for (const name of names.value.elements) {
            const parts = validateName(name, reject);
            if (parts === undefined)
                continue;
            checkNameMatches(name, change);
            // A service name may itself contain "/", so compare the parts, not a joined text.
            const identity = JSON.stringify([parts.service ?? null, parts.method ?? null]);
            const shown = parts.service === undefined ? "(channel-wide default)" : [parts.service, parts.method].filter(Boolean).join("/");
            if (seenNames.some((seen) => seen.key === identity))
                reject(name, `the name ${shown} appears twice in \`methodConfig\`; grpc-js refuses duplicates`);
            else
                seenNames.push({ key: identity, node: name });
        }
    }
    const waitForReady = getMember(node, "waitForReady");
    if (waitForReady && waitForReady.value.type !== "Boolean")
        reject(waitForReady.value, "`waitForReady` must be true or false");
    const timeout = getMember(node, "timeout");
    if (timeout)
        validateTimeout(timeout, reject, misread);
    for (const key of ["maxRequestBytes", "maxResponseBytes"]) {
        const limit = getMember(node, key);
        if (limit && limit.value.type !== "Number")
            reject(limit.value, `\`${key}\` must be a number`);
    }
    const retry = getMember(node, "retryPolicy");
    const hedging = getMember(node, "hedgingPolicy");
    if (retry && hedging) {
        reject(hedging.name, "a method config has either `retryPolicy` or `hedgingPolicy`, not both");
    }
    else if (retry) {
        validateRetryPolicy(retry, reject, change);
    }
    else if (hedging) {
        validateHedgingPolicy(hedging, reject, change);
    }
}
/** Returns the name as grpc-js reads it (an empty service is none), or undefined when rejected. */
function validateName(node, reject) {
    if (!isObjectLike(node)) {
        reject(node, `a \`name\` entry must be an object like \`{ "service": "pkg.Service", "method": "Get" }\`, not ${describe(node)}`);
        return undefined;
    }
    const service = getMember(node, "service");
    const method = getMember(node, "method");
    if (service && !(service.value.type === "String" && service.value.value === "")) {
        if (service.value.type !== "String") {
            reject(service.value, "`service` must be a string");
            return undefined;
        }
        if (method && !(method.value.type === "String" && method.value.value === "")) {
            if (method.value.type !== "String") {
                reject(method.value, "`method` must be a string");
                return undefined;
            }
            return { service: service.value.value, method: method.value.value };
        }
        return { service: service.value.value };
    }
    if (method) {
        reject(method.name, "`method` without a `service`: name the service the method belongs to");
        return undefined;
    }
    return {};
}
/** gRPC compares "/service/method" exactly: a name with spaces or slashes silently never applies. */
function checkNameMatches(name, change) {
    for (const key of ["service", "method"]) {
        const value = getMember(name, key)?.value;
        if (value?.type === "String" && /[\s/]/.test(value.value)) {
            change(value, `${key} "${value.value}" contains ${/\s/.test(value.value) ? "whitespace" : "a slash"}, so this entry never matches a call (names are compared exactly); write "${value.value.replace(/[\s/]/g, "")}"`);
        }
    }
}
function validateTimeout(timeout, reject, misread) {
    const value = timeout.value;
    if (value.type === "Object" || value.type === "Array" || value.type === "Null") {
        const seconds = getMember(value, "seconds");
        const nanos = getMember(value, "nanos");
        if (value.type === "Null" || seconds?.value.type !== "Number" || nanos?.value.type !== "Number") {
            reject(value, "`timeout` must be a duration string like \"1.5s\" or `{ \"seconds\": n, \"nanos\": n }`");
        }
        return;
    }
    if (value.type !== "String" || !DURATION_PATTERN.test(value.value)) {
        reject(value, "`timeout` must be a duration string like \"30s\" (digits, at most nine decimals, then `s`)");
        return;
    }
    const seconds = misreadTimeout(value.value);
    if (seconds) {
        misread(value, `version 1.14 reads timeout "${value.value}" as ${formatSeconds(seconds.read)}, not ${formatSeconds(seconds.meant)}; write whole seconds or nine decimals ("${seconds.meant.toFixed(9)}s")`);
    }
}
/** Required members a policy lacks, reported once at the policy rather than once per member. */
function rejectMissing(policy, label, required, reject) {
    const missing = required.filter((key) => !getMember(policy.value, key));
    if (missing.length === 0)
        return;
    reject(policy.name, `\`${label}\` lacks ${missing.map((key) => `\`${key}\``).join(", ")} (required: ${required.join(", ")})`);
}
function validateMaxAttempts(policy, label, reject, change) {
    const value = getMember(policy.value, "maxAttempts")?.value;
    if (!value)
        return;
    if (value.type !== "Number" || !Number.isInteger(value.value) || value.value < 2) {
        reject(value, `\`${label}.maxAttempts\` must be an integer of at least 2 (it counts the first attempt)`);
    }
    else if (value.value > GRPC_JS_MAX_ATTEMPTS_LIMIT) {
        change(value, `\`maxAttempts\` is capped at ${GRPC_JS_MAX_ATTEMPTS_LIMIT}, so ${value.value} means ${GRPC_JS_MAX_ATTEMPTS_LIMIT}; write ${GRPC_JS_MAX_ATTEMPTS_LIMIT} or less`);
    }
}
function validateDurationField(policy, label, key, reject) {
    const field = getMember(policy.value, key);
    if (field && (field.value.type !== "String" || !DURATION_PATTERN.test(field.value.value))) {
        reject(field.value, `\`${label}.${key}\` must be a duration string like "0.1s" (digits, at most nine decimals, then \`s\`)`);
    }
}
function validateStatusCodes(list, label, reject) {
    if (list.type !== "Array")
        return;
    for (const code of list.elements) {
        if ((code.type !== "String" && code.type !== "Number") || statusCodeName(code.value) === undefined) {
            reject(code, `\`${label}\` holds ${code.type === "String" ? `"${code.value}"` : code.type === "Number" ? String(code.value) : describe(code)}, which is not a status code name or number (0-16)`);
        }
    }
}
const RETRY_POLICY_REQUIRED = ["maxAttempts", "initialBackoff", "maxBackoff", "backoffMultiplier", "retryableStatusCodes"];
function validateRetryPolicy(policy, reject, change) {
    if (!isObjectLike(policy.value)) {
        reject(policy.value, `\`retryPolicy\` must be an object, not ${describe(policy.value)}`);
        return;
    }
    rejectMissing(policy, "retryPolicy", RETRY_POLICY_REQUIRED, reject);
    validateMaxAttempts(policy, "retryPolicy", reject, change);
    validateDurationField(policy, "retryPolicy", "initialBackoff", reject);
    validateDurationField(policy, "retryPolicy", "maxBackoff", reject);
    const multiplier = getMember(policy.value, "backoffMultiplier");
    if (multiplier && (multiplier.value.type !== "Number" || multiplier.value.value <= 0)) {
        reject(multiplier.value, "`retryPolicy.backoffMultiplier` must be a number greater than 0");
    }
    const codes = getMember(policy.value, "retryableStatusCodes");
    if (!codes)
        return;
    if (codes.value.type !== "Array") {
        reject(codes.value, "`retryPolicy.retryableStatusCodes` must be a list such as [\"UNAVAILABLE\"]");
    }
    else if (codes.value.elements.length === 0) {
        reject(codes.value, "`retryPolicy.retryableStatusCodes` is empty, so nothing would be retried; list at least one code");
    }
    else {
        validateStatusCodes(codes.value, "retryableStatusCodes", reject);
    }
}
function validateHedgingPolicy(policy, reject, change) {
    if (!isObjectLike(policy.value)) {
        reject(policy.value, `\`hedgingPolicy\` must be an object, not ${describe(policy.value)}`);
        return;
    }
    rejectMissing(policy, "hedgingPolicy", ["maxAttempts"], reject);
    validateMaxAttempts(policy, "hedgingPolicy", reject, change);
    validateDurationField(policy, "hedgingPolicy", "hedgingDelay", reject);
    const codes = getMember(policy.value, "nonFatalStatusCodes");
    if (codes) {
        if (codes.value.type === "Array")
            validateStatusCodes(codes.value, "nonFatalStatusCodes", reject);
        else
            change(codes.value, "`nonFatalStatusCodes` is not an array, so it is ignored");
    }
}

import { statusCodeName, type StatusCodeName } from "../policy/index.js";
import { durationSeconds } from "./duration.js";
import { getMember, getValue, type MemberNode, type StringNode, type ValueNode } from "./tree.js";

/**
 * The typed service-config model. It reads whatever shape it is given (the validator, not the
 * model, decides what grpc-js rejects); fields of the wrong type are simply absent. Every part
 * keeps the tree node it came from, for positions.
 */
export interface ServiceConfig {
  root: ValueNode;
  methodConfigs: MethodConfig[];
  retryThrottling?: { member: MemberNode; maxTokens?: number; tokenRatio?: number };
  loadBalancingConfig?: { member: MemberNode; policies: LoadBalancingPolicyRef[] };
  loadBalancingPolicy?: { member: MemberNode; value?: string };
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
  timeout?: { member: MemberNode; seconds?: number; text?: string };
  waitForReady?: boolean;
  maxRequestBytes?: number;
  maxResponseBytes?: number;
  retryPolicy?: RetryPolicy;
  hedgingPolicy?: HedgingPolicy;
}

export function buildServiceConfig(root: ValueNode): ServiceConfig {
  const config: ServiceConfig = { root, methodConfigs: [] };
  const methodConfig = getValue(root, "methodConfig");
  if (methodConfig?.type === "Array") config.methodConfigs = methodConfig.elements.map(readMethodConfig);

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
    const policies: LoadBalancingPolicyRef[] = [];
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

/**
 * One method config, read from its node whenever a field is asked for instead of held: the rules read
 * each field once or twice, and the fields held for every entry of a large config (5 objects, 2 lists
 * and 6 nodes each) were 330 MB for a 100 MB config, more than its tree.
 */
class MethodConfigOf implements MethodConfig {
  constructor(readonly node: ValueNode) {}

  get names(): MethodName[] {
    const names = getValue(this.node, "name");
    return names?.type === "Array" ? names.elements.map(readName) : [];
  }

  get timeout(): MethodConfig["timeout"] {
    const timeout = getMember(this.node, "timeout");
    return timeout ? readTimeout(timeout) : undefined;
  }

  get waitForReady(): boolean | undefined {
    const waitForReady = getValue(this.node, "waitForReady");
    return waitForReady?.type === "Boolean" ? waitForReady.value : undefined;
  }

  get maxRequestBytes(): number | undefined {
    return numberAt(this.node, "maxRequestBytes");
  }

  get maxResponseBytes(): number | undefined {
    return numberAt(this.node, "maxResponseBytes");
  }

  get retryPolicy(): RetryPolicy | undefined {
    const retry = getMember(this.node, "retryPolicy");
    return retry ? readRetryPolicy(retry) : undefined;
  }

  get hedgingPolicy(): HedgingPolicy | undefined {
    const hedging = getMember(this.node, "hedgingPolicy");
    return hedging ? readHedgingPolicy(hedging) : undefined;
  }
}

function readMethodConfig(node: ValueNode): MethodConfig {
  return new MethodConfigOf(node);
}

function readTimeout(member: MemberNode): NonNullable<MethodConfig["timeout"]> {
  const value = member.value;
  const text = value.type === "String" ? value.value : undefined;
  let seconds = text === undefined ? undefined : durationSeconds(text);
  if (value.type === "Object") {
    const whole = numberAt(value, "seconds");
    const nanos = numberAt(value, "nanos");
    if (whole !== undefined && nanos !== undefined) seconds = whole + nanos / 1e9;
  }
  return { member, seconds, text };
}

function readRetryPolicy(member: MemberNode): RetryPolicy {
  const value = member.value;
  const codes = getMember(value, "retryableStatusCodes");
  return {
    kind: "retry",
    member,
    maxAttempts: numberAt(value, "maxAttempts"),
    statusCodes: readStatusCodes(codes?.value),
    statusCodesMember: codes,
    initialBackoff: durationAt(value, "initialBackoff"),
    maxBackoff: durationAt(value, "maxBackoff"),
    backoffMultiplier: numberAt(value, "backoffMultiplier"),
  };
}

function readHedgingPolicy(member: MemberNode): HedgingPolicy {
  const value = member.value;
  const codes = getMember(value, "nonFatalStatusCodes");
  return {
    kind: "hedging",
    member,
    maxAttempts: numberAt(value, "maxAttempts"),
    statusCodes: readStatusCodes(codes?.value),
    statusCodesMember: codes,
    hedgingDelay: durationAt(value, "hedgingDelay"),
  };
}

function readName(node: ValueNode): MethodName {
  const service = getValue(node, "service");
  const method = getValue(node, "method");
  const named = service?.type === "String" && service.value !== "";
  return {
    node,
    service: named ? service.value : undefined,
    method: named && method?.type === "String" && method.value !== "" ? method.value : undefined,
  };
}

function readStatusCodes(node: ValueNode | undefined): StatusCodeRef[] {
  if (node?.type !== "Array") return [];
  return node.elements.map((element) => ({
    node: element,
    name: element.type === "String" || element.type === "Number" ? statusCodeName(element.value) : undefined,
  }));
}

function numberAt(node: ValueNode | undefined, key: string): number | undefined {
  const value = getValue(node, key);
  return value?.type === "Number" ? value.value : undefined;
}

function durationAt(node: ValueNode | undefined, key: string): number | undefined {
  const value = getValue(node, key);
  return value?.type === "String" ? durationSeconds(value.value) : undefined;
}

/** How grpc-js clamps maxAttempts without the `grpc-node.retry_max_attempts_limit` channel option. */
export const GRPC_JS_MAX_ATTEMPTS_LIMIT = 5;

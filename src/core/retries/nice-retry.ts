/**
 * nice-grpc's retry middleware (`nice-grpc-client-middleware-retry`), turned on per call with
 * `retry: true`. From its source: `retry` defaults to true only for methods whose
 * `idempotency_level` is IDEMPOTENT or NO_SIDE_EFFECTS; `retryableStatuses` defaults to UNKNOWN,
 * INTERNAL, UNAVAILABLE and CANCELLED (a server that shuts down answers CANCELLED; the client's own
 * cancellations are AbortErrors and never retried); `retryMaxAttempts` defaults to 1 and accepts
 * Infinity; backoff is exponential with jitter. Streaming calls are never retried.
 */
import { AST_NODE_TYPES, type TSESTree } from "@typescript-eslint/utils";
import type { GrpcAnalysis, GrpcCall } from "../calls/index.js";
import { NEVER_RETRY, RETRY_ONLY_IF_IDEMPOTENT, idempotencyByName, statusCodeFromEnumMember, statusCodeName, type MethodIdempotency, type StatusCodeName } from "../policy/index.js";
import { lookupProperty, memberName, unwrap } from "../syntax/index.js";

/** How idempotent an RPC method is, by its name in code: the protos' `idempotency_level` when the caller has them, else its verb. */
export type IdempotencyOf = (method: string) => MethodIdempotency;

const DEFAULT_RETRYABLE: readonly StatusCodeName[] = ["UNKNOWN", "INTERNAL", "UNAVAILABLE", "CANCELLED"];

export type NiceRetryProblem =
  /** `retry: true` on a method that is not idempotent by name, with codes that may repeat its effect. */
  | { kind: "retry-non-idempotent"; node: TSESTree.Node; codes: StatusCodeName[]; idempotency: MethodIdempotency }
  /** A listed code a repeat cannot fix. */
  | { kind: "non-retryable-status"; node: TSESTree.Node; code: StatusCodeName }
  /** `retryMaxAttempts: Infinity`. */
  | { kind: "no-attempt-cap"; node: TSESTree.Node };

function isTrue(node: TSESTree.Node): boolean {
  const target = unwrap(node);
  return target.type === AST_NODE_TYPES.Literal && target.value === true;
}

function codeOf(node: TSESTree.Node): StatusCodeName | undefined {
  const target = unwrap(node);
  if (target.type === AST_NODE_TYPES.MemberExpression) {
    const name = memberName(target);
    return name === undefined ? undefined : statusCodeFromEnumMember(name);
  }
  if (target.type === AST_NODE_TYPES.Literal && typeof target.value === "number") return statusCodeName(target.value);
  return undefined;
}

/** What a nice-grpc call's retry options ask the retry middleware to do that is unsafe. */
export function niceRetryProblems(analysis: GrpcAnalysis, call: GrpcCall, idempotencyOf: IdempotencyOf = idempotencyByName): NiceRetryProblem[] {
  if (call.library !== "nice-grpc" || !call.options || call.callType === "client-stream" || call.callType === "bidi" || call.callType === "server-stream") return [];
  const retry = lookupProperty(analysis, call.options, "retry");
  if (retry.state !== "present" || !retry.value || !isTrue(retry.value)) return [];
  const problems: NiceRetryProblem[] = [];
  let codes: StatusCodeName[] = [...DEFAULT_RETRYABLE];
  const listed = lookupProperty(analysis, call.options, "retryableStatuses");
  if (listed.state === "unknown") return [];
  if (listed.state === "present" && listed.value) {
    codes = [];
    for (const source of analysis.estree.valueSources(listed.value)) {
      const array = unwrap(source);
      if (array.type !== AST_NODE_TYPES.ArrayExpression) return problems;
      for (const element of array.elements) {
        if (!element || element.type === AST_NODE_TYPES.SpreadElement) continue;
        const code = codeOf(element);
        if (!code) continue;
        codes.push(code);
        if (NEVER_RETRY.has(code)) problems.push({ kind: "non-retryable-status", node: element, code });
      }
    }
  }
  const idempotency = idempotencyOf(call.method);
  const unsafe = codes.filter((code) => RETRY_ONLY_IF_IDEMPOTENT.has(code));
  if (idempotency.level === "SIDE_EFFECTS" && unsafe.length > 0) {
    problems.unshift({ kind: "retry-non-idempotent", node: retry.value.parent ?? retry.value, codes: unsafe, idempotency });
  }
  const attempts = lookupProperty(analysis, call.options, "retryMaxAttempts");
  if (attempts.state === "present" && attempts.value) {
    const value = unwrap(attempts.value);
    if (value.type === AST_NODE_TYPES.Identifier && value.name === "Infinity") problems.push({ kind: "no-attempt-cap", node: attempts.value.parent ?? attempts.value });
  }
  return problems;
}

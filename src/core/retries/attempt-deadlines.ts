/**
 * Deadlines given afresh to each attempt of a hand-written retry. grpc-js's own retries keep one
 * deadline for the whole call: retrying-call.ts starts every attempt with the call's `deadline`,
 * so the attempts and the waits between them share one budget. A hand-written loop that computes
 * `Date.now() + ms` inside the attempt, or passes Connect's relative `timeoutMs` (a new timer per
 * call, `createDeadlineSignal` in @connectrpc/connect), gives every attempt the full budget: three
 * attempts of five seconds plus the waits run for fifteen seconds and more, long after the caller
 * that wanted an answer in five has given up and moved on.
 *
 * Not fresh: a deadline computed once before the loop, a relative timeout computed from the time
 * left (`deadline - Date.now()`), and `Math.min(...)` with an overall deadline.
 */
import { AST_NODE_TYPES, type TSESTree } from "@typescript-eslint/utils";
import type { GrpcAnalysis, GrpcCall } from "../calls/index.js";
import { CALL_DEADLINE_OPTION, readsClock } from "../deadlines/index.js";
import { lookupProperty, memberName, unwrap, visitNodes, within } from "../syntax/index.js";

export interface FreshDeadline {
  /** The deadline or timeout value the call is given. */
  node: TSESTree.Node;
  /** How the call bounds itself, for messages: `deadline`, `timeoutMs` or `timeout`. */
  option: string;
}

const BUDGET_NAME = /deadline|budget|elapsed|remaining|timeLeft|until|expires/i;

function isMathMin(node: TSESTree.Node): boolean {
  const target = unwrap(node);
  if (target.type !== AST_NODE_TYPES.CallExpression) return false;
  const callee = unwrap(target.callee);
  return callee.type === AST_NODE_TYPES.MemberExpression && memberName(callee) === "min";
}

/**
 * The value `call` bounds itself with, when it is computed inside `attempt` (evaluated again for
 * every attempt) from the clock, or is a relative timeout not derived from the time left.
 */
export function freshDeadline(analysis: GrpcAnalysis, call: GrpcCall, attempt: TSESTree.Node): FreshDeadline | undefined {
  const option = CALL_DEADLINE_OPTION[call.library];
  if (!option || !call.options) return undefined;
  const found = lookupProperty(analysis, call.options, option.name);
  if (found.state !== "present" || !found.value) return undefined;
  const sources = analysis.estree.valueSources(found.value);
  if (sources.length === 0 || sources.some(isMathMin) || isMathMin(found.value)) return undefined;
  if (option.relative) {
    // `timeoutMs: deadline - Date.now()` is the time left of one budget (so is a value named like
    // it, or one a function computes); any other timeout is a new budget for this attempt alone.
    const newBudget = (source: TSESTree.Node): boolean => {
      const target = unwrap(source);
      if (readsClock(target) || mentionsBudget(target) || visitsCall(target)) return false;
      if (target.type === AST_NODE_TYPES.Literal) return typeof target.value === "number" && target.value > 0;
      return target.type === AST_NODE_TYPES.Identifier ? target.name !== "undefined" && target.name !== "Infinity" : target.type === AST_NODE_TYPES.MemberExpression || target.type === AST_NODE_TYPES.BinaryExpression;
    };
    if (sources.every(newBudget)) return { node: found.value, option: option.name };
  }
  if (!option.absolute) return undefined;
  // An absolute deadline is fresh when every clock reading it comes from is evaluated per attempt.
  // `new Date(stopAt)` converts a time computed elsewhere: what counts is where `stopAt` was computed.
  const readings = sources.flatMap((source) => {
    const target = unwrap(source);
    const converts = target.type === AST_NODE_TYPES.NewExpression && target.arguments.length > 0 && unwrap(target.callee).type === AST_NODE_TYPES.Identifier && (unwrap(target.callee) as TSESTree.Identifier).name === "Date";
    return converts ? target.arguments.flatMap((argument) => analysis.estree.valueSources(argument)) : [source];
  });
  if (readings.length === 0 || !readings.every((reading) => readsClock(reading))) return undefined;
  return readings.every((reading) => within(reading, attempt)) ? { node: found.value, option: option.name } : undefined;
}

function visitsCall(node: TSESTree.Node): boolean {
  let found = false;
  visitNodes(node, (inner) => {
    if (!found && inner.type === AST_NODE_TYPES.CallExpression) found = true;
  }, false);
  return found;
}

function mentionsBudget(node: TSESTree.Node): boolean {
  let found = false;
  visitNodes(node, (inner) => {
    if (!found && inner.type === AST_NODE_TYPES.Identifier && BUDGET_NAME.test(inner.name)) found = true;
  }, false);
  return found;
}

/**
 * Whether the retry checks an overall time budget on its way round: a comparison with the clock,
 * or with a value named like a deadline (`if (Date.now() > deadline) throw`, `while (left > 0)`).
 */
export function checksTimeBudget(region: TSESTree.Node): boolean {
  let found = false;
  visitNodes(region, (node) => {
    if (found || node.type !== AST_NODE_TYPES.BinaryExpression || !["<", "<=", ">", ">="].includes(node.operator)) return;
    if (readsClock(node) || mentionsBudget(node)) found = true;
  }, true);
  return found;
}

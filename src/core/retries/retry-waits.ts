/**
 * The wait between the attempts of a hand-written retry, and whether it is random. gRFC A6 asks
 * for randomised backoff, and grpc-js's own retries follow it (retrying-call.ts multiplies each
 * backoff by a jitter between 0.8 and 1.2 from `Math.random()`): clients that failed together,
 * when a server restarted or a network blipped, must not wait the same time and come back
 * together. A fixed or purely exponential wait keeps them in step, so every wave of retries hits
 * the recovering server at once.
 *
 * Only waits whose length can be read in this file are judged: `setTimeout`, `timers/promises`
 * and helpers declared here (`const sleep = (ms) => new Promise(...)`, a method of the same
 * class). A helper from elsewhere (`backoff.next()`, a library) may jitter: it is "unknown".
 */
import { AST_NODE_TYPES, type TSESTree } from "@typescript-eslint/utils";
import type { GrpcAnalysis } from "../calls/index.js";
import { isFunctionNode, memberName, unwrap, visitNodes, type FunctionNode } from "../syntax/index.js";

export type WaitVerdict = "random" | "fixed" | "unknown";

const RANDOM_NAME = /random|jitter/i;
/** Arithmetic that keeps a fixed amount fixed. */
const MATH_ARITHMETIC: ReadonlySet<string> = new Set(["min", "max", "pow", "floor", "ceil", "round", "trunc", "abs"]);
/** Names a retry counter goes by: a fixed amount computed from it is still the same on every client. */
const COUNTER_NAME = /^(i|n|k|attempts?\w*|retr\w*|tries|tried|count\w*)$/i;
const MAX_DEPTH = 3;
const TIMER_PROMISES = new Set(["timers/promises", "node:timers/promises"]);

function combine(verdicts: WaitVerdict[]): WaitVerdict {
  if (verdicts.includes("random")) return "random";
  return verdicts.includes("unknown") ? "unknown" : "fixed";
}

/** `Math.random()`, `crypto.randomInt(...)`, `jitter(...)`, a `jitterMs` value: randomness by its name. */
function mentionsRandomness(node: TSESTree.Node): boolean {
  let found = false;
  visitNodes(node, (inner) => {
    if (found) return;
    if (inner.type === AST_NODE_TYPES.Identifier && RANDOM_NAME.test(inner.name)) found = true;
    else if (inner.type === AST_NODE_TYPES.MemberExpression && RANDOM_NAME.test(memberName(inner) ?? "")) found = true;
    else if (inner.type === AST_NODE_TYPES.MemberExpression && memberName(inner) === "getRandomValues") found = true;
  }, true);
  return found;
}

/** Whether an amount of time is the same on every client: literals, counters and arithmetic on them. */
function amountVerdict(analysis: GrpcAnalysis, node: TSESTree.Node, depth: number): WaitVerdict {
  const target = unwrap(node);
  if (mentionsRandomness(target)) return "random";
  if (depth > MAX_DEPTH) return "unknown";
  switch (target.type) {
    case AST_NODE_TYPES.Literal:
      return typeof target.value === "number" ? "fixed" : "unknown";
    case AST_NODE_TYPES.Identifier: {
      const sources = analysis.estree.valueSources(target).filter((source) => source !== target);
      if (sources.length > 0) return combine(sources.map((source) => amountVerdict(analysis, source, depth + 1)));
      // A counter with no plain assignment (`attempt++` only, or a parameter named so).
      return COUNTER_NAME.test(target.name) ? "fixed" : "unknown";
    }
    case AST_NODE_TYPES.MemberExpression: {
      const sources = analysis.estree.valueSources(target).filter((source) => source !== target);
      return sources.length > 0 ? combine(sources.map((source) => amountVerdict(analysis, source, depth + 1))) : "unknown";
    }
    case AST_NODE_TYPES.BinaryExpression:
      if (target.left.type === AST_NODE_TYPES.PrivateIdentifier) return "unknown";
      return combine([amountVerdict(analysis, target.left, depth + 1), amountVerdict(analysis, target.right, depth + 1)]);
    case AST_NODE_TYPES.UnaryExpression:
      return amountVerdict(analysis, target.argument, depth + 1);
    case AST_NODE_TYPES.ConditionalExpression:
      return combine([amountVerdict(analysis, target.consequent, depth + 1), amountVerdict(analysis, target.alternate, depth + 1)]);
    case AST_NODE_TYPES.CallExpression: {
      const callee = unwrap(target.callee);
      const isMath = callee.type === AST_NODE_TYPES.MemberExpression && unwrap(callee.object).type === AST_NODE_TYPES.Identifier && (unwrap(callee.object) as TSESTree.Identifier).name === "Math" && MATH_ARITHMETIC.has(memberName(callee) ?? "");
      if (!isMath || target.arguments.some((arg) => arg.type === AST_NODE_TYPES.SpreadElement)) return "unknown";
      return combine(target.arguments.map((arg) => amountVerdict(analysis, arg, depth + 1)));
    }
    default:
      return "unknown";
  }
}

/** The function a call runs when it is declared in this file: a function, a variable holding one, a method of the caller's class. */
function localFunction(analysis: GrpcAnalysis, call: TSESTree.CallExpression): FunctionNode | undefined {
  const callee = unwrap(call.callee);
  if (callee.type === AST_NODE_TYPES.Identifier) {
    for (const source of analysis.estree.valueSources(callee)) {
      if (isFunctionNode(source)) return source;
    }
    const def = analysis.estree.variableOf(callee)?.defs[0];
    return def?.type === "FunctionName" && def.node && isFunctionNode(def.node) ? def.node : undefined;
  }
  if (callee.type === AST_NODE_TYPES.MemberExpression && unwrap(callee.object).type === AST_NODE_TYPES.ThisExpression) {
    const name = memberName(callee);
    for (let current: TSESTree.Node | undefined = call.parent; current; current = current.parent) {
      if (current.type !== AST_NODE_TYPES.ClassBody) continue;
      for (const member of current.body) {
        if ((member.type === AST_NODE_TYPES.MethodDefinition || member.type === AST_NODE_TYPES.PropertyDefinition) && member.key.type === AST_NODE_TYPES.Identifier && member.key.name === name && member.value && isFunctionNode(member.value)) {
          return member.value;
        }
      }
      return undefined;
    }
  }
  return undefined;
}

/** Whether the wait a delay call makes is random, fixed, or cannot be read here. */
export function waitVerdict(analysis: GrpcAnalysis, call: TSESTree.CallExpression, depth = 0): WaitVerdict {
  const callee = unwrap(call.callee);
  const imported = callee.type === AST_NODE_TYPES.Identifier ? analysis.estree.importedName(callee) : undefined;
  // `import { setTimeout as wait } from "node:timers/promises"`: `wait(ms)`.
  if (imported?.name === "setTimeout" && TIMER_PROMISES.has(imported.module)) return call.arguments[0] ? amountVerdict(analysis, call.arguments[0], 0) : "fixed";
  if (callee.type === AST_NODE_TYPES.Identifier && callee.name === "setTimeout") {
    if (imported !== undefined) return "unknown";
    // The global timer: `setTimeout(callback, ms)`, no `ms` being no wait at all.
    return call.arguments[1] ? amountVerdict(analysis, call.arguments[1], 0) : "fixed";
  }
  const helper = depth < MAX_DEPTH ? localFunction(analysis, call) : undefined;
  if (!helper) return "unknown";
  if (mentionsRandomness(helper.body)) return "random";
  // The helper's own timers wait what it was given: a fixed argument is a fixed wait.
  const inner: TSESTree.CallExpression[] = [];
  visitNodes(helper.body, (node) => {
    if (node.type === AST_NODE_TYPES.CallExpression && node !== call) inner.push(node);
  }, true);
  const timers = inner.filter((node) => {
    const innerCallee = unwrap(node.callee);
    return innerCallee.type === AST_NODE_TYPES.Identifier && innerCallee.name === "setTimeout";
  });
  if (timers.length === 0) return "unknown";
  const own = combine(timers.map((timer) => waitOfParameters(analysis, timer, helper)));
  if (own !== "fixed") return own;
  return call.arguments.length === 0 ? "fixed" : combine(call.arguments.map((arg) => (arg.type === AST_NODE_TYPES.SpreadElement ? "unknown" : amountVerdict(analysis, arg, 0))));
}

/** A helper's timer: a wait of one of its parameters is as fixed as what callers pass; anything else is read as usual. */
function waitOfParameters(analysis: GrpcAnalysis, timer: TSESTree.CallExpression, helper: FunctionNode): WaitVerdict {
  const amount = timer.arguments[1];
  if (!amount) return "fixed";
  const target = unwrap(amount);
  if (target.type === AST_NODE_TYPES.Identifier && helper.params.some((param) => paramName(param) === target.name)) return "fixed";
  return amountVerdict(analysis, amount, 0);
}

function paramName(param: TSESTree.Parameter): string | undefined {
  if (param.type === AST_NODE_TYPES.Identifier) return param.name;
  if (param.type === AST_NODE_TYPES.AssignmentPattern && param.left.type === AST_NODE_TYPES.Identifier) return param.left.name;
  return undefined;
}

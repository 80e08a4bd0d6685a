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
import { AST_NODE_TYPES, type TSESTree } from "@typescript-eslint/utils";
import type { GrpcAnalysis, GrpcCall } from "../calls/index.js";
import { readsClock } from "../deadlines/index.js";
import { NEVER_RETRY, RETRY_ONLY_IF_IDEMPOTENT, idempotencyByName, statusCodeFromEnumMember, statusCodeName, type StatusCodeName } from "../policy/index.js";
import type { IdempotencyOf } from "./nice-retry.js";
import { functionName, isFunctionNode, memberName, unwrap, visitNodes, within, type FunctionNode } from "../syntax/index.js";
import { checksTimeBudget, freshDeadline } from "./attempt-deadlines.js";
import { libraryRetry } from "./retry-libraries.js";
import { waitVerdict } from "./retry-waits.js";

export type AttemptKind = "rpc" | "connect-interceptor" | "grpc-js-interceptor" | "wrapped-rpc";

export type RetryProblem =
  /** No condition on the way to the next attempt looks at the error's status code. */
  | { kind: "every-status" }
  /** A code the same request fails with again (NEVER_RETRY) leads to another attempt. */
  | { kind: "non-retryable-status"; code: StatusCodeName; node: TSESTree.Node }
  /** A code after which the server may have acted, retried on methods that are not idempotent (empty: every method). */
  | { kind: "unsafe-on-non-idempotent"; code: StatusCodeName; node: TSESTree.Node; methods: { method: string; reason: string }[] }
  | { kind: "no-attempt-cap" }
  | { kind: "no-backoff" }
  /** Every wait between attempts is a fixed or purely exponential time, the same on every client. */
  | { kind: "no-jitter"; node: TSESTree.Node }
  /** An attempt computes its own deadline, so the attempts together get several budgets. */
  | { kind: "fresh-deadline"; node: TSESTree.Node; option: string; method: string };

export interface RetrySite {
  /** Where a reviewer looks: the loop, or the name of the function that calls itself again. */
  node: TSESTree.Node;
  attempt: AttemptKind;
  /** The RPC methods retried (for interceptors: none, every method goes through them). */
  methods: string[];
  problems: RetryProblem[];
}

interface Attempt {
  kind: AttemptKind;
  methods: string[];
  /** The attempt opens a stream (`getWorkItems`, `watch`): the loop reconnects a long-lived stream. */
  opensStream: boolean;
  /** The RPCs made per attempt, each with the code evaluated again for every attempt (for handed functions: the function). */
  rpcs: { call: GrpcCall; perAttempt: TSESTree.Node | undefined }[];
}

/** Where a retry's parts are: what runs once per attempt, the whole retry, and its waits. */
interface RetryShape {
  perAttempt: TSESTree.Node;
  whole: TSESTree.Node;
  waits: TSESTree.CallExpression[];
  /** A retry library's own verdicts, from its options and defaults, where they replace what the code shows. */
  library?: { decided: boolean; random: boolean | "unknown" };
}

/** A condition on the way to the next attempt, and whether it holds there. */
interface PathCondition {
  test: TSESTree.Node;
  holds: boolean;
}

interface Mention {
  code: StatusCodeName;
  node: TSESTree.Node;
  /** True when the condition holding means the error has this code. */
  positive: boolean;
}

const COUNTER_NAME = /attempt|retr|tries|count|max|limit|remaining|left|budget/i;
const DELAY_NAME = /sleep|delay|wait|backoff|pause|timeout|timer|jitter/i;
const STATUS_ENUM_OBJECT = /status|code/i;
const MAX_SOURCE_DEPTH = 2;

function isLoop(node: TSESTree.Node): node is TSESTree.ForStatement | TSESTree.WhileStatement | TSESTree.DoWhileStatement {
  return node.type === AST_NODE_TYPES.ForStatement || node.type === AST_NODE_TYPES.WhileStatement || node.type === AST_NODE_TYPES.DoWhileStatement;
}

function calleeName(call: TSESTree.CallExpression | TSESTree.NewExpression): string | undefined {
  const callee = unwrap(call.callee);
  if (callee.type === AST_NODE_TYPES.Identifier) return callee.name;
  if (callee.type === AST_NODE_TYPES.MemberExpression) return memberName(callee);
  return undefined;
}

function enclosingFunction(node: TSESTree.Node): FunctionNode | undefined {
  for (let current = node.parent; current; current = current.parent) if (isFunctionNode(current)) return current;
  return undefined;
}

function returnsFunction(fn: FunctionNode): boolean {
  if (fn.body.type !== AST_NODE_TYPES.BlockStatement) return isFunctionNode(unwrap(fn.body));
  return fn.body.body.some((statement) => statement.type === AST_NODE_TYPES.ReturnStatement && statement.argument !== null && isFunctionNode(unwrap(statement.argument)));
}

function buildsInterceptingCall(fn: FunctionNode): boolean {
  let found = false;
  visitNodes(fn.body, (node) => {
    if (!found && node.type === AST_NODE_TYPES.NewExpression && calleeName(node)?.endsWith("InterceptingCall")) found = true;
  });
  return found;
}

function containsNode(root: TSESTree.Node, test: (node: TSESTree.Node) => boolean, enterFunctions: boolean): boolean {
  let found = false;
  visitNodes(root, (node) => {
    if (!found && test(node)) found = true;
  }, enterFunctions);
  return found;
}

export class RetryFinder {
  private readonly sites: RetrySite[] = [];
  /** Calls by the name they call (`retry(...)`, `this.retry(...)`), so each function finds its own cheaply. */
  private readonly callsByName = new Map<string, TSESTree.CallExpression[]>();

  constructor(
    private readonly analysis: GrpcAnalysis,
    private readonly idempotencyOf: IdempotencyOf,
  ) {}

  find(program: TSESTree.Program): RetrySite[] {
    const loops: (TSESTree.ForStatement | TSESTree.WhileStatement | TSESTree.DoWhileStatement)[] = [];
    const functions: FunctionNode[] = [];
    const calls: TSESTree.CallExpression[] = [];
    visitNodes(program, (node) => {
      if (isLoop(node)) loops.push(node);
      else if (isFunctionNode(node)) functions.push(node);
      else if (node.type === AST_NODE_TYPES.CallExpression) {
        calls.push(node);
        const name = calleeName(node);
        if (name !== undefined) {
          const list = this.callsByName.get(name);
          if (list) list.push(node);
          else this.callsByName.set(name, [node]);
        }
      }
    });
    for (const loop of loops) this.loopSite(loop);
    for (const fn of functions) this.recursiveSite(fn);
    for (const call of calls) this.librarySite(call);
    return this.sites;
  }

  /** A loop whose `try` makes an attempt and whose `catch` does not always leave the loop. */
  private loopSite(loop: TSESTree.ForStatement | TSESTree.WhileStatement | TSESTree.DoWhileStatement): void {
    const tries: TSESTree.TryStatement[] = [];
    visitNodes(loop.body, (node) => {
      // A try inside an inner loop is that loop's retry, not this one's.
      if (node.type === AST_NODE_TYPES.TryStatement && node.handler && nearestLoop(node) === loop) tries.push(node);
    }, false);
    for (const statement of tries) {
      // Entering functions: the attempt is often wrapped (`await new Promise((res, rej) => client.m(req, cb))`).
      const attempt = this.attemptIn(statement.block, enclosingFunction(loop), true);
      if (!attempt) continue;
      const handler = statement.handler!;
      // A retry stops once an attempt succeeds; a loop that carries on after success iterates over work.
      if (alwaysLeaves(handler.body) || !stopsOnSuccess(statement.block, loop)) continue;
      const conditions = handlerConditions(handler.body);
      if (loop.test) conditions.push({ test: loop.test, holds: true });
      const capped = (loop.test !== null && !isConstantTrue(loop.test) && hasCounterCheck(loop.test, false)) || hasCounterCheck(loop.body, false);
      const waits = delayCalls(loop.body);
      this.addSite(loop, attempt, conditions, capped, waits.length > 0, enclosingFunction(loop), { perAttempt: loop.body, whole: loop, waits });
      return;
    }
  }

  /** A named function that calls itself again around an attempt. */
  private recursiveSite(fn: FunctionNode): void {
    const name = functionName(fn);
    if (!name) return;
    const named = this.callsByName.get(name) ?? [];
    const byName = (call: TSESTree.CallExpression) => unwrap(call.callee).type === AST_NODE_TYPES.Identifier || isThisCall(call, name);
    // Only a call again after a failure is a retry (a recursive pager calls itself after a success).
    const selfCalls = named.filter((call) => within(call, fn.body) && byName(call) && onErrorPath(call, fn));
    if (selfCalls.length === 0) return;
    const attempt = this.attemptIn(fn.body, fn, true);
    if (!attempt) return;
    // Every way into the next attempt: the calls inside (the retry) and the first call from the
    // listener around it (grpc-js interceptors start retrying from `onReceiveStatus`).
    const scope = enclosingFunction(fn) ?? fn;
    const entries = named.filter((call) => !within(call, fn.body) && within(call, scope) && byName(call));
    const conditions: PathCondition[] = [];
    for (const call of selfCalls) conditions.push(...pathConditions(call, fn));
    for (const call of entries) conditions.push(...pathConditions(call, scope));
    const capped = hasCounterCheck(fn.body, true) || conditions.some((condition) => hasCounterCheck(condition.test, true)) || (fn.params.length > 0 && selfCalls.some(decrementsArgument));
    const waits = [...delayCalls(fn.body), ...selfCalls.flatMap((call) => enclosingDelayCalls(call, fn))];
    const reportAt = fn.id ?? (fn.parent?.type === AST_NODE_TYPES.VariableDeclarator ? fn.parent.id : fn.parent && "key" in fn.parent ? fn.parent.key : fn);
    this.addSite(reportAt, attempt, conditions, capped, waits.length > 0, fn, { perAttempt: fn.body, whole: scope, waits: [...new Set(waits)] });
  }

  /** `pRetry(() => client.m(req))` and the other retry libraries: their options decide. */
  private librarySite(call: TSESTree.CallExpression): void {
    const retry = libraryRetry(this.analysis, call);
    if (!retry) return;
    const attempt = this.attemptIn(retry.attempt.body, retry.attempt, true);
    if (attempt?.kind !== "rpc") return;
    const conditions = typeof retry.decision === "object" ? retry.decision.retryCalls.flatMap((retryCall) => pathConditions(retryCall, retry.attempt)) : [];
    const shape: RetryShape = { perAttempt: retry.attempt, whole: retry.attempt, waits: [], library: { decided: retry.decision === "decided", random: retry.random } };
    // Every library waits between attempts (p-retry 1 s, exponential-backoff 100 ms, doubling).
    this.addSite(call.callee, attempt, conditions, retry.capped !== false, true, retry.attempt, shape);
  }

  private addSite(node: TSESTree.Node, attempt: Attempt, conditions: PathCondition[], capped: boolean, delayed: boolean, owner: FunctionNode | undefined, shape: RetryShape): void {
    if (this.sites.some((site) => site.node === node)) return;
    const problems: RetryProblem[] = [];
    const verdict = this.codeVerdict(conditions);
    const { retried } = verdict;
    const looked = verdict.looked || shape.library?.decided === true;
    const delegated = verdict.delegated || shape.library?.decided === true;
    // Reopening a stream meant to stay open (a worker's work-item stream, a watch) until the
    // process stops is a reconnect loop: it has no cap by design and reconnects after any end.
    // What it still needs is a delay, or a broken server is hammered in a tight loop.
    const reconnect = attempt.opensStream && delayed;
    if (reconnect) {
      // Nothing but the delay applies.
    } else if (!looked) {
      problems.push({ kind: "every-status" });
    } else {
      const unsafeMethods =
        attempt.kind === "rpc" || attempt.kind === "wrapped-rpc"
          ? attempt.methods.flatMap((method) => {
              const idempotency = this.idempotencyOf(method);
              return idempotency.level === "SIDE_EFFECTS" ? [{ method, reason: idempotency.reason }] : [];
            })
          : [];
      const everyMethod = (attempt.kind === "connect-interceptor" || attempt.kind === "grpc-js-interceptor") && !(owner && mentionsIdempotency(owner));
      for (const mention of retried) {
        if (NEVER_RETRY.has(mention.code)) problems.push({ kind: "non-retryable-status", code: mention.code, node: mention.node });
        else if (RETRY_ONLY_IF_IDEMPOTENT.has(mention.code) && (everyMethod || unsafeMethods.length > 0)) {
          problems.push({ kind: "unsafe-on-non-idempotent", code: mention.code, node: mention.node, methods: everyMethod ? [] : unsafeMethods });
        }
      }
    }
    // A decision handed to a strategy (`policy.shouldRetry(err, attempt)`) may hold the cap too.
    if (!capped && !delegated && !attempt.opensStream) problems.push({ kind: "no-attempt-cap" });
    if (!delayed) problems.push({ kind: "no-backoff" });
    else if (shape.library ? shape.library.random === false : shape.waits.every((wait) => waitVerdict(this.analysis, wait) === "fixed")) problems.push({ kind: "no-jitter", node: shape.waits[0] ?? node });
    // A reconnect loop opens a stream meant to stay open: no deadline is its point.
    const budgeted = checksTimeBudget(shape.whole) || conditions.some((condition) => readsClock(condition.test) || checksTimeBudget(condition.test));
    if (!attempt.opensStream && !budgeted) {
      for (const { call, perAttempt } of attempt.rpcs) {
        const fresh = freshDeadline(this.analysis, call, perAttempt ?? shape.perAttempt);
        if (fresh) problems.push({ kind: "fresh-deadline", node: fresh.node, option: fresh.option, method: call.method });
      }
    }
    this.sites.push({ node, attempt: attempt.kind, methods: attempt.methods, problems });
  }

  /** Whether anything on the way looks at the status (itself, or by a call), and the codes that lead to another attempt. */
  private codeVerdict(conditions: PathCondition[]): { looked: boolean; delegated: boolean; retried: Mention[] } {
    let looked = false;
    let delegated = false;
    const retried: Mention[] = [];
    for (const { test, holds } of conditions) {
      const mentions = statusMentions(this.analysis, test);
      for (const mention of mentions) {
        const retriedHere = mention.positive === holds;
        // `code !== OK` on the way to a retry is every failure: it looks at nothing.
        if (mention.code === "OK") continue;
        looked = true;
        if (retriedHere && !retried.some((seen) => seen.code === mention.code)) retried.push(mention);
      }
      const reads = this.readsStatus(test, 0);
      if (reads) looked = true;
      if (reads === "call") delegated = true;
    }
    return { looked, delegated, retried };
  }

  /** "call": a predicate call (`isRetryable(err)`) or a value computed by one; "code": a `.code` not compared with OK. */
  private readsStatus(test: TSESTree.Node, depth: number): "call" | "code" | undefined {
    let found: "call" | "code" | undefined;
    visitNodes(test, (node) => {
      if (found === "call") return;
      if (node.type === AST_NODE_TYPES.CallExpression && !isHarmlessCall(node)) found = "call";
      else if (node.type === AST_NODE_TYPES.MemberExpression && isCodeMember(node) && !comparedWithOk(node)) found = "code";
      else if (node.type === AST_NODE_TYPES.Identifier && depth < MAX_SOURCE_DEPTH && isReadReference(node)) {
        for (const source of this.analysis.estree.valueSources(node)) {
          const reads = source !== node ? this.readsStatus(source, depth + 1) : undefined;
          if (reads === "call" || (reads && !found)) found = reads;
        }
      }
    }, false);
    return found;
  }

  /**
   * What makes the attempt in `region`: an RPC, `next(...)` of a Connect interceptor,
   * `nextCall(...)` of a grpc-js interceptor, or a helper's function parameter this file hands RPCs.
   */
  private attemptIn(region: TSESTree.Node, owner: FunctionNode | undefined, enterFunctions: boolean): Attempt | undefined {
    const methods: string[] = [];
    const rpcs: Attempt["rpcs"] = [];
    let kind: AttemptKind | undefined;
    let opensStream = false;
    visitNodes(region, (node) => {
      if (node.type !== AST_NODE_TYPES.CallExpression) return;
      const rpc = this.analysis.recognizeCall(node);
      if (rpc) {
        kind ??= "rpc";
        if (!methods.includes(rpc.method)) methods.push(rpc.method);
        rpcs.push({ call: rpc, perAttempt: undefined });
        if (rpc.callType && rpc.callType !== "unary") opensStream = true;
        return;
      }
      const callee = unwrap(node.callee);
      if (callee.type !== AST_NODE_TYPES.Identifier) return;
      const variable = this.analysis.estree.variableOf(callee);
      const def = variable?.defs[0];
      if (def?.type !== "Parameter" || !isFunctionNode(def.node)) return;
      const declaring = def.node;
      const index = declaring.params.findIndex((param) => within(callee, param) || (param.type === AST_NODE_TYPES.Identifier && param.name === callee.name));
      if (declaring.params.length === 1 && index === 0 && returnsFunction(declaring) && node.range[0] > declaring.params[0].range[1]) {
        kind ??= "connect-interceptor";
      } else if (declaring.params.length === 2 && index === 1 && buildsInterceptingCall(declaring)) {
        kind ??= "grpc-js-interceptor";
      } else if (owner && (declaring === owner || within(owner, declaring))) {
        const wrapped = this.rpcsHandedTo(declaring);
        if (wrapped.length > 0) {
          kind ??= "wrapped-rpc";
          for (const handed of wrapped) {
            if (!methods.includes(handed.call.method)) methods.push(handed.call.method);
            rpcs.push(handed);
          }
        }
      }
    }, enterFunctions);
    return kind ? { kind, methods, opensStream, rpcs } : undefined;
  }

  /** The RPCs made by functions this file passes to the helper `fn` (`retry(() => client.m(req))`), each with the argument it is in. */
  private rpcsHandedTo(fn: FunctionNode): Attempt["rpcs"] {
    const name = functionName(fn);
    if (!name) return [];
    const handed: Attempt["rpcs"] = [];
    for (const call of this.callsByName.get(name) ?? []) {
      if (within(call, fn)) continue;
      for (const arg of call.arguments) {
        visitNodes(arg, (node) => {
          if (node.type !== AST_NODE_TYPES.CallExpression) return;
          const rpc = this.analysis.recognizeCall(node);
          // The helper calls a function argument once per attempt; anything else is evaluated once.
          if (rpc) handed.push({ call: rpc, perAttempt: isFunctionNode(arg) ? arg : call });
        });
      }
    }
    return handed;
  }
}

function nearestLoop(node: TSESTree.Node): TSESTree.Node | undefined {
  for (let current = node.parent; current; current = current.parent) {
    if (isLoop(current)) return current;
    if (isFunctionNode(current)) return undefined;
  }
  return undefined;
}

const ERROR_NAME = /^(err|error|e|ex|exc|status|reason)$/i;

/**
 * The call is reached after a failure: in a `catch`, a `.catch(...)` callback, a grpc-js
 * `onReceiveStatus` listener, or under a condition that reads the error or its code.
 */
function onErrorPath(call: TSESTree.CallExpression, fn: FunctionNode): boolean {
  let child: TSESTree.Node = call;
  for (let current: TSESTree.Node | undefined = call.parent; current && current !== fn; child = current, current = current.parent) {
    if (current.type === AST_NODE_TYPES.CatchClause) return true;
    if (current.type === AST_NODE_TYPES.CallExpression && child !== current.callee) {
      const callee = unwrap(current.callee);
      if (callee.type === AST_NODE_TYPES.MemberExpression && memberName(callee) === "catch") return true;
    }
    if (current.type === AST_NODE_TYPES.Property && current.key.type === AST_NODE_TYPES.Identifier && current.key.name === "onReceiveStatus") return true;
    if (current.type === AST_NODE_TYPES.MethodDefinition && current.key.type === AST_NODE_TYPES.Identifier && current.key.name === "onReceiveStatus") return true;
  }
  return pathConditions(call, fn).some(({ test }) =>
    containsNode(test, (node) => (node.type === AST_NODE_TYPES.Identifier && ERROR_NAME.test(node.name)) || (node.type === AST_NODE_TYPES.MemberExpression && isCodeMember(node)), false),
  );
}

function isThisCall(call: TSESTree.CallExpression, name: string): boolean {
  const callee = unwrap(call.callee);
  return callee.type === AST_NODE_TYPES.MemberExpression && unwrap(callee.object).type === AST_NODE_TYPES.ThisExpression && memberName(callee) === name;
}

/** `retry(fn, n - 1)`, `retry(fn, attempt + 1)`: the count travels with the call. */
function decrementsArgument(call: TSESTree.CallExpression): boolean {
  return call.arguments.some((arg) => containsNode(arg, (node) => node.type === AST_NODE_TYPES.UpdateExpression || (node.type === AST_NODE_TYPES.BinaryExpression && (node.operator === "-" || node.operator === "+") && node.right.type === AST_NODE_TYPES.Literal), false));
}

/** The `setTimeout` or delay helper calls whose callback holds the call: the next attempt waits for them. */
function enclosingDelayCalls(call: TSESTree.Node, stop: TSESTree.Node): TSESTree.CallExpression[] {
  const found: TSESTree.CallExpression[] = [];
  for (let current = call.parent; current && current !== stop; current = current.parent) {
    if (current.type === AST_NODE_TYPES.CallExpression && isDelayCall(current)) found.push(current);
  }
  return found;
}

function isDelayCall(call: TSESTree.CallExpression | TSESTree.NewExpression): boolean {
  const name = calleeName(call);
  return name !== undefined && (name === "setTimeout" || DELAY_NAME.test(name)) && !boundsAttempt(call, name);
}

/**
 * Timers that bound an attempt instead of waiting before the next: `clearTimeout(timer)`,
 * `AbortSignal.timeout(ms)`, and `setTimeout(() => controller.abort(), ms)` (or `call.cancel()`).
 * They run alongside the attempt, so a loop with only these retries at once.
 */
function boundsAttempt(call: TSESTree.CallExpression | TSESTree.NewExpression, name: string): boolean {
  if (name === "clearTimeout" || name === "clearInterval") return true;
  const callee = unwrap(call.callee);
  if (callee.type === AST_NODE_TYPES.MemberExpression && name === "timeout") {
    const object = unwrap(callee.object);
    return object.type === AST_NODE_TYPES.Identifier && object.name === "AbortSignal";
  }
  if (name !== "setTimeout" || !call.arguments[0]) return false;
  const callback = unwrap(call.arguments[0]);
  if (!isFunctionNode(callback)) return false;
  const { body } = callback;
  const statement = body.type === AST_NODE_TYPES.BlockStatement && body.body.length === 1 ? body.body[0] : undefined;
  const only = body.type !== AST_NODE_TYPES.BlockStatement ? body : statement?.type === AST_NODE_TYPES.ExpressionStatement ? statement.expression : undefined;
  const target = only ? unwrap(only) : undefined;
  if (target?.type !== AST_NODE_TYPES.CallExpression) return false;
  const invoked = unwrap(target.callee);
  return invoked.type === AST_NODE_TYPES.MemberExpression && ["abort", "cancel"].includes(memberName(invoked) ?? "");
}

/** The waits in a region, functions entered (`await new Promise((r) => setTimeout(r, ms))`). */
function delayCalls(region: TSESTree.Node): TSESTree.CallExpression[] {
  const found: TSESTree.CallExpression[] = [];
  visitNodes(region, (node) => {
    if (node.type === AST_NODE_TYPES.CallExpression && isDelayCall(node)) found.push(node);
  }, true);
  return found;
}

function isConstantTrue(test: TSESTree.Node): boolean {
  const node = unwrap(test);
  return node.type === AST_NODE_TYPES.Literal && Boolean(node.value);
}

/** A relational comparison, a counter compared or counted, in a region. */
function hasCounterCheck(region: TSESTree.Node, enterFunctions: boolean): boolean {
  return containsNode(region, (node) => {
    if (node.type === AST_NODE_TYPES.BinaryExpression && ["<", "<=", ">", ">="].includes(node.operator)) return true;
    if (node.type === AST_NODE_TYPES.BinaryExpression && ["===", "==", "!==", "!="].includes(node.operator)) {
      return [node.left, node.right].some((side) => COUNTER_NAME.test(nameOf(side) ?? ""));
    }
    return node.type === AST_NODE_TYPES.UpdateExpression && node.operator === "--";
  }, enterFunctions);
}

function nameOf(node: TSESTree.Node): string | undefined {
  const target = unwrap(node);
  if (target.type === AST_NODE_TYPES.Identifier) return target.name;
  if (target.type === AST_NODE_TYPES.MemberExpression) return memberName(target);
  return undefined;
}

function mentionsIdempotency(fn: FunctionNode): boolean {
  return containsNode(fn, (node) => (node.type === AST_NODE_TYPES.Identifier && /idempoten/i.test(node.name)) || (node.type === AST_NODE_TYPES.Literal && typeof node.value === "string" && /idempoten|NO_SIDE_EFFECTS/i.test(node.value)), true);
}

/** A block that ends by leaving the loop and never goes round again (`catch (e) { log(e); throw e; }`). */
function alwaysLeaves(block: TSESTree.BlockStatement): boolean {
  const last = block.body.at(-1);
  const endsLeaving = last !== undefined && (last.type === AST_NODE_TYPES.ThrowStatement || last.type === AST_NODE_TYPES.ReturnStatement || last.type === AST_NODE_TYPES.BreakStatement);
  return endsLeaving && !continues(block);
}

/** The `try` leaves the loop after the attempt (`return await ...`, `break`), or sets a flag the loop's test reads. */
function stopsOnSuccess(block: TSESTree.BlockStatement, loop: TSESTree.ForStatement | TSESTree.WhileStatement | TSESTree.DoWhileStatement): boolean {
  if (leaves(block)) return true;
  const test = loop.test;
  if (!test) return false;
  const flags = new Set<string>();
  visitNodes(block, (node) => {
    if (node.type === AST_NODE_TYPES.AssignmentExpression && node.left.type === AST_NODE_TYPES.Identifier) flags.add(node.left.name);
  }, false);
  return containsNode(test, (node) => node.type === AST_NODE_TYPES.Identifier && flags.has(node.name), false);
}

function leaves(statement: TSESTree.Node): boolean {
  return containsNode(statement, (node) => node.type === AST_NODE_TYPES.ThrowStatement || node.type === AST_NODE_TYPES.ReturnStatement || node.type === AST_NODE_TYPES.BreakStatement, false);
}

function continues(statement: TSESTree.Node): boolean {
  return containsNode(statement, (node) => node.type === AST_NODE_TYPES.ContinueStatement, false);
}

/** In a `catch` inside a retry loop: the conditions that decide whether the loop goes round again. */
function handlerConditions(body: TSESTree.BlockStatement): PathCondition[] {
  const conditions: PathCondition[] = [];
  visitNodes(body, (node) => {
    if (node.type === AST_NODE_TYPES.IfStatement) {
      if (leaves(node.consequent) && !continues(node.consequent)) conditions.push({ test: node.test, holds: false });
      else if (continues(node.consequent)) conditions.push({ test: node.test, holds: true });
      else if (node.alternate && leaves(node.alternate) && !continues(node.alternate)) conditions.push({ test: node.test, holds: true });
    } else if (node.type === AST_NODE_TYPES.SwitchStatement) {
      conditions.push(...switchConditions(node, (consequent) => !consequent.some(leaves) || consequent.some(continues)));
    }
  }, false);
  return conditions;
}

/** `switch (err.code) { case Code.Unavailable: continue; default: throw err; }` as path conditions. */
function switchConditions(node: TSESTree.SwitchStatement, retries: (consequent: TSESTree.Statement[]) => boolean): PathCondition[] {
  const conditions: PathCondition[] = [];
  node.cases.forEach((switchCase, index) => {
    if (!switchCase.test) return;
    // Fall-through cases share the next non-empty consequent.
    const body = node.cases.slice(index).find((candidate) => candidate.consequent.length > 0)?.consequent ?? [];
    const synthetic = { type: AST_NODE_TYPES.BinaryExpression, operator: "===", left: node.discriminant, right: switchCase.test, range: switchCase.test.range, loc: switchCase.test.loc, parent: switchCase } as unknown as TSESTree.BinaryExpression;
    conditions.push({ test: synthetic, holds: retries(body) });
  });
  return conditions;
}

/** The conditions on the way from `stop` down to `node`: if/else branches, `?:`, `&&`/`||`, switch cases. */
function pathConditions(node: TSESTree.Node, stop: TSESTree.Node): PathCondition[] {
  const conditions: PathCondition[] = [];
  let child = node;
  for (let current = node.parent; current && current !== stop; child = current, current = current.parent) {
    if (current.type === AST_NODE_TYPES.IfStatement && child !== current.test) conditions.push({ test: current.test, holds: child === current.consequent });
    else if (current.type === AST_NODE_TYPES.ConditionalExpression && child !== current.test) conditions.push({ test: current.test, holds: child === current.consequent });
    else if (current.type === AST_NODE_TYPES.LogicalExpression && child === current.right && current.operator !== "??") conditions.push({ test: current.left, holds: current.operator === "&&" });
    else if (current.type === AST_NODE_TYPES.SwitchCase && current.test && current.parent.type === AST_NODE_TYPES.SwitchStatement) {
      const swNode = current.parent;
      conditions.push(...switchConditions(swNode, (consequent) => consequent.some((statement) => within(node, statement))).filter((condition) => condition.holds));
    }
  }
  return conditions;
}

function isCodeMember(node: TSESTree.MemberExpression): boolean {
  const name = memberName(node);
  return name === "code" || name === "rawCode";
}

function comparedWithOk(node: TSESTree.MemberExpression): boolean {
  const parent = node.parent;
  if (parent?.type !== AST_NODE_TYPES.BinaryExpression) return false;
  const other = parent.left === node ? parent.right : parent.left;
  return statusOf(other, true) === "OK";
}

/** Calls in a condition that decide nothing themselves: list lookups, error conversion, clocks. */
const LOOKUP_METHODS: ReadonlySet<string> = new Set(["includes", "has", "indexOf", "some", "from", "toString", "startsWith", "endsWith"]);

function isHarmlessCall(call: TSESTree.CallExpression): boolean {
  const callee = unwrap(call.callee);
  if (callee.type !== AST_NODE_TYPES.MemberExpression) return false;
  if (LOOKUP_METHODS.has(memberName(callee) ?? "")) return true;
  const object = unwrap(callee.object);
  return object.type === AST_NODE_TYPES.Identifier && (object.name === "Date" || object.name === "Math" || object.name === "performance");
}

/** An identifier that stands for its own value in a condition (`wait === null`), not a namespace or a member name. */
function isReadReference(identifier: TSESTree.Identifier): boolean {
  const parent = identifier.parent;
  // `grpc.status.OK`, `err.code`: the object is followed by the member, not as a value of its own.
  if (parent?.type === AST_NODE_TYPES.MemberExpression) return false;
  if (parent?.type === AST_NODE_TYPES.CallExpression && parent.callee === identifier) return false;
  return !(parent?.type === AST_NODE_TYPES.Property && parent.key === identifier);
}

/**
 * The status code an expression names: an enum member (`status.UNAVAILABLE`, `Status.INTERNAL`,
 * `Code.Unavailable`), or, next to a `.code`, a number or a name string.
 */
function statusOf(node: TSESTree.Node, besideCode: boolean): StatusCodeName | undefined {
  const target = unwrap(node);
  if (target.type === AST_NODE_TYPES.MemberExpression) {
    const name = memberName(target);
    const object = unwrap(target.object);
    const objectName = object.type === AST_NODE_TYPES.Identifier ? object.name : object.type === AST_NODE_TYPES.MemberExpression ? memberName(object) : undefined;
    if (!name || !objectName || !STATUS_ENUM_OBJECT.test(objectName)) return undefined;
    return statusCodeFromEnumMember(name);
  }
  if (besideCode && target.type === AST_NODE_TYPES.Literal && (typeof target.value === "number" || typeof target.value === "string")) return statusCodeName(target.value);
  return undefined;
}

function readsCode(node: TSESTree.Node): boolean {
  const target = unwrap(node);
  return target.type === AST_NODE_TYPES.MemberExpression ? isCodeMember(target) : target.type === AST_NODE_TYPES.Identifier && /code|status/i.test(target.name);
}

/** Status codes named in a condition, each with whether the condition holding means "the error has it". */
function statusMentions(analysis: GrpcAnalysis, test: TSESTree.Node): Mention[] {
  const mentions: Mention[] = [];
  const add = (code: StatusCodeName | undefined, node: TSESTree.Node, positive: boolean) => {
    if (code) mentions.push({ code, node, positive });
  };
  const listMentions = (list: TSESTree.Node, positive: boolean) => {
    for (const source of analysis.estree.valueSources(list)) {
      const array = unwrap(source);
      if (array.type !== AST_NODE_TYPES.ArrayExpression) continue;
      for (const element of array.elements) if (element && element.type !== AST_NODE_TYPES.SpreadElement) add(statusOf(element, true), element, positive);
    }
  };
  const walk = (node: TSESTree.Node, positive: boolean): void => {
    const target = unwrap(node);
    switch (target.type) {
      case AST_NODE_TYPES.UnaryExpression:
        if (target.operator === "!") walk(target.argument, !positive);
        return;
      case AST_NODE_TYPES.LogicalExpression:
        walk(target.left, positive);
        walk(target.right, positive);
        return;
      case AST_NODE_TYPES.BinaryExpression: {
        const negated = target.operator === "!==" || target.operator === "!=";
        if (!negated && target.operator !== "===" && target.operator !== "==") return;
        const sides = [target.left, target.right] as const;
        for (const [index, side] of sides.entries()) {
          const other = sides[1 - index];
          add(statusOf(side, readsCode(other)), side, negated ? !positive : positive);
        }
        return;
      }
      case AST_NODE_TYPES.CallExpression: {
        const callee = unwrap(target.callee);
        // `RETRYABLE.includes(err.code)`, `[Code.Unavailable].includes(e.code)`.
        if (callee.type === AST_NODE_TYPES.MemberExpression && memberName(callee) === "includes" && target.arguments[0] && readsCode(target.arguments[0])) {
          listMentions(callee.object, positive);
        }
        return;
      }
      default:
        return;
    }
  };
  walk(test, true);
  return mentions;
}

const found = new WeakMap<TSESTree.Program, RetrySite[]>();

/** The hand-written retries in a file, once per file. */
export function retrySites(analysis: GrpcAnalysis, program: TSESTree.Program, idempotencyOf: IdempotencyOf = idempotencyByName): RetrySite[] {
  let sites = found.get(program);
  if (!sites) {
    try {
      sites = new RetryFinder(analysis, idempotencyOf).find(program);
    } catch {
      // Odd code: no retries found rather than a crash.
      sites = [];
    }
    found.set(program, sites);
  }
  return sites;
}

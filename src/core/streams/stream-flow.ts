/**
 * Data flow around stream consumption, always inside one function body (or one loop, or one
 * listener): does every message end up in a buffer that only grows, does anything bound it, is a
 * `write()` result ignored, does a loop wait for `'drain'`. No whole-program scans.
 */
import { ASTUtils, AST_NODE_TYPES, type TSESLint, type TSESTree } from "@typescript-eslint/utils";

import { visitNodes, within } from "../syntax/index.js";

type Node = TSESTree.Node;

export function calleeMember(call: TSESTree.CallExpression): { object: Node; name: string } | undefined {
  const callee = call.callee.type === AST_NODE_TYPES.ChainExpression ? call.callee.expression : call.callee;
  if (callee.type !== AST_NODE_TYPES.MemberExpression) return undefined;
  if (!callee.computed && callee.property.type === AST_NODE_TYPES.Identifier) return { object: callee.object, name: callee.property.name };
  if (callee.property.type === AST_NODE_TYPES.Literal && typeof callee.property.value === "string") {
    return { object: callee.object, name: callee.property.value };
  }
  return undefined;
}

/** `x.on('data', fn)`-style listener registration: the event name when it is a literal. */
export const LISTENER_METHODS: ReadonlySet<string> = new Set([
  "on",
  "once",
  "addListener",
  "prependListener",
  "prependOnceListener",
]);

export function listenerEvent(call: TSESTree.CallExpression): { object: Node; method: string; event: string } | undefined {
  const member = calleeMember(call);
  if (!member || !LISTENER_METHODS.has(member.name)) return undefined;
  const first = call.arguments[0];
  if (first?.type !== AST_NODE_TYPES.Literal || typeof first.value !== "string") return undefined;
  return { object: member.object, method: member.name, event: first.value };
}

/** A buffer that lives across iterations or events: a variable declared outside `boundary`, or a `this` field. */
export interface BufferTarget {
  key: string;
  variable?: TSESLint.Scope.Variable;
}

function bufferTarget(node: Node, boundary: Node, scopeOf: (node: Node) => TSESLint.Scope.Scope): BufferTarget | undefined {
  if (node.type === AST_NODE_TYPES.Identifier) {
    const variable = ASTUtils.findVariable(scopeOf(node), node);
    const def = variable?.defs[0];
    if (!variable || !def || within(def.name, boundary)) return undefined;
    return { key: node.name, variable };
  }
  if (
    node.type === AST_NODE_TYPES.MemberExpression &&
    node.object.type === AST_NODE_TYPES.ThisExpression &&
    !node.computed &&
    node.property.type === AST_NODE_TYPES.Identifier
  ) {
    return { key: `this.${node.property.name}`, variable: undefined };
  }
  return undefined;
}

function targetKey(node: Node): string | undefined {
  if (node.type === AST_NODE_TYPES.Identifier) return node.name;
  if (node.type === AST_NODE_TYPES.MemberExpression && node.object.type === AST_NODE_TYPES.ThisExpression && node.property.type === AST_NODE_TYPES.Identifier) {
    return `this.${node.property.name}`;
  }
  return undefined;
}

export interface Accumulation {
  /** The node to report: the push, the `+=`, the reassignment. */
  node: Node;
  target: BufferTarget;
}

const GROWING_ARRAY_METHODS: ReadonlySet<string> = new Set(["push", "unshift"]);
/** Calls on the buffer that take messages out of it or empty it: it is a queue or a flushed batch. */
const DRAINING_ARRAY_METHODS: ReadonlySet<string> = new Set(["splice", "shift", "pop"]);

function isStringish(node: Node | null | undefined): boolean {
  return (
    (node?.type === AST_NODE_TYPES.Literal && typeof node.value === "string") || node?.type === AST_NODE_TYPES.TemplateLiteral
  );
}

/** `buf = Buffer.concat([buf, x])`, `arr = arr.concat(x)`, `arr = [...arr, x]`, `s = s + x`. */
function reassignsFromItself(assignment: TSESTree.AssignmentExpression, key: string): boolean {
  let found = false;
  visitNodes(assignment.right, (node) => {
    if (!found && targetKey(node) === key) found = true;
  }, false);
  if (!found) return false;
  const right = assignment.right;
  if (right.type === AST_NODE_TYPES.ArrayExpression) return right.elements.some((e) => e?.type === AST_NODE_TYPES.SpreadElement);
  if (right.type === AST_NODE_TYPES.BinaryExpression) return right.operator === "+";
  if (right.type === AST_NODE_TYPES.CallExpression) return calleeMember(right)?.name === "concat";
  return false;
}

function initOf(target: BufferTarget): Node | null | undefined {
  const def = target.variable?.defs[0];
  return def?.type === "Variable" ? def.node.init : undefined;
}

/**
 * `setItems((items) => [...items, item])`, `update(prev => prev.concat(x))`: a state setter given
 * an updater that returns the previous value with more on the end (React `useState`, Solid and
 * Preact signals, nanostores' `set`). Each message grows the state as a push would.
 */
function appendingUpdater(call: TSESTree.CallExpression): boolean {
  const updater = call.arguments.length === 1 ? call.arguments[0] : undefined;
  if (updater?.type !== AST_NODE_TYPES.ArrowFunctionExpression && updater?.type !== AST_NODE_TYPES.FunctionExpression) return false;
  const previous = updater.params[0];
  if (previous?.type !== AST_NODE_TYPES.Identifier) return false;
  let result: Node | null | undefined = updater.body;
  if (result.type === AST_NODE_TYPES.BlockStatement) {
    const statements: Node[] = result.body;
    const last = statements.length === 1 ? statements[0] : undefined;
    result = last?.type === AST_NODE_TYPES.ReturnStatement ? last.argument : undefined;
  }
  if (result?.type === AST_NODE_TYPES.ArrayExpression) {
    return result.elements.some((element) => element?.type === AST_NODE_TYPES.SpreadElement && element.argument.type === AST_NODE_TYPES.Identifier && element.argument.name === previous.name);
  }
  if (result?.type === AST_NODE_TYPES.CallExpression) {
    const member = calleeMember(result);
    return member?.name === "concat" && member.object.type === AST_NODE_TYPES.Identifier && member.object.name === previous.name;
  }
  return false;
}

/**
 * `store.set([...store.get(), x])`, `store.set(store.get().concat(x))`: a store (nanostores' atom,
 * any get/set holder) given its previous value with more on the end.
 */
function appendsToStore(call: TSESTree.CallExpression, member: { object: Node; name: string }): boolean {
  const key = targetKey(member.object);
  if (member.name !== "set" || call.arguments.length !== 1 || key === undefined) return false;
  const isGet = (node: Node) => {
    if (node.type !== AST_NODE_TYPES.CallExpression || node.arguments.length > 0) return false;
    const inner = calleeMember(node);
    return inner?.name === "get" && targetKey(inner.object) === key;
  };
  const value = call.arguments[0];
  if (value.type === AST_NODE_TYPES.ArrayExpression) return value.elements.some((element) => element?.type === AST_NODE_TYPES.SpreadElement && isGet(element.argument));
  if (value.type === AST_NODE_TYPES.CallExpression) {
    const concat = calleeMember(value);
    return concat?.name === "concat" && isGet(concat.object);
  }
  return false;
}

/** The buffer a called helper grows each time it is called (its key for the report), if it does. */
export type HelperAccumulation = (call: TSESTree.CallExpression) => string | undefined;

/**
 * Growth of outer buffers inside `body`: pushes, `+=` onto strings, self-concatenation, appending
 * state updaters and stores, and calls of helpers that grow a buffer of their own.
 */
export function findAccumulations(body: Node, boundary: Node, scopeOf: (node: Node) => TSESLint.Scope.Scope, helpers?: HelperAccumulation): Accumulation[] {
  const found: Accumulation[] = [];
  visitNodes(body, (node) => {
    if (node.type === AST_NODE_TYPES.CallExpression) {
      if (node.callee.type === AST_NODE_TYPES.Identifier && appendingUpdater(node)) {
        const target = bufferTarget(node.callee, boundary, scopeOf);
        if (target) found.push({ node, target });
        return;
      }
      const kept = node.callee.type === AST_NODE_TYPES.Identifier ? helpers?.(node) : undefined;
      if (kept !== undefined) {
        found.push({ node, target: { key: kept } });
        return;
      }
      const member = calleeMember(node);
      if (member && appendsToStore(node, member)) {
        const target = bufferTarget(member.object, boundary, scopeOf);
        if (target) found.push({ node, target });
        return;
      }
      if (!member || !GROWING_ARRAY_METHODS.has(member.name) || node.arguments.length === 0) return;
      const target = bufferTarget(member.object, boundary, scopeOf);
      if (target) found.push({ node, target });
    } else if (node.type === AST_NODE_TYPES.AssignmentExpression) {
      const target = bufferTarget(node.left, boundary, scopeOf);
      if (!target) return;
      if (node.operator === "+=") {
        // `total += msg.size` counts; only strings grow with every message.
        if (isStringish(initOf(target)) || isStringish(node.right)) found.push({ node, target });
      } else if (node.operator === "=" && reassignsFromItself(node, target.key)) {
        found.push({ node, target });
      }
    }
  });
  return found;
}

/** Whether `region` empties or drains the buffer: `buf.length = 0`, `buf = []`, `buf.splice(0)`, `buf.shift()`. */
export function drainsBuffer(region: Node, target: BufferTarget): boolean {
  let drained = false;
  visitNodes(region, (node) => {
    if (drained) return;
    if (node.type === AST_NODE_TYPES.CallExpression) {
      const member = calleeMember(node);
      if (member && DRAINING_ARRAY_METHODS.has(member.name) && targetKey(member.object) === target.key) drained = true;
      // A state setter called with a fresh value (`setItems([])`) resets what the updaters grew.
      if (node.callee.type === AST_NODE_TYPES.Identifier && node.callee.name === target.key && !appendingUpdater(node) && node.arguments.length === 1) {
        const value = node.arguments[0];
        if (value?.type !== AST_NODE_TYPES.ArrowFunctionExpression && value?.type !== AST_NODE_TYPES.FunctionExpression) drained = true;
      }
    } else if (node.type === AST_NODE_TYPES.AssignmentExpression && node.operator === "=") {
      const left = node.left;
      if (targetKey(left) === target.key && !reassignsFromItself(node, target.key)) drained = true;
      if (
        left.type === AST_NODE_TYPES.MemberExpression &&
        left.property.type === AST_NODE_TYPES.Identifier &&
        left.property.name === "length" &&
        targetKey(left.object) === target.key
      ) {
        drained = true;
      }
    }
  });
  return drained;
}

/**
 * Whether the growth at `node` only happens on one side of a test on the buffer's own size
 * (`if (queue.length < max) queue.push(x)`, or the `else` of `if (queue.length >= max)`): a
 * bounded queue that drops or defers what does not fit.
 */
export function cappedBySize(node: Node, target: BufferTarget, body: Node): boolean {
  for (let child: Node = node, current = node.parent; current && child !== body; child = current, current = current.parent) {
    if (current.type !== AST_NODE_TYPES.IfStatement && current.type !== AST_NODE_TYPES.ConditionalExpression) continue;
    if (current.test === child) continue;
    let measures = false;
    visitNodes(current.test, (test) => {
      if (measures || test.type !== AST_NODE_TYPES.BinaryExpression || !["<", "<=", ">", ">="].includes(test.operator)) return;
      for (const side of [test.left, test.right]) {
        if (
          side.type === AST_NODE_TYPES.MemberExpression &&
          !side.computed &&
          side.property.type === AST_NODE_TYPES.Identifier &&
          (side.property.name === "length" || side.property.name === "size") &&
          targetKey(side.object) === target.key
        ) {
          measures = true;
        }
      }
    });
    if (measures) return true;
  }
  return false;
}

/** A loop body that can stop the loop: `break`, `return` or `throw` outside nested functions and inner loops' own breaks. */
export function loopCanStop(body: Node): boolean {
  let stops = false;
  visitNodes(
    body,
    (node) => {
      if (stops) return;
      if (node.type === AST_NODE_TYPES.ReturnStatement || node.type === AST_NODE_TYPES.ThrowStatement) stops = true;
      else if (node.type === AST_NODE_TYPES.BreakStatement && (node.label !== null || !insideInnerBreakable(node, body))) stops = true;
    },
    false,
  );
  return stops;
}

function insideInnerBreakable(node: Node, body: Node): boolean {
  for (let current = node.parent; current && current !== body; current = current.parent) {
    switch (current.type) {
      case AST_NODE_TYPES.ForStatement:
      case AST_NODE_TYPES.ForInStatement:
      case AST_NODE_TYPES.ForOfStatement:
      case AST_NODE_TYPES.WhileStatement:
      case AST_NODE_TYPES.DoWhileStatement:
      case AST_NODE_TYPES.SwitchStatement:
        return true;
      default:
    }
  }
  return false;
}

/** Method calls on a stream that stop or slow its flow from inside a listener. */
const FLOW_CONTROL_METHODS: ReadonlySet<string> = new Set(["pause", "destroy", "cancel", "removeListener", "removeAllListeners", "off", "unpipe"]);

/** Listeners for the events a failed or finished stream emits: what they stop is already over. */
const ENDING_EVENTS: ReadonlySet<string> = new Set(["error", "end", "close", "status"]);

/** `x === undefined`, `x == null`, `!x`, `typeof x !== "string"`, and `||` / `&&` of them: a check that a message is malformed. */
function checksForMissing(test: Node): boolean {
  switch (test.type) {
    case AST_NODE_TYPES.LogicalExpression:
      return checksForMissing(test.left) && checksForMissing(test.right);
    case AST_NODE_TYPES.UnaryExpression:
      return test.operator === "!" && (test.argument.type === AST_NODE_TYPES.Identifier || test.argument.type === AST_NODE_TYPES.MemberExpression || test.argument.type === AST_NODE_TYPES.ChainExpression);
    case AST_NODE_TYPES.BinaryExpression: {
      if (!["===", "!==", "==", "!="].includes(test.operator)) return false;
      const missing = (side: Node) =>
        (side.type === AST_NODE_TYPES.Identifier && side.name === "undefined") ||
        (side.type === AST_NODE_TYPES.Literal && side.value === null) ||
        (side.type === AST_NODE_TYPES.UnaryExpression && side.operator === "typeof");
      return missing(test.left) || missing(test.right);
    }
    default:
      return false;
  }
}

/**
 * Whether a stop call only runs when something went wrong, not when the buffer is full: inside a
 * `catch`, inside a listener for 'error' (or another ending event), or in the branch taken when a
 * message is malformed (`if (msg.id === undefined) { call.cancel(); ... }`). Such a stop ends
 * the stream on a bad message; a well-formed stream is still read whole.
 */
function onErrorPath(call: Node, region: Node): boolean {
  let child: Node = call;
  let nearestIf = true;
  for (let current = call.parent; current && child !== region; child = current, current = current.parent) {
    if (current.type === AST_NODE_TYPES.CatchClause) return true;
    if (current.type === AST_NODE_TYPES.CallExpression && (current.arguments as Node[]).includes(child)) {
      const listener = listenerEvent(current);
      if (listener && ENDING_EVENTS.has(listener.event)) return true;
    }
    if (nearestIf && (current.type === AST_NODE_TYPES.IfStatement || current.type === AST_NODE_TYPES.ConditionalExpression) && current.test !== child) {
      nearestIf = false;
      if (current.consequent === child && checksForMissing(current.test)) return true;
    }
  }
  return false;
}

/**
 * Whether `region` stops or slows the stream's flow (`pause()`, `cancel()`, `destroy()`, removing
 * the listener) somewhere that can bound what is kept: anywhere but on an error path.
 */
export function controlsFlow(region: Node): boolean {
  let controls = false;
  visitNodes(region, (node) => {
    if (controls || node.type !== AST_NODE_TYPES.CallExpression) return;
    const member = calleeMember(node);
    if (member && FLOW_CONTROL_METHODS.has(member.name) && !onErrorPath(node, region)) controls = true;
  });
  return controls;
}

/** Whether a call's value is thrown away: an expression statement, `void x.write()`, a non-final sequence item. */
export function resultIgnored(call: TSESTree.CallExpression): boolean {
  let node: Node = call;
  let parent = node.parent;
  while (parent?.type === AST_NODE_TYPES.ChainExpression || parent?.type === AST_NODE_TYPES.TSNonNullExpression) {
    node = parent;
    parent = node.parent;
  }
  if (!parent) return false;
  if (parent.type === AST_NODE_TYPES.ExpressionStatement) return true;
  if (parent.type === AST_NODE_TYPES.UnaryExpression && parent.operator === "void") return true;
  if (parent.type === AST_NODE_TYPES.SequenceExpression) return parent.expressions.at(-1) !== node || resultIgnoredNode(parent);
  if (parent.type === AST_NODE_TYPES.ArrowFunctionExpression && parent.body === node) {
    // `items.forEach((x) => call.write(x))`: the callback's value is discarded by forEach.
    const host = parent.parent;
    return host?.type === AST_NODE_TYPES.CallExpression && calleeMember(host)?.name === "forEach";
  }
  return false;
}

function resultIgnoredNode(node: Node): boolean {
  return node.parent?.type === AST_NODE_TYPES.ExpressionStatement;
}

export type LoopNode =
  | TSESTree.ForStatement
  | TSESTree.ForInStatement
  | TSESTree.ForOfStatement
  | TSESTree.WhileStatement
  | TSESTree.DoWhileStatement;

const ITERATING_ARRAY_METHODS: ReadonlySet<string> = new Set(["forEach", "map", "flatMap", "filter", "reduce", "some", "every"]);

/**
 * The loop that repeats `node` inside its own function: a loop statement, or an array-iteration
 * callback (`items.forEach(x => ...)`). A listener callback is one event per run, not a loop.
 */
export function enclosingLoop(node: Node): LoopNode | TSESTree.CallExpression | undefined {
  for (let current = node.parent; current; current = current.parent) {
    switch (current.type) {
      case AST_NODE_TYPES.ForStatement:
      case AST_NODE_TYPES.ForInStatement:
      case AST_NODE_TYPES.ForOfStatement:
      case AST_NODE_TYPES.WhileStatement:
      case AST_NODE_TYPES.DoWhileStatement:
        // The loop's own head (the `of` expression, the test) runs once, or is not the body.
        if ("body" in current && within(node, current.body)) return current;
        break;
      case AST_NODE_TYPES.FunctionExpression:
      case AST_NODE_TYPES.ArrowFunctionExpression: {
        const host = current.parent;
        if (host?.type === AST_NODE_TYPES.CallExpression && host.arguments[0] === current) {
          const member = calleeMember(host);
          if (member && ITERATING_ARRAY_METHODS.has(member.name)) return host;
        }
        return undefined;
      }
      case AST_NODE_TYPES.FunctionDeclaration:
        return undefined;
      default:
    }
  }
  return undefined;
}

/** Whether the region mentions the `'drain'` event (a `once(w, 'drain')`, a `'drain'` listener). */
export function waitsForDrain(region: Node): boolean {
  let waits = false;
  visitNodes(region, (node) => {
    if (!waits && node.type === AST_NODE_TYPES.Literal && node.value === "drain") waits = true;
  });
  return waits;
}

function guardedByTry(node: Node, fn: Node): boolean {
  for (let current: Node | undefined = node; current && current !== fn; current = current.parent) {
    const parent: Node | undefined = current.parent;
    if (parent?.type === AST_NODE_TYPES.TryStatement && parent.block === current && parent.handler) return true;
  }
  return false;
}

/** `await p.catch(...)`: the awaited promise already has its rejection handled. */
function awaitsCaughtPromise(node: TSESTree.AwaitExpression): boolean {
  const argument = node.argument;
  return argument.type === AST_NODE_TYPES.CallExpression && calleeMember(argument)?.name === "catch";
}

/**
 * The first place in an async function's own body (nested functions excluded) where it can reject
 * without a surrounding `try`/`catch`: an `await`, a `for await`, a `throw`.
 */
export function firstUnguardedRejection(fn: TSESTree.FunctionLike): Node | undefined {
  if (!fn.body) return undefined;
  let first: Node | undefined;
  visitNodes(
    fn.body,
    (node) => {
      let candidate = false;
      if (node.type === AST_NODE_TYPES.AwaitExpression) candidate = !awaitsCaughtPromise(node);
      else if (node.type === AST_NODE_TYPES.ThrowStatement) candidate = true;
      else if (node.type === AST_NODE_TYPES.ForOfStatement && node.await) candidate = true;
      if (!candidate || guardedByTry(node, fn)) return;
      if (!first || node.range[0] < first.range[0]) first = node;
    },
    false,
  );
  return first;
}

/** Object-mode streams (all grpc-js streams) buffer this many messages before `write()` returns false. */
export const OBJECT_MODE_HIGH_WATER_MARK = 16;

function numericLiteral(node: Node | null | undefined): number | undefined {
  return node?.type === AST_NODE_TYPES.Literal && typeof node.value === "number" ? node.value : undefined;
}

/** What a variable that is never reassigned was initialized with; the node itself if it is no identifier. */
function initialValue(node: Node, scopeOf: (node: Node) => TSESLint.Scope.Scope): Node | null | undefined {
  if (node.type !== AST_NODE_TYPES.Identifier) return node;
  const variable = ASTUtils.findVariable(scopeOf(node), node);
  const def = variable?.defs.length === 1 ? variable.defs[0] : undefined;
  const writes = variable?.references.filter((reference) => reference.isWrite()).length ?? 0;
  return def?.type === "Variable" && writes <= 1 ? def.node.init : undefined;
}

/** The elements of an array literal an expression is, directly or through a variable that is never reassigned. */
function arrayLiteralLength(node: Node, scopeOf: (node: Node) => TSESLint.Scope.Scope): number | undefined {
  const target = initialValue(node, scopeOf);
  if (target?.type !== AST_NODE_TYPES.ArrayExpression) return undefined;
  return target.elements.some((element) => element?.type === AST_NODE_TYPES.SpreadElement) ? undefined : target.elements.length;
}

/**
 * How many times a loop runs, when its head says so statically: `for (let i = a; i < b; i++)` with
 * literal bounds (or constants holding one) or `i < list.length` of an array literal, `for (const x of [a, b, c])`,
 * `[a, b].forEach(...)`. A few writes never pass the high-water mark.
 */
export function staticTripCount(loop: LoopNode | TSESTree.CallExpression, scopeOf: (node: Node) => TSESLint.Scope.Scope): number | undefined {
  if (loop.type === AST_NODE_TYPES.ForOfStatement) return arrayLiteralLength(loop.right, scopeOf);
  if (loop.type === AST_NODE_TYPES.CallExpression) {
    const member = calleeMember(loop);
    return member ? arrayLiteralLength(member.object, scopeOf) : undefined;
  }
  if (loop.type !== AST_NODE_TYPES.ForStatement) return undefined;
  const init = loop.init?.type === AST_NODE_TYPES.VariableDeclaration ? loop.init.declarations[0]?.init : undefined;
  const start = numericLiteral(init);
  const test = loop.test;
  if (start === undefined || test?.type !== AST_NODE_TYPES.BinaryExpression) return undefined;
  // `i < COUNT` with `const COUNT = 10`, as examples and tests write it.
  let end = numericLiteral(initialValue(test.right, scopeOf));
  if (
    end === undefined &&
    test.right.type === AST_NODE_TYPES.MemberExpression &&
    !test.right.computed &&
    test.right.property.type === AST_NODE_TYPES.Identifier &&
    test.right.property.name === "length"
  ) {
    end = arrayLiteralLength(test.right.object, scopeOf);
  }
  if (end === undefined) return undefined;
  if (test.operator === "<") return Math.max(0, end - start);
  if (test.operator === "<=") return Math.max(0, end - start + 1);
  return undefined;
}

/** Whether `node` uses a variable declared inside `loop` (its head or body): a different value each time round. */
export function dependsOnLoopVariable(node: Node, loop: Node, scopeOf: (node: Node) => TSESLint.Scope.Scope): boolean {
  let depends = false;
  visitNodes(node, (child) => {
    if (depends || child.type !== AST_NODE_TYPES.Identifier) return;
    const parent = child.parent;
    if (parent?.type === AST_NODE_TYPES.MemberExpression && parent.property === child && !parent.computed) return;
    const def = ASTUtils.findVariable(scopeOf(child), child)?.defs[0];
    if (def && within(def.name, loop)) depends = true;
  });
  return depends;
}

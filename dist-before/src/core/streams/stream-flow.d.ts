/**
 * Data flow around stream consumption, always inside one function body (or one loop, or one
 * listener): does every message end up in a buffer that only grows, does anything bound it, is a
 * `write()` result ignored, does a loop wait for `'drain'`. No whole-program scans.
 */
import { type TSESLint, type TSESTree } from "@typescript-eslint/utils";
type Node = TSESTree.Node;
export declare function calleeMember(call: TSESTree.CallExpression): {
    object: Node;
    name: string;
} | undefined;
/** `x.on('data', fn)`-style listener registration: the event name when it is a literal. */
export declare const LISTENER_METHODS: ReadonlySet<string>;
export declare function listenerEvent(call: TSESTree.CallExpression): {
    object: Node;
    method: string;
    event: string;
} | undefined;
/** A buffer that lives across iterations or events: a variable declared outside `boundary`, or a `this` field. */
export interface BufferTarget {
    key: string;
    variable?: TSESLint.Scope.Variable;
}
export interface Accumulation {
    /** The node to report: the push, the `+=`, the reassignment. */
    node: Node;
    target: BufferTarget;
}
/** Growth of outer buffers inside `body`: pushes, `+=` onto strings, self-concatenation. */
export declare function findAccumulations(body: Node, boundary: Node, scopeOf: (node: Node) => TSESLint.Scope.Scope): Accumulation[];
/** Whether `region` empties or drains the buffer: `buf.length = 0`, `buf = []`, `buf.splice(0)`, `buf.shift()`. */
export declare function drainsBuffer(region: Node, target: BufferTarget): boolean;
/** A loop body that can stop the loop: `break`, `return` or `throw` outside nested functions and inner loops' own breaks. */
export declare function loopCanStop(body: Node): boolean;
export declare function controlsFlow(region: Node): boolean;
/** Whether a call's value is thrown away: an expression statement, `void x.write()`, a non-final sequence item. */
export declare function resultIgnored(call: TSESTree.CallExpression): boolean;
export type LoopNode = TSESTree.ForStatement | TSESTree.ForInStatement | TSESTree.ForOfStatement | TSESTree.WhileStatement | TSESTree.DoWhileStatement;
/**
 * The loop that repeats `node` inside its own function: a loop statement, or an array-iteration
 * callback (`items.forEach(x => ...)`). A listener callback is one event per run, not a loop.
 */
export declare function enclosingLoop(node: Node): LoopNode | TSESTree.CallExpression | undefined;
/** Whether the region mentions the `'drain'` event (a `once(w, 'drain')`, a `'drain'` listener). */
export declare function waitsForDrain(region: Node): boolean;
/**
 * The first place in an async function's own body (nested functions excluded) where it can reject
 * without a surrounding `try`/`catch`: an `await`, a `for await`, a `throw`.
 */
export declare function firstUnguardedRejection(fn: TSESTree.FunctionLike): Node | undefined;
/** Object-mode streams (all grpc-js streams) buffer this many messages before `write()` returns false. */
export declare const OBJECT_MODE_HIGH_WATER_MARK = 16;
/**
 * How many times a loop runs, when its head says so statically: `for (let i = a; i < b; i++)` with
 * literal bounds or `i < list.length` of an array literal, `for (const x of [a, b, c])`,
 * `[a, b].forEach(...)`. A few writes never pass the high-water mark.
 */
export declare function staticTripCount(loop: LoopNode | TSESTree.CallExpression, scopeOf: (node: Node) => TSESLint.Scope.Scope): number | undefined;
/** Whether `node` uses a variable declared inside `loop` (its head or body): a different value each time round. */
export declare function dependsOnLoopVariable(node: Node, loop: Node, scopeOf: (node: Node) => TSESLint.Scope.Scope): boolean;
export {};

/**
 * Whether a Node stream gets an `'error'` listener, looked for where the stream is visible: the
 * listener chain it was registered in, the references of the variable that holds it (inside its
 * scope), or the `this.field` uses of the class that holds it. A stream handed to anything else
 * (a helper, `pipeline()`, `finished()`, a return) counts as handled: we cannot see what happens there.
 */
import { type TSESLint, type TSESTree } from "@typescript-eslint/utils";
type Node = TSESTree.Node;
export type ErrorHandling = "handled" | "unhandled" | "unknown";
/**
 * How the stream that `dataListener` (an `x.on('data', ...)` call) listens to handles errors.
 * "unknown" when the stream is held somewhere we do not follow (`obj.stream`, a parameter's field).
 */
export declare function errorHandlingOf(dataListener: TSESTree.CallExpression, scopeOf: (node: Node) => TSESLint.Scope.Scope): ErrorHandling;
export {};

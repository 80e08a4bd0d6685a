/**
 * The one tree walker: every node under a root, iteratively (deep generated files must not
 * overflow the stack), skipping the keys that never hold a value a rule follows.
 */
import { type TSESTree } from "@typescript-eslint/utils";
export type FunctionNode = TSESTree.FunctionDeclaration | TSESTree.FunctionExpression | TSESTree.ArrowFunctionExpression;
export declare function isFunctionNode(node: TSESTree.Node): node is FunctionNode;
/** Visits every node under `root` (root included); `enterFunctions: false` stops at nested functions. */
export declare function visitNodes(root: TSESTree.Node, visit: (node: TSESTree.Node) => void, enterFunctions?: boolean): void;
/** Whether `node` lies inside `container` in the source text. */
export declare function within(node: TSESTree.Node, container: TSESTree.Node): boolean;

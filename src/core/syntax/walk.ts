/**
 * The one tree walker: every node under a root, iteratively (deep generated files must not
 * overflow the stack), skipping the keys that never hold a value a rule follows.
 */
import { AST_NODE_TYPES, type TSESTree } from "@typescript-eslint/utils";

export type FunctionNode = TSESTree.FunctionDeclaration | TSESTree.FunctionExpression | TSESTree.ArrowFunctionExpression;

// `parent` would walk back up; types never hold a value; `tokens` and `comments` are not nodes.
const SKIPPED_KEYS: ReadonlySet<string> = new Set([
  "parent", "loc", "range", "tokens", "comments", "typeAnnotation", "returnType", "typeArguments", "typeParameters",
]);

export function isFunctionNode(node: TSESTree.Node): node is FunctionNode {
  return (
    node.type === AST_NODE_TYPES.FunctionDeclaration ||
    node.type === AST_NODE_TYPES.FunctionExpression ||
    node.type === AST_NODE_TYPES.ArrowFunctionExpression
  );
}

/** The name a function is called by: its declaration, the variable or property it is assigned to, the method it is. */
export function functionName(fn: FunctionNode): string | undefined {
  if (fn.id) return fn.id.name;
  const parent = fn.parent;
  if (parent?.type === AST_NODE_TYPES.VariableDeclarator && parent.id.type === AST_NODE_TYPES.Identifier) return parent.id.name;
  if ((parent?.type === AST_NODE_TYPES.MethodDefinition || parent?.type === AST_NODE_TYPES.Property || parent?.type === AST_NODE_TYPES.PropertyDefinition) && parent.key.type === AST_NODE_TYPES.Identifier) {
    return parent.key.name;
  }
  return undefined;
}

function isNode(value: unknown): value is TSESTree.Node {
  return typeof value === "object" && value !== null && typeof (value as { type?: unknown }).type === "string";
}

/** Visits every node under `root` (root included); `enterFunctions: false` stops at nested functions. */
export function visitNodes(root: TSESTree.Node, visit: (node: TSESTree.Node) => void, enterFunctions = true): void {
  const stack: TSESTree.Node[] = [root];
  while (stack.length > 0) {
    const node = stack.pop()!;
    visit(node);
    if (node !== root && !enterFunctions && isFunctionNode(node)) continue;
    for (const key of Object.keys(node)) {
      if (SKIPPED_KEYS.has(key)) continue;
      const value = (node as unknown as Record<string, unknown>)[key];
      if (Array.isArray(value)) {
        for (const item of value) if (isNode(item)) stack.push(item);
      } else if (isNode(value)) {
        stack.push(value);
      }
    }
  }
}

/** Whether `node` lies inside `container` in the source text. */
export function within(node: TSESTree.Node, container: TSESTree.Node): boolean {
  return node.range[0] >= container.range[0] && node.range[1] <= container.range[1];
}

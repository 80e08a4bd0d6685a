/**
 * The one tree walker: every node under a root, iteratively (deep generated files must not
 * overflow the stack), skipping the keys that never hold a value a rule follows.
 */
import { AST_NODE_TYPES } from "@typescript-eslint/utils";
// `parent` would walk back up; types never hold a value; `tokens` and `comments` are not nodes.
const SKIPPED_KEYS = new Set([
    "parent", "loc", "range", "tokens", "comments", "typeAnnotation", "returnType", "typeArguments", "typeParameters",
]);
export function isFunctionNode(node) {
    return (node.type === AST_NODE_TYPES.FunctionDeclaration ||
        node.type === AST_NODE_TYPES.FunctionExpression ||
        node.type === AST_NODE_TYPES.ArrowFunctionExpression);
}
function isNode(value) {
    return typeof value === "object" && value !== null && typeof value.type === "string";
}
/** Visits every node under `root` (root included); `enterFunctions: false` stops at nested functions. */
export function visitNodes(root, visit, enterFunctions = true) {
    const stack = [root];
    while (stack.length > 0) {
        const node = stack.pop();
        visit(node);
        if (node !== root && !enterFunctions && isFunctionNode(node))
            continue;
        for (const key of Object.keys(node)) {
            if (SKIPPED_KEYS.has(key))
                continue;
            const value = node[key];
            if (Array.isArray(value)) {
                for (const item of value)
                    if (isNode(item))
                        stack.push(item);
            }
            else if (isNode(value)) {
                stack.push(value);
            }
        }
    }
}
/** Whether `node` lies inside `container` in the source text. */
export function within(node, container) {
    return node.range[0] >= container.range[0] && node.range[1] <= container.range[1];
}

/**
 * A deadline carried by an async context instead of the call: the call is made inside a callback
 * that a function of this file runs under an `AsyncLocalStorage` store holding a deadline,
 *
 *   async withDeadline(deadline, fn) { return this.storage.run({ ...this.storage.getStore(), deadline }, fn); }
 *   await this.withDeadline(Date.now() + 10_000, () => this.service.getSystemInfo({}));
 *
 * Node's `AsyncLocalStorage#run(store, callback)` makes `store` current while `callback` runs and
 * in everything it awaits, so an RPC implementation that reads `getStore().deadline` (a protobufjs
 * `rpcImpl` over grpc-js `makeUnaryRequest`) sets that deadline on the call.
 */
import { AST_NODE_TYPES, type TSESTree } from "@typescript-eslint/utils";
import { isFunctionNode, memberName, propertyKeyName, unwrap, visitNodes, type FunctionNode } from "../syntax/index.js";

const MAX_SCOPES = 8;

/** Whether `node` runs inside a callback that a function declared in this file runs with a deadline in its async context. */
export function insideDeadlineContext(node: TSESTree.Node): boolean {
  let scopes = 0;
  for (let current: TSESTree.Node | undefined = node; current && scopes < MAX_SCOPES; current = current.parent) {
    if (!isFunctionNode(current)) continue;
    scopes++;
    const call = current.parent;
    if (call?.type !== AST_NODE_TYPES.CallExpression) continue;
    const index = call.arguments.indexOf(current as TSESTree.CallExpressionArgument);
    if (index < 0) continue;
    const runner = runnerOf(call);
    if (runner && runsWithDeadline(runner, index)) return true;
  }
  return false;
}

/** The function a call invokes, when this file declares it: `this.method(...)` in a class, or a local function. */
function runnerOf(call: TSESTree.CallExpression): FunctionNode | undefined {
  const callee = unwrap(call.callee);
  if (callee.type === AST_NODE_TYPES.MemberExpression && unwrap(callee.object).type === AST_NODE_TYPES.ThisExpression) {
    const name = memberName(callee);
    for (let current: TSESTree.Node | undefined = call.parent; current; current = current.parent) {
      if (current.type !== AST_NODE_TYPES.ClassBody) continue;
      for (const member of current.body) {
        if (member.type !== AST_NODE_TYPES.MethodDefinition || member.computed || member.key.type !== AST_NODE_TYPES.Identifier) continue;
        if (member.key.name === name && member.value.type === AST_NODE_TYPES.FunctionExpression) return member.value;
      }
      return undefined;
    }
    return undefined;
  }
  if (callee.type !== AST_NODE_TYPES.Identifier) return undefined;
  for (let current: TSESTree.Node | undefined = call.parent; current; current = current.parent) {
    const body = current.type === AST_NODE_TYPES.Program || current.type === AST_NODE_TYPES.BlockStatement ? current.body : undefined;
    for (const statement of body ?? []) {
      if (statement.type === AST_NODE_TYPES.FunctionDeclaration && statement.id?.name === callee.name) return statement;
    }
  }
  return undefined;
}

/** The runner hands its callback parameter to `storage.run({ ..., deadline }, callback)`. */
function runsWithDeadline(runner: FunctionNode, index: number): boolean {
  const parameter = runner.params[index];
  if (parameter?.type !== AST_NODE_TYPES.Identifier) return false;
  let found = false;
  visitNodes(runner.body, (node) => {
    if (found || node.type !== AST_NODE_TYPES.CallExpression) return;
    const callee = unwrap(node.callee);
    if (callee.type !== AST_NODE_TYPES.MemberExpression || memberName(callee) !== "run") return;
    const [store, callback] = node.arguments;
    if (callback?.type !== AST_NODE_TYPES.Identifier || callback.name !== parameter.name) return;
    found = store?.type === AST_NODE_TYPES.ObjectExpression && store.properties.some((property) => property.type === AST_NODE_TYPES.Property && propertyKeyName(property) === "deadline");
  });
  return found;
}

/**
 * Helpers that keep what they are given: a function called once per message that pushes into,
 * or appends to, a buffer that outlives the call (`addMessage(m)` over
 * `messages.set([...messages.get(), m])`). One level deep: the helper's own body, plus a look at
 * the helper's whole module for anything that empties the same buffer (a `clear()` elsewhere).
 *
 * Without types only helpers declared in the linted file are seen; with types an imported helper
 * is read through the checker from the module that declares it (not from declaration files or
 * node_modules).
 */
import { ASTUtils, AST_NODE_TYPES, type TSESLint, type TSESTree } from "@typescript-eslint/utils";
import ts from "typescript";
import type { FileContext } from "../syntax/index.js";
import { drainsBuffer, findAccumulations, type HelperAccumulation } from "./stream-flow.js";

type Node = TSESTree.Node;

const GROWING: ReadonlySet<string> = new Set(["push", "unshift"]);
const DRAINING: ReadonlySet<string> = new Set(["shift", "splice", "pop"]);

function isFunctionLike(node: Node | null | undefined): node is TSESTree.FunctionDeclaration | TSESTree.FunctionExpression | TSESTree.ArrowFunctionExpression {
  return node?.type === AST_NODE_TYPES.FunctionDeclaration || node?.type === AST_NODE_TYPES.FunctionExpression || node?.type === AST_NODE_TYPES.ArrowFunctionExpression;
}

/** The function a same-file identifier names: a declaration, or a never-reassigned variable holding one. */
function localFunction(variable: TSESLint.Scope.Variable): TSESTree.FunctionDeclaration | TSESTree.FunctionExpression | TSESTree.ArrowFunctionExpression | undefined {
  const def = variable.defs.length === 1 ? variable.defs[0] : undefined;
  if (def?.type === "FunctionName" && def.node.type === AST_NODE_TYPES.FunctionDeclaration) return def.node;
  if (def?.type !== "Variable" || !isFunctionLike(def.node.init)) return undefined;
  if (variable.references.some((reference) => reference.isWrite() && !reference.init)) return undefined;
  return def.node.init;
}

/** `x.get()` with the same receiver text as `x.set(...)`. */
function tsIsGetOf(node: ts.Node, receiver: string): boolean {
  return (
    ts.isCallExpression(node) &&
    node.arguments.length === 0 &&
    ts.isPropertyAccessExpression(node.expression) &&
    node.expression.name.text === "get" &&
    node.expression.expression.getText() === receiver
  );
}

/** The value appends to `receiver`'s previous value: `[...x.get(), m]`, `x.get().concat(m)`, `[...x, m]`. */
function tsAppendsTo(value: ts.Expression, receiver: string, viaGet: boolean): boolean {
  const previous = (node: ts.Node) => (viaGet ? tsIsGetOf(node, receiver) : node.getText() === receiver);
  if (ts.isArrayLiteralExpression(value)) return value.elements.some((element) => ts.isSpreadElement(element) && previous(element.expression));
  if (ts.isCallExpression(value) && ts.isPropertyAccessExpression(value.expression) && value.expression.name.text === "concat") return previous(value.expression.expression);
  return false;
}

/**
 * The buffer a TypeScript function grows, when it is a variable declared outside the function
 * (module state) and nothing in the function's module empties it.
 */
function tsGrownBuffer(fn: ts.FunctionLikeDeclaration, checker: ts.TypeChecker): string | undefined {
  const body = fn.body;
  if (!body) return undefined;
  const file = fn.getSourceFile();
  const outer = (expression: ts.Expression): string | undefined => {
    if (!ts.isIdentifier(expression)) return undefined;
    const symbol = checker.getSymbolAtLocation(expression);
    const declaration = symbol?.valueDeclaration ?? symbol?.declarations?.[0];
    if (!declaration || declaration.getSourceFile() !== file) return undefined;
    if (declaration.pos >= fn.pos && declaration.end <= fn.end) return undefined;
    return expression.text;
  };
  const grown: string[] = [];
  const drained = new Set<string>();
  const visit = (node: ts.Node, inside: boolean) => {
    if (ts.isCallExpression(node) && ts.isPropertyAccessExpression(node.expression)) {
      const method = node.expression.name.text;
      const key = outer(node.expression.expression);
      if (key !== undefined) {
        if (GROWING.has(method) && node.arguments.length > 0) {
          if (inside) grown.push(key);
        } else if (DRAINING.has(method)) {
          drained.add(key);
        } else if (method === "set" && node.arguments.length === 1) {
          if (!tsAppendsTo(node.arguments[0], key, true)) drained.add(key);
          else if (inside) grown.push(key);
        }
      }
    } else if (ts.isBinaryExpression(node) && node.operatorToken.kind === ts.SyntaxKind.EqualsToken) {
      const key = outer(node.left);
      if (key !== undefined) {
        if (!tsAppendsTo(node.right, key, false)) drained.add(key);
        else if (inside) grown.push(key);
      } else if (ts.isPropertyAccessExpression(node.left) && node.left.name.text === "length") {
        const target = outer(node.left.expression);
        if (target !== undefined) drained.add(target);
      }
    }
    ts.forEachChild(node, (child) => visit(child, inside || child === body));
  };
  // The whole module: growth counts inside the helper, emptying anywhere in the module.
  visit(file, false);
  return grown.find((key) => !drained.has(key));
}

function tsHelperDeclaration(checker: ts.TypeChecker, callee: ts.Node): ts.FunctionLikeDeclaration | undefined {
  let symbol = checker.getSymbolAtLocation(callee);
  if (symbol && symbol.flags & ts.SymbolFlags.Alias) symbol = checker.getAliasedSymbol(symbol);
  const declaration = symbol?.valueDeclaration ?? symbol?.declarations?.[0];
  if (!declaration) return undefined;
  const file = declaration.getSourceFile();
  if (file.isDeclarationFile || /[\\/]node_modules[\\/]/.test(file.fileName)) return undefined;
  if (ts.isFunctionDeclaration(declaration)) return declaration;
  if (ts.isVariableDeclaration(declaration) && declaration.initializer) {
    const init = declaration.initializer;
    if (ts.isFunctionExpression(init) || ts.isArrowFunction(init)) return init;
  }
  return undefined;
}

export function createHelperAccumulation(context: FileContext): HelperAccumulation {
  const scopeOf = (node: Node) => context.sourceCode.getScope(node);
  const local = new WeakMap<Node, string | null>();
  const imported = new WeakMap<ts.Node, string | null>();
  const typed = context.services;

  function localBuffer(fn: TSESTree.FunctionDeclaration | TSESTree.FunctionExpression | TSESTree.ArrowFunctionExpression): string | undefined {
    const cached = local.get(fn);
    if (cached !== undefined) return cached ?? undefined;
    let key: string | undefined;
    try {
      // `this` in a plain helper is whatever the caller binds: only variables outside it count.
      const accumulation = findAccumulations(fn.body, fn, scopeOf).find(
        (candidate) => candidate.target.variable !== undefined && !drainsBuffer(context.sourceCode.ast, candidate.target),
      );
      key = accumulation?.target.key;
    } catch {
      key = undefined;
    }
    local.set(fn, key ?? null);
    return key;
  }

  return (call) => {
    if (call.callee.type !== AST_NODE_TYPES.Identifier) return undefined;
    const variable = ASTUtils.findVariable(scopeOf(call.callee), call.callee);
    const def = variable?.defs[0];
    if (variable && def && def.type !== "ImportBinding") {
      const fn = localFunction(variable);
      return fn ? localBuffer(fn) : undefined;
    }
    if (!typed) return undefined;
    try {
      const tsCallee = typed.esTreeNodeToTSNodeMap.get(call.callee);
      const declaration = tsCallee ? tsHelperDeclaration(typed.program.getTypeChecker(), tsCallee) : undefined;
      if (!declaration) return undefined;
      const cached = imported.get(declaration);
      if (cached !== undefined) return cached ?? undefined;
      const key = tsGrownBuffer(declaration, typed.program.getTypeChecker());
      imported.set(declaration, key ?? null);
      return key;
    } catch {
      return undefined;
    }
  };
}

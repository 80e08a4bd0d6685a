/**
 * Whether a Node stream gets an `'error'` listener, looked for where the stream is visible: the
 * listener chain it was registered in, the references of the variable that holds it (inside its
 * scope), or the `this.field` uses of the class that holds it. A stream handed to anything else
 * (a helper, `pipeline()`, `finished()`, a return) counts as handled: we cannot see what happens there.
 */
import { ASTUtils, AST_NODE_TYPES, type TSESLint, type TSESTree } from "@typescript-eslint/utils";
import { visitNodes } from "../syntax/index.js";
import { calleeMember, listenerEvent } from "./stream-flow.js";

type Node = TSESTree.Node;

const ERROR_EVENTS: ReadonlySet<string> = new Set(["error"]);

function skipWrappers(node: Node): Node {
  let current = node;
  while (
    current.parent &&
    (current.parent.type === AST_NODE_TYPES.TSAsExpression ||
      current.parent.type === AST_NODE_TYPES.TSNonNullExpression ||
      current.parent.type === AST_NODE_TYPES.ChainExpression)
  ) {
    current = current.parent;
  }
  return current;
}

/** Walks the listener chain `x.on(a, f).on(b, g)...` above `node`: does it register an 'error' listener? */
function chainAboveHandlesErrors(node: Node): boolean {
  let current = skipWrappers(node);
  for (;;) {
    const member = current.parent;
    if (member?.type !== AST_NODE_TYPES.MemberExpression || member.object !== current) return false;
    const call = member.parent;
    if (call?.type !== AST_NODE_TYPES.CallExpression || call.callee !== member) return false;
    const listener = listenerEvent(call);
    if (!listener) return false;
    if (ERROR_EVENTS.has(listener.event)) return true;
    current = skipWrappers(call);
  }
}

/** Walks down a listener chain to its base, noting an 'error' listener on the way. */
function chainBase(node: Node): { base: Node; handled: boolean } {
  let current = node;
  let handled = false;
  for (;;) {
    while (current.type === AST_NODE_TYPES.TSAsExpression || current.type === AST_NODE_TYPES.TSNonNullExpression || current.type === AST_NODE_TYPES.ChainExpression) {
      current = current.expression;
    }
    if (current.type !== AST_NODE_TYPES.CallExpression) return { base: current, handled };
    const listener = listenerEvent(current);
    if (!listener) return { base: current, handled };
    if (ERROR_EVENTS.has(listener.event)) handled = true;
    current = listener.object;
  }
}

/** A use of the stream that hands it on: an argument, a return, an assignment, a property value. */
function escapes(reference: Node): boolean {
  const node = skipWrappers(reference);
  const parent = node.parent;
  if (!parent) return false;
  switch (parent.type) {
    case AST_NODE_TYPES.CallExpression:
    case AST_NODE_TYPES.NewExpression:
      return parent.arguments.includes(node as TSESTree.CallExpressionArgument);
    case AST_NODE_TYPES.ReturnStatement:
    case AST_NODE_TYPES.YieldExpression:
    case AST_NODE_TYPES.ArrayExpression:
    case AST_NODE_TYPES.SpreadElement:
      return true;
    case AST_NODE_TYPES.ArrowFunctionExpression:
      return parent.body === node;
    case AST_NODE_TYPES.AssignmentExpression:
      return parent.right === node;
    case AST_NODE_TYPES.Property:
      return parent.value === node;
    case AST_NODE_TYPES.VariableDeclarator:
      return parent.init === node;
    case AST_NODE_TYPES.MemberExpression: {
      // `stream.pipe(dest)` does not forward errors; any other method call is neither here nor there.
      return false;
    }
    default:
      return false;
  }
}

function referenceHandles(reference: Node): boolean {
  return chainAboveHandlesErrors(reference) || escapes(reference);
}

function isThisField(node: Node): node is TSESTree.MemberExpression & { property: TSESTree.Identifier } {
  return (
    node.type === AST_NODE_TYPES.MemberExpression &&
    node.object.type === AST_NODE_TYPES.ThisExpression &&
    !node.computed &&
    node.property.type === AST_NODE_TYPES.Identifier
  );
}

export type ErrorHandling = "handled" | "unhandled" | "unknown";

/**
 * How the stream that `dataListener` (an `x.on('data', ...)` call) listens to handles errors.
 * "unknown" when the stream is held somewhere we do not follow (`obj.stream`, a parameter's field).
 */
export function errorHandlingOf(dataListener: TSESTree.CallExpression, scopeOf: (node: Node) => TSESLint.Scope.Scope): ErrorHandling {
  if (chainAboveHandlesErrors(dataListener)) return "handled";
  const member = calleeMember(dataListener);
  if (!member) return "unknown";
  const { base, handled } = chainBase(member.object);
  if (handled) return "handled";
  if (base.type === AST_NODE_TYPES.CallExpression) return "unhandled";
  if (base.type === AST_NODE_TYPES.Identifier) {
    const variable = ASTUtils.findVariable(scopeOf(base), base);
    if (!variable || variable.defs.length === 0) return "unknown";
    const def = variable.defs[0];
    if (def.type === "Parameter") return "unknown";
    if (def.type === "Variable" && def.node.init && chainBase(def.node.init).handled) return "handled";
    return variable.references.some((reference) => referenceHandles(reference.identifier)) ? "handled" : "unhandled";
  }
  if (isThisField(base)) {
    let owner: Node | undefined = base.parent;
    while (owner && owner.type !== AST_NODE_TYPES.ClassBody) owner = owner.parent;
    if (!owner) return "unknown";
    const field = base.property.name;
    let found = false;
    visitNodes(owner, (node) => {
      if (found || !isThisField(node) || node.property.name !== field) return;
      const parent = node.parent;
      // Assigned from a chain that listens for errors: `this.stream = call.on('error', ...)`.
      if (parent?.type === AST_NODE_TYPES.AssignmentExpression && parent.left === node && chainBase(parent.right).handled) found = true;
      else if (referenceHandles(node)) found = true;
    });
    return found ? "handled" : "unhandled";
  }
  return "unknown";
}

function thisFieldSources(base: TSESTree.MemberExpression & { property: TSESTree.Identifier }): Node[] | undefined {
  let owner: Node | undefined = base.parent;
  while (owner && owner.type !== AST_NODE_TYPES.ClassBody) owner = owner.parent;
  if (!owner) return undefined;
  const field = base.property.name;
  const sources: Node[] = [];
  for (const member of owner.body) {
    if (
      member.type === AST_NODE_TYPES.PropertyDefinition &&
      !member.static &&
      !member.computed &&
      member.key.type === AST_NODE_TYPES.Identifier &&
      member.key.name === field &&
      member.value
    ) {
      sources.push(member.value);
    }
  }
  visitNodes(owner, (node) => {
    const parent = node.parent;
    if (isThisField(node) && node.property.name === field && parent?.type === AST_NODE_TYPES.AssignmentExpression && parent.left === node) sources.push(parent.right);
  });
  return sources;
}

/** The call at the base of a listener chain, when the value is one. */
function openingCallIn(value: Node): TSESTree.CallExpression | undefined {
  const { base } = chainBase(value);
  return base.type === AST_NODE_TYPES.CallExpression ? base : undefined;
}

/**
 * The call that opened the stream `dataListener` (an `x.on('data', ...)` call) listens to: the base
 * of its listener chain, the initializer of the variable that holds it (when nothing else is
 * assigned to it), or the one value the class assigns to the `this.field` that holds it. That call
 * is where a reviewer adds the 'error' listener, so findings go there. Undefined when the stream
 * has no single opening call in sight (a parameter, a field assigned in several places).
 */
export function streamOpening(dataListener: TSESTree.CallExpression, scopeOf: (node: Node) => TSESLint.Scope.Scope): TSESTree.CallExpression | undefined {
  const member = calleeMember(dataListener);
  if (!member) return undefined;
  const { base } = chainBase(member.object);
  if (base.type === AST_NODE_TYPES.CallExpression) return base;
  if (base.type === AST_NODE_TYPES.Identifier) {
    const variable = ASTUtils.findVariable(scopeOf(base), base);
    const def = variable?.defs.length === 1 ? variable.defs[0] : undefined;
    if (def?.type !== "Variable" || def.node.id.type !== AST_NODE_TYPES.Identifier || !def.node.init) return undefined;
    // `let call = a(); ...; call = b();`: which call the listener sees depends on the run.
    if (variable!.references.some((reference) => reference.isWrite() && !reference.init)) return undefined;
    return openingCallIn(def.node.init);
  }
  if (isThisField(base)) {
    const sources = thisFieldSources(base);
    return sources?.length === 1 ? openingCallIn(sources[0]) : undefined;
  }
  return undefined;
}

/**
 * Whether a Node stream gets an `'error'` listener, looked for where the stream is visible: the
 * listener chain it was registered in, the references of the variable that holds it (inside its
 * scope), or the `this.field` uses of the class that holds it. A stream handed to anything else
 * (a helper, `pipeline()`, `finished()`, a return) counts as handled: we cannot see what happens there.
 */
import { ASTUtils, AST_NODE_TYPES } from "@typescript-eslint/utils";
import { visitNodes } from "../syntax/index.js";
import { calleeMember, listenerEvent } from "./stream-flow.js";
const ERROR_EVENTS = new Set(["error"]);
function skipWrappers(node) {
    let current = node;
    while (current.parent &&
        (current.parent.type === AST_NODE_TYPES.TSAsExpression ||
            current.parent.type === AST_NODE_TYPES.TSNonNullExpression ||
            current.parent.type === AST_NODE_TYPES.ChainExpression)) {
        current = current.parent;
    }
    return current;
}
/** Walks the listener chain `x.on(a, f).on(b, g)...` above `node`: does it register an 'error' listener? */
function chainAboveHandlesErrors(node) {
    let current = skipWrappers(node);
    for (;;) {
        const member = current.parent;
        if (member?.type !== AST_NODE_TYPES.MemberExpression || member.object !== current)
            return false;
        const call = member.parent;
        if (call?.type !== AST_NODE_TYPES.CallExpression || call.callee !== member)
            return false;
        const listener = listenerEvent(call);
        if (!listener)
            return false;
        if (ERROR_EVENTS.has(listener.event))
            return true;
        current = skipWrappers(call);
    }
}
/** Walks down a listener chain to its base, noting an 'error' listener on the way. */
function chainBase(node) {
    let current = node;
    let handled = false;
    for (;;) {
        while (current.type === AST_NODE_TYPES.TSAsExpression || current.type === AST_NODE_TYPES.TSNonNullExpression || current.type === AST_NODE_TYPES.ChainExpression) {
            current = current.expression;
        }
        if (current.type !== AST_NODE_TYPES.CallExpression)
            return { base: current, handled };
        const listener = listenerEvent(current);
        if (!listener)
            return { base: current, handled };
        if (ERROR_EVENTS.has(listener.event))
            handled = true;
        current = listener.object;
    }
}
/** A use of the stream that hands it on: an argument, a return, an assignment, a property value. */
function escapes(reference) {
    const node = skipWrappers(reference);
    const parent = node.parent;
    if (!parent)
        return false;
    switch (parent.type) {
        case AST_NODE_TYPES.CallExpression:
        case AST_NODE_TYPES.NewExpression:
            return parent.arguments.includes(node);
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
function referenceHandles(reference) {
    return chainAboveHandlesErrors(reference) || escapes(reference);
}
function isThisField(node) {
    return (node.type === AST_NODE_TYPES.MemberExpression &&
        node.object.type === AST_NODE_TYPES.ThisExpression &&
        !node.computed &&
        node.property.type === AST_NODE_TYPES.Identifier);
}
/**
 * How the stream that `dataListener` (an `x.on('data', ...)` call) listens to handles errors.
 * "unknown" when the stream is held somewhere we do not follow (`obj.stream`, a parameter's field).
 */
export function errorHandlingOf(dataListener, scopeOf) {
    if (chainAboveHandlesErrors(dataListener))
        return "handled";
    const member = calleeMember(dataListener);
    if (!member)
        return "unknown";
    const { base, handled } = chainBase(member.object);
    if (handled)
        return "handled";
    if (base.type === AST_NODE_TYPES.CallExpression)
        return "unhandled";
    if (base.type === AST_NODE_TYPES.Identifier) {
        const variable = ASTUtils.findVariable(scopeOf(base), base);
        if (!variable || variable.defs.length === 0)
            return "unknown";
        const def = variable.defs[0];
        if (def.type === "Parameter")
            return "unknown";
        if (def.type === "Variable" && def.node.init && chainBase(def.node.init).handled)
            return "handled";
        return variable.references.some((reference) => referenceHandles(reference.identifier)) ? "handled" : "unhandled";
    }
    if (isThisField(base)) {
        let owner = base.parent;
        while (owner && owner.type !== AST_NODE_TYPES.ClassBody)
            owner = owner.parent;
        if (!owner)
            return "unknown";
        const field = base.property.name;
        let found = false;
        visitNodes(owner, (node) => {
            if (found || !isThisField(node) || node.property.name !== field)
                return;
            const parent = node.parent;
            // Assigned from a chain that listens for errors: `this.stream = call.on('error', ...)`.
            if (parent?.type === AST_NODE_TYPES.AssignmentExpression && parent.left === node && chainBase(parent.right).handled)
                found = true;
            else if (referenceHandles(node))
                found = true;
        });
        return found ? "handled" : "unhandled";
    }
    return "unknown";
}

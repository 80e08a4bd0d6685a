/**
 * In-file value tracing over ESTree, used when there are no types (or a value is typed `any`):
 * which module export an identifier names, and which expressions a name or `this.field` can hold.
 * Unknown shapes give empty answers; nothing here throws on odd code.
 */
import { ASTUtils, AST_NODE_TYPES } from "@typescript-eslint/utils";
import { visitNodes } from "./walk.js";
const MAX_DEPTH = 8;
/** Strips what does not change a value at run time: casts, `!`, parentheses, `satisfies`. */
export function unwrap(node) {
    let current = node;
    for (;;) {
        switch (current.type) {
            case AST_NODE_TYPES.TSAsExpression:
            case AST_NODE_TYPES.TSNonNullExpression:
            case AST_NODE_TYPES.TSSatisfiesExpression:
            case AST_NODE_TYPES.TSTypeAssertion:
                current = current.expression;
                continue;
            case AST_NODE_TYPES.ChainExpression:
                current = current.expression;
                continue;
            default:
                return current;
        }
    }
}
/** The static name of a member (`a.b`, `a["b"]`), or undefined for computed keys. */
export function memberName(node) {
    if (!node.computed && node.property.type === AST_NODE_TYPES.Identifier)
        return node.property.name;
    if (node.computed && node.property.type === AST_NODE_TYPES.Literal && typeof node.property.value === "string") {
        return node.property.value;
    }
    return undefined;
}
export function propertyKeyName(property) {
    const key = property.key;
    if (!property.computed && key.type === AST_NODE_TYPES.Identifier)
        return key.name;
    if (key.type === AST_NODE_TYPES.Literal && (typeof key.value === "string" || typeof key.value === "number")) {
        return String(key.value);
    }
    return undefined;
}
function isRequireCall(node) {
    return (node?.type === AST_NODE_TYPES.CallExpression &&
        node.callee.type === AST_NODE_TYPES.Identifier &&
        node.callee.name === "require" &&
        node.arguments.length === 1 &&
        node.arguments[0].type === AST_NODE_TYPES.Literal &&
        typeof node.arguments[0].value === "string");
}
function requiredModule(node) {
    return node.arguments[0].value;
}
export class EstreeTracer {
    scopeOf;
    importCache = new WeakMap();
    classFieldCache = new WeakMap();
    constructor(scopeOf) {
        this.scopeOf = scopeOf;
    }
    variableOf(identifier) {
        try {
            return ASTUtils.findVariable(this.scopeOf(identifier), identifier);
        }
        catch {
            return null;
        }
    }
    /** The module export an identifier or `namespace.member` expression refers to. */
    importedName(node) {
        const target = unwrap(node);
        if (target.type === AST_NODE_TYPES.Identifier)
            return this.importOfIdentifier(target);
        if (target.type === AST_NODE_TYPES.MemberExpression) {
            const name = memberName(target);
            if (name === undefined)
                return undefined;
            const object = unwrap(target.object);
            if (isRequireCall(object))
                return { module: requiredModule(object), name };
            const base = this.importedName(object);
            if (base?.name === "*")
                return { module: base.module, name };
        }
        return undefined;
    }
    importOfIdentifier(identifier) {
        const variable = this.variableOf(identifier);
        if (!variable)
            return undefined;
        const cached = this.importCache.get(variable);
        if (cached !== undefined)
            return cached ?? undefined;
        const found = this.computeImport(variable) ?? null;
        this.importCache.set(variable, found);
        return found ?? undefined;
    }
    computeImport(variable) {
        const def = variable.defs[0];
        if (!def)
            return undefined;
        if (def.type === "ImportBinding") {
            const specifier = def.node;
            if (specifier.type === AST_NODE_TYPES.TSImportEqualsDeclaration) {
                const ref = specifier.moduleReference;
                if (ref.type === AST_NODE_TYPES.TSExternalModuleReference && ref.expression.type === AST_NODE_TYPES.Literal) {
                    return { module: String(ref.expression.value), name: "*" };
                }
                return undefined;
            }
            const declaration = specifier.parent;
            const module = declaration.source.value;
            if (specifier.type === AST_NODE_TYPES.ImportSpecifier) {
                const imported = specifier.imported;
                return { module, name: imported.type === AST_NODE_TYPES.Identifier ? imported.name : String(imported.value) };
            }
            return { module, name: "*" };
        }
        if (def.type === "Variable" && def.node.type === AST_NODE_TYPES.VariableDeclarator) {
            const init = def.node.init ? unwrap(def.node.init) : undefined;
            if (!init)
                return undefined;
            if (def.node.id.type === AST_NODE_TYPES.Identifier) {
                if (isRequireCall(init))
                    return { module: requiredModule(init), name: "*" };
                if (init.type === AST_NODE_TYPES.MemberExpression && isRequireCall(unwrap(init.object))) {
                    const name = memberName(init);
                    return name === undefined ? undefined : { module: requiredModule(unwrap(init.object)), name };
                }
                return undefined;
            }
            if (def.node.id.type === AST_NODE_TYPES.ObjectPattern && isRequireCall(init)) {
                for (const property of def.node.id.properties) {
                    if (property.type !== AST_NODE_TYPES.Property)
                        continue;
                    if (property.value.type === AST_NODE_TYPES.Identifier && property.value.name === variable.name) {
                        const name = propertyKeyName(property);
                        return name === undefined ? undefined : { module: requiredModule(init), name };
                    }
                }
            }
        }
        return undefined;
    }
    /**
     * Expressions a value can come from inside this file: a variable's initializer and the
     * values assigned to it, a class field's initializer and `this.field = ...` assignments, an
     * object literal's property. Returns the expression itself when there is nothing to follow.
     */
    valueSources(node, depth = 0) {
        const target = unwrap(node);
        if (depth > MAX_DEPTH)
            return [target];
        if (target.type === AST_NODE_TYPES.AwaitExpression)
            return this.valueSources(target.argument, depth + 1);
        if (target.type === AST_NODE_TYPES.Identifier) {
            const destructured = this.destructuredFrom(target);
            if (destructured) {
                const fromObjects = this.propertyOfSources(destructured.object, destructured.key, depth);
                return fromObjects.length > 0 ? fromObjects : [target];
            }
            const writes = this.writesOf(target);
            if (writes.length === 0)
                return [target];
            return writes.flatMap((write) => this.valueSources(write, depth + 1));
        }
        if (target.type === AST_NODE_TYPES.MemberExpression) {
            const name = memberName(target);
            if (name === undefined)
                return [target];
            const object = unwrap(target.object);
            if (object.type === AST_NODE_TYPES.ThisExpression) {
                const fields = this.thisFieldWrites(object, name);
                if (fields.length > 0)
                    return fields.flatMap((write) => this.valueSources(write, depth + 1));
                return [target];
            }
            const fromObjects = this.propertyOfSources(object, name, depth);
            return fromObjects.length > 0 ? fromObjects : [target];
        }
        return [target];
    }
    /** What `object.key` holds when `object` is an object literal in this file. */
    propertyOfSources(object, key, depth) {
        const found = [];
        for (const source of this.valueSources(object, depth + 1)) {
            if (source.type !== AST_NODE_TYPES.ObjectExpression)
                continue;
            for (const property of source.properties) {
                if (property.type === AST_NODE_TYPES.Property && propertyKeyName(property) === key) {
                    found.push(...this.valueSources(property.value, depth + 1));
                }
            }
        }
        return found;
    }
    /** For `const { key } = object` (one level, renames and defaults included): the object and key. */
    destructuredFrom(identifier) {
        const variable = this.variableOf(identifier);
        const def = variable?.defs[0];
        if (!variable || def?.type !== "Variable" || def.node.type !== AST_NODE_TYPES.VariableDeclarator)
            return undefined;
        if (def.node.id.type !== AST_NODE_TYPES.ObjectPattern || !def.node.init)
            return undefined;
        for (const property of def.node.id.properties) {
            if (property.type !== AST_NODE_TYPES.Property)
                continue;
            const value = property.value.type === AST_NODE_TYPES.AssignmentPattern ? property.value.left : property.value;
            if (value.type !== AST_NODE_TYPES.Identifier || value.name !== variable.name)
                continue;
            const key = propertyKeyName(property);
            return key === undefined ? undefined : { object: def.node.init, key };
        }
        return undefined;
    }
    /** A variable's initializer and every value assigned to it (only plain `=` assignments). */
    writesOf(identifier) {
        const variable = this.variableOf(identifier);
        if (!variable)
            return [];
        const writes = [];
        for (const def of variable.defs) {
            if (def.type === "Variable" && def.node.type === AST_NODE_TYPES.VariableDeclarator && def.node.init) {
                if (def.node.id.type === AST_NODE_TYPES.Identifier)
                    writes.push(def.node.init);
            }
            if (def.type === "FunctionName" || def.type === "ClassName")
                writes.push(def.node);
        }
        for (const reference of variable.references) {
            const parent = reference.identifier.parent;
            if (reference.isWrite() &&
                parent?.type === AST_NODE_TYPES.AssignmentExpression &&
                parent.operator === "=" &&
                parent.left === reference.identifier) {
                writes.push(parent.right);
            }
        }
        return writes;
    }
    thisFieldWrites(thisNode, name) {
        const owner = enclosingClass(thisNode);
        if (!owner)
            return [];
        let fields = this.classFieldCache.get(owner);
        if (!fields) {
            fields = collectClassFieldWrites(owner);
            this.classFieldCache.set(owner, fields);
        }
        return fields.get(name) ?? [];
    }
}
function enclosingClass(node) {
    let current = node.parent;
    while (current) {
        if (current.type === AST_NODE_TYPES.ClassDeclaration || current.type === AST_NODE_TYPES.ClassExpression) {
            return current;
        }
        if (current.type === AST_NODE_TYPES.FunctionDeclaration || current.type === AST_NODE_TYPES.FunctionExpression) {
            // A method's `this` is its class instance; a plain function's `this` is something else.
            if (current.parent?.type !== AST_NODE_TYPES.MethodDefinition && current.parent?.type !== AST_NODE_TYPES.PropertyDefinition) {
                return undefined;
            }
        }
        current = current.parent;
    }
    return undefined;
}
function collectClassFieldWrites(owner) {
    const fields = new Map();
    const add = (name, value) => {
        if (name === undefined)
            return;
        const list = fields.get(name) ?? [];
        list.push(value);
        fields.set(name, list);
    };
    for (const member of owner.body.body) {
        if (member.type === AST_NODE_TYPES.PropertyDefinition && member.value)
            add(propertyKeyName(member), member.value);
    }
    visitNodes(owner.body, (node) => {
        if (node.type === AST_NODE_TYPES.AssignmentExpression &&
            node.operator === "=" &&
            node.left.type === AST_NODE_TYPES.MemberExpression &&
            node.left.object.type === AST_NODE_TYPES.ThisExpression) {
            add(memberName(node.left), node.right);
        }
    });
    return fields;
}

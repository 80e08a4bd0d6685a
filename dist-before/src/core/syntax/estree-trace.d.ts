/**
 * In-file value tracing over ESTree, used when there are no types (or a value is typed `any`):
 * which module export an identifier names, and which expressions a name or `this.field` can hold.
 * Unknown shapes give empty answers; nothing here throws on odd code.
 */
import { type TSESLint, type TSESTree } from "@typescript-eslint/utils";
export interface ImportedName {
    module: string;
    /** The export it names; "*" for a namespace, a default import or a whole `require(...)`. */
    name: string;
}
export type ScopeOf = (node: TSESTree.Node) => TSESLint.Scope.Scope;
/** Strips what does not change a value at run time: casts, `!`, parentheses, `satisfies`. */
export declare function unwrap(node: TSESTree.Node): TSESTree.Node;
/** The static name of a member (`a.b`, `a["b"]`), or undefined for computed keys. */
export declare function memberName(node: TSESTree.MemberExpression): string | undefined;
export declare function propertyKeyName(property: TSESTree.Property | TSESTree.PropertyDefinition): string | undefined;
export declare class EstreeTracer {
    private readonly scopeOf;
    private readonly importCache;
    private readonly classFieldCache;
    constructor(scopeOf: ScopeOf);
    variableOf(identifier: TSESTree.Identifier): TSESLint.Scope.Variable | null;
    /** The module export an identifier or `namespace.member` expression refers to. */
    importedName(node: TSESTree.Node): ImportedName | undefined;
    private importOfIdentifier;
    private computeImport;
    /**
     * Expressions a value can come from inside this file: a variable's initializer and the
     * values assigned to it, a class field's initializer and `this.field = ...` assignments, an
     * object literal's property. Returns the expression itself when there is nothing to follow.
     */
    valueSources(node: TSESTree.Node, depth?: number): TSESTree.Node[];
    /** What `object.key` holds when `object` is an object literal in this file. */
    private propertyOfSources;
    /** For `const { key } = object` (one level, renames and defaults included): the object and key. */
    destructuredFrom(identifier: TSESTree.Identifier): {
        object: TSESTree.Node;
        key: string;
    } | undefined;
    /** A variable's initializer and every value assigned to it (only plain `=` assignments). */
    writesOf(identifier: TSESTree.Identifier): TSESTree.Node[];
    private thisFieldWrites;
}

/**
 * Name lookup over TypeScript nodes, answered by whichever resolver the lint run already has:
 * the type checker of typescript-eslint's program when the file is typed, or ESLint's scope
 * manager when it is not. Analyses written over TypeScript nodes (client-origins.ts) ask this,
 * so that an untyped run never builds a program of its own: the scope manager already knows
 * which declaration every in-file name refers to.
 */
import { AST_NODE_TYPES, type TSESLint, type TSESTree } from "@typescript-eslint/utils";
import ts from "typescript";
import type { EstreeTracer } from "./estree-trace.js";

export interface TsSymbols {
  /** The declarations a name refers to, as written (an import specifier for an imported name); undefined when it names nothing known. */
  declarations(name: ts.Node): readonly ts.Node[] | undefined;
  /** The same, followed through imports to the declarations they import; undefined when an import leads outside what is known. */
  resolved(name: ts.Node): readonly ts.Node[] | undefined;
  /** The first declaration of a name, then each re-export it goes through (`export { X } from "./y"`), lazily. */
  aliasChain(name: ts.Node): Iterable<ts.Node>;
  /** What `{ client }` in an object literal names. */
  shorthandValue(assignment: ts.ShorthandPropertyAssignment): readonly ts.Node[] | undefined;
  /** The declarations of property `key` of an expression's type; undefined without types or on `any`. */
  propertyOf(object: ts.Expression, key: string): readonly ts.Node[] | undefined;
}

const MAX_ALIAS_HOPS = 6;
const checkerAdapters = new WeakMap<ts.TypeChecker, TsSymbols>();

/** Lookup through the program's type checker: crosses modules and knows types. */
export function checkerSymbols(checker: ts.TypeChecker): TsSymbols {
  let adapter = checkerAdapters.get(checker);
  if (adapter) return adapter;
  adapter = {
    declarations: (name) => checker.getSymbolAtLocation(name)?.declarations,
    resolved(name) {
      const symbol = checker.getSymbolAtLocation(name);
      if (!symbol) return undefined;
      if (!(symbol.flags & ts.SymbolFlags.Alias)) return symbol.declarations ?? [];
      const aliased = checker.getAliasedSymbol(symbol).declarations;
      return aliased?.length ? aliased : undefined;
    },
    *aliasChain(name) {
      let symbol = checker.getSymbolAtLocation(name);
      for (let hop = 0; symbol && hop < MAX_ALIAS_HOPS; hop++) {
        const declaration = symbol.declarations?.[0];
        if (!declaration) return;
        yield declaration;
        if (!(symbol.flags & ts.SymbolFlags.Alias)) return;
        symbol = checker.getImmediateAliasedSymbol(symbol);
      }
    },
    shorthandValue: (assignment) => checker.getShorthandAssignmentValueSymbol(assignment)?.declarations,
    propertyOf(object, key) {
      const type = checker.getTypeAtLocation(object);
      if (type.flags & ts.TypeFlags.Any) return undefined;
      return type.getProperty(key)?.declarations;
    },
  };
  checkerAdapters.set(checker, adapter);
  return adapter;
}

/** How to move between the file's TypeScript tree and its ESTree. */
export interface TreeMaps {
  toEstree(node: ts.Node): TSESTree.Node | undefined;
  toTs(node: TSESTree.Node): ts.Node | undefined;
}

const IMPORT_DECLARATION_KINDS = new Set([
  ts.SyntaxKind.ImportSpecifier,
  ts.SyntaxKind.ImportClause,
  ts.SyntaxKind.NamespaceImport,
  ts.SyntaxKind.ImportEqualsDeclaration,
]);

/**
 * Lookup through ESLint's scope manager, for a file linted without types: in-file names resolve
 * to their declarations; imports stay imports (nothing is known of the module they name); a
 * property's declaration is left to the caller, which knows `this.x` and object literals.
 */
export function scopeSymbols(tracer: EstreeTracer, maps: TreeMaps): TsSymbols {
  const identifierOf = (name: ts.Node): TSESTree.Identifier | undefined => {
    const node = maps.toEstree(name);
    if (node?.type === AST_NODE_TYPES.Identifier) return node;
    // `{ client }`: key and value share one range.
    if (node?.type === AST_NODE_TYPES.Property && node.shorthand) {
      const value = node.value.type === AST_NODE_TYPES.AssignmentPattern ? node.value.left : node.value;
      return value.type === AST_NODE_TYPES.Identifier ? value : undefined;
    }
    return undefined;
  };
  const declarationOf = (definition: TSESLint.Scope.Definition): ts.Node | undefined => {
    const name = maps.toTs(definition.name);
    if (!name) return undefined;
    return ts.isIdentifier(name) ? name.parent : name;
  };
  const variableDeclarations = (identifier: TSESTree.Identifier | undefined): readonly ts.Node[] | undefined => {
    const variable = identifier ? tracer.variableOf(identifier) : null;
    if (!variable || variable.defs.length === 0) return undefined;
    const declarations: ts.Node[] = [];
    for (const definition of variable.defs) {
      const declaration = declarationOf(definition);
      if (declaration) declarations.push(declaration);
    }
    return declarations;
  };
  const declarations = (name: ts.Node): readonly ts.Node[] | undefined => {
    if (!ts.isIdentifier(name)) return undefined;
    const parent = name.parent;
    // A property name is not a scope name: `a.b`, `A.B` as a type.
    if ((ts.isPropertyAccessExpression(parent) && parent.name === name) || (ts.isQualifiedName(parent) && parent.right === name)) return undefined;
    return variableDeclarations(identifierOf(name));
  };
  return {
    declarations,
    resolved(name) {
      const found = declarations(name);
      return found?.some((declaration) => IMPORT_DECLARATION_KINDS.has(declaration.kind)) ? undefined : found;
    },
    *aliasChain(name) {
      const first = declarations(name)?.[0];
      if (first) yield first;
    },
    shorthandValue: (assignment) => variableDeclarations(identifierOf(assignment.name)),
    propertyOf: () => undefined,
  };
}

/**
 * TypeScript-side helpers that work whether or not a module resolves: which module specifier and
 * export a name was imported as (`import`, `import * as`, `import x = require`, `require`,
 * re-exports), a file's TypeScript tree when its parser gave none, and the TypeScript node at an
 * ESTree node's range.
 */
import ts from "typescript";
import type { TsSymbols } from "./ts-symbols.js";

export interface TsImportRef {
  module: string;
  /** The export it names; "*" for a namespace, a default import or a whole `require(...)`. */
  name: string;
}

function moduleText(node: ts.Node | undefined): string | undefined {
  return node && ts.isStringLiteralLike(node) ? node.text : undefined;
}

function requiredModule(node: ts.Node | undefined): string | undefined {
  if (!node) return undefined;
  let target = node;
  while (ts.isParenthesizedExpression(target) || ts.isAsExpression(target) || ts.isNonNullExpression(target)) target = target.expression;
  if (!ts.isCallExpression(target) || !ts.isIdentifier(target.expression) || target.expression.text !== "require") return undefined;
  return moduleText(target.arguments[0]);
}

/** The import behind one declaration of a name (an import specifier, `require` binding...). */
function importOfDeclaration(declaration: ts.Declaration): TsImportRef | undefined {
  if (ts.isImportSpecifier(declaration)) {
    const module = moduleText(declaration.parent.parent.parent.moduleSpecifier);
    return module === undefined ? undefined : { module, name: (declaration.propertyName ?? declaration.name).text };
  }
  if (ts.isNamespaceImport(declaration)) {
    const module = moduleText(declaration.parent.parent.moduleSpecifier);
    return module === undefined ? undefined : { module, name: "*" };
  }
  if (ts.isImportClause(declaration)) {
    const module = moduleText(declaration.parent.moduleSpecifier);
    return module === undefined ? undefined : { module, name: "*" };
  }
  if (ts.isImportEqualsDeclaration(declaration) && ts.isExternalModuleReference(declaration.moduleReference)) {
    const module = moduleText(declaration.moduleReference.expression);
    return module === undefined ? undefined : { module, name: "*" };
  }
  if (ts.isExportSpecifier(declaration)) {
    const module = moduleText(declaration.parent.parent.moduleSpecifier);
    return module === undefined ? undefined : { module, name: (declaration.propertyName ?? declaration.name).text };
  }
  if (ts.isVariableDeclaration(declaration) && ts.isIdentifier(declaration.name)) {
    const module = requiredModule(declaration.initializer);
    if (module !== undefined) return { module, name: "*" };
    // `const Client = require("x").Client`
    const init = declaration.initializer;
    if (init && ts.isPropertyAccessExpression(init)) {
      const from = requiredModule(init.expression);
      if (from !== undefined) return { module: from, name: init.name.text };
    }
    return undefined;
  }
  if (ts.isBindingElement(declaration) && ts.isObjectBindingPattern(declaration.parent)) {
    const holder = declaration.parent.parent;
    const module = ts.isVariableDeclaration(holder) ? requiredModule(holder.initializer) : undefined;
    const key = declaration.propertyName ?? declaration.name;
    if (module !== undefined && (ts.isIdentifier(key) || ts.isStringLiteral(key))) return { module, name: key.text };
  }
  return undefined;
}

/**
 * The module and export an identifier, `ns.Name` or `ns.Name` type name refers to, read from the
 * import statements themselves so that a module that is not installed still answers. Re-exports
 * in the program (`export { Client } from "@connectrpc/connect"`) are followed to their source.
 */
export function tsImportRef(symbols: TsSymbols, node: ts.Node): TsImportRef | undefined {
  if (ts.isPropertyAccessExpression(node) || ts.isQualifiedName(node)) {
    const left = ts.isPropertyAccessExpression(node) ? node.expression : node.left;
    const right = ts.isPropertyAccessExpression(node) ? node.name : node.right;
    const base = tsImportRef(symbols, left);
    return base?.name === "*" ? { module: base.module, name: right.text } : undefined;
  }
  if (!ts.isIdentifier(node)) return undefined;
  let found: TsImportRef | undefined;
  let hop = 0;
  for (const declaration of symbols.aliasChain(node)) {
    // After the import itself, only a re-export from another module is followed.
    if (hop++ > 0 && !(ts.isExportSpecifier(declaration) && declaration.parent.parent.moduleSpecifier)) return found;
    const here = importOfDeclaration(declaration as ts.Declaration);
    if (!here) return found;
    found = here;
    // A relative module in the program may re-export from the library: follow one more hop.
    if (!found.module.startsWith(".")) return found;
  }
  return found;
}

/**
 * The TypeScript tree of a file that ESLint parsed with another parser (espree for `.js`):
 * analyses over TypeScript nodes need one, and only a tree, never a program, is built.
 */
export function tsSourceFileOf(fileName: string, text: string): ts.SourceFile {
  return parse(fileName, text);
}

function parse(fileName: string, text: string): ts.SourceFile {
  const name = /\.[cm]?[jt]sx?$/.test(fileName) ? fileName : `${fileName}.tsx`;
  const kind = /\.[cm]?ts$/.test(name) ? ts.ScriptKind.TS : /\.[cm]?js$/.test(name) ? ts.ScriptKind.JS : /\.jsx$/.test(name) ? ts.ScriptKind.JSX : ts.ScriptKind.TSX;
  return ts.createSourceFile(name, text, ts.ScriptTarget.Latest, true, kind);
}

/** The innermost node of `file` that spans exactly [start, end) (ESTree ranges leave out parentheses). */
export function tsNodeAtRange(file: ts.SourceFile, start: number, end: number): ts.Node | undefined {
  let found: ts.Node | undefined;
  const visit = (node: ts.Node): void => {
    if (node.getStart(file) === start && node.end === end) found = node;
    ts.forEachChild(node, (child) => {
      if (child.pos <= start && child.end >= end) visit(child);
    });
  };
  visit(file);
  return found;
}

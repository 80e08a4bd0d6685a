/**
 * TypeScript-side helpers that work whether or not a module resolves: which module specifier and
 * export a name was imported as (`import`, `import * as`, `import x = require`, `require`,
 * re-exports), a checker for one file on its own (when ESLint gives no program), and the
 * TypeScript node at an ESTree node's range.
 */
import ts from "typescript";
const MAX_HOPS = 6;
function moduleText(node) {
    return node && ts.isStringLiteralLike(node) ? node.text : undefined;
}
function requiredModule(node) {
    if (!node)
        return undefined;
    let target = node;
    while (ts.isParenthesizedExpression(target) || ts.isAsExpression(target) || ts.isNonNullExpression(target))
        target = target.expression;
    if (!ts.isCallExpression(target) || !ts.isIdentifier(target.expression) || target.expression.text !== "require")
        return undefined;
    return moduleText(target.arguments[0]);
}
/** The import behind one declaration of a name (an import specifier, `require` binding...). */
function importOfDeclaration(declaration) {
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
        if (module !== undefined)
            return { module, name: "*" };
        // `const Client = require("x").Client`
        const init = declaration.initializer;
        if (init && ts.isPropertyAccessExpression(init)) {
            const from = requiredModule(init.expression);
            if (from !== undefined)
                return { module: from, name: init.name.text };
        }
        return undefined;
    }
    if (ts.isBindingElement(declaration) && ts.isObjectBindingPattern(declaration.parent)) {
        const holder = declaration.parent.parent;
        const module = ts.isVariableDeclaration(holder) ? requiredModule(holder.initializer) : undefined;
        const key = declaration.propertyName ?? declaration.name;
        if (module !== undefined && (ts.isIdentifier(key) || ts.isStringLiteral(key)))
            return { module, name: key.text };
    }
    return undefined;
}
/**
 * The module and export an identifier, `ns.Name` or `ns.Name` type name refers to, read from the
 * import statements themselves so that a module that is not installed still answers. Re-exports
 * in the program (`export { Client } from "@connectrpc/connect"`) are followed to their source.
 */
export function tsImportRef(checker, node) {
    if (ts.isPropertyAccessExpression(node) || ts.isQualifiedName(node)) {
        const left = ts.isPropertyAccessExpression(node) ? node.expression : node.left;
        const right = ts.isPropertyAccessExpression(node) ? node.name : node.right;
        const base = tsImportRef(checker, left);
        return base?.name === "*" ? { module: base.module, name: right.text } : undefined;
    }
    if (!ts.isIdentifier(node))
        return undefined;
    let symbol = checker.getSymbolAtLocation(node);
    for (let hop = 0; symbol && hop < MAX_HOPS; hop++) {
        const declaration = symbol.declarations?.[0];
        if (!declaration)
            return undefined;
        const found = importOfDeclaration(declaration);
        if (!found)
            return undefined;
        // A relative module in the program may re-export from the library: follow one more hop.
        if (!found.module.startsWith(".") || !(symbol.flags & ts.SymbolFlags.Alias))
            return found;
        const next = checker.getImmediateAliasedSymbol(symbol);
        const nextDeclaration = next?.declarations?.[0];
        if (!next || !nextDeclaration || !ts.isExportSpecifier(nextDeclaration) || !nextDeclaration.parent.parent.moduleSpecifier)
            return found;
        symbol = next;
    }
    return undefined;
}
const programs = new Map();
/**
 * A program of one file and nothing else (no lib, no module resolution), for in-file symbol
 * questions when ESLint runs without types. Imports stay unresolved; local names resolve.
 * The last few are kept, keyed by file name and text, since every rule of a file asks.
 */
export function singleFileProgram(fileName, text, parsed) {
    const cached = programs.get(fileName);
    if (cached && cached.text === text && (!parsed || cached.file === parsed))
        return { checker: cached.program.getTypeChecker(), file: cached.file };
    // The parser's own TypeScript tree when there is one (typescript-estree keeps it): no second parse.
    const file = parsed ?? parse(fileName, text);
    const name = file.fileName;
    const options = { noLib: true, noResolve: true, allowJs: true, noEmit: true, types: [] };
    const host = {
        getSourceFile: (requested) => (requested === name ? file : undefined),
        getDefaultLibFileName: () => "lib.d.ts",
        writeFile: () => { },
        getCurrentDirectory: () => "",
        getCanonicalFileName: (f) => f,
        useCaseSensitiveFileNames: () => true,
        getNewLine: () => "\n",
        fileExists: (f) => f === name,
        readFile: () => undefined,
    };
    const program = ts.createProgram({ rootNames: [name], options, host });
    if (programs.size >= 4)
        programs.delete(programs.keys().next().value);
    programs.set(fileName, { text, program, file });
    return { checker: program.getTypeChecker(), file };
}
function parse(fileName, text) {
    const name = /\.[cm]?[jt]sx?$/.test(fileName) ? fileName : `${fileName}.tsx`;
    const kind = /\.[cm]?ts$/.test(name) ? ts.ScriptKind.TS : /\.[cm]?js$/.test(name) ? ts.ScriptKind.JS : /\.jsx$/.test(name) ? ts.ScriptKind.JSX : ts.ScriptKind.TSX;
    return ts.createSourceFile(name, text, ts.ScriptTarget.Latest, true, kind);
}
/** The innermost node of `file` that spans exactly [start, end) (ESTree ranges leave out parentheses). */
export function tsNodeAtRange(file, start, end) {
    let found;
    const visit = (node) => {
        if (node.getStart(file) === start && node.end === end)
            found = node;
        ts.forEachChild(node, (child) => {
            if (child.pos <= start && child.end >= end)
                visit(child);
        });
    };
    visit(file);
    return found;
}

/**
 * TypeScript-side helpers that work whether or not a module resolves: which module specifier and
 * export a name was imported as (`import`, `import * as`, `import x = require`, `require`,
 * re-exports), a checker for one file on its own (when ESLint gives no program), and the
 * TypeScript node at an ESTree node's range.
 */
import ts from "typescript";
export interface TsImportRef {
    module: string;
    /** The export it names; "*" for a namespace, a default import or a whole `require(...)`. */
    name: string;
}
/**
 * The module and export an identifier, `ns.Name` or `ns.Name` type name refers to, read from the
 * import statements themselves so that a module that is not installed still answers. Re-exports
 * in the program (`export { Client } from "@connectrpc/connect"`) are followed to their source.
 */
export declare function tsImportRef(checker: ts.TypeChecker, node: ts.Node): TsImportRef | undefined;
/**
 * A program of one file and nothing else (no lib, no module resolution), for in-file symbol
 * questions when ESLint runs without types. Imports stay unresolved; local names resolve.
 * The last few are kept, keyed by file name and text, since every rule of a file asks.
 */
export declare function singleFileProgram(fileName: string, text: string, parsed?: ts.SourceFile): {
    checker: ts.TypeChecker;
    file: ts.SourceFile;
};
/** The innermost node of `file` that spans exactly [start, end) (ESTree ranges leave out parentheses). */
export declare function tsNodeAtRange(file: ts.SourceFile, start: number, end: number): ts.Node | undefined;

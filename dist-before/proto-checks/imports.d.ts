import type { ProtoFile } from "./ast.js";
export type TypeKind = "message" | "enum";
/** A file's declarations, reduced to what other files ask about. */
export interface FileDeclarations {
    kinds: Map<string, TypeKind>;
    /** Field names per message (oneof members included). */
    fields: Map<string, string[]>;
    /** Import paths this file re-exports with `import public`. */
    publicImports: string[];
}
export declare function declarationsIn(file: ProtoFile, copyNames?: boolean): FileDeclarations;
/** The file an import path names, looked for under each folder from `fromDir` up. */
export declare function findImport(fromDir: string, importPath: string): string | undefined;
export declare function declarationsAt(path: string): FileDeclarations | undefined;
/** Declarations of every file `file` (at `filename`) imports, `import public` chains included. */
export declare function importedDeclarations(filename: string, file: ProtoFile): FileDeclarations[];
/** Looks a fully qualified name up in a list of files' declarations. */
export declare function lookUp<T>(files: readonly FileDeclarations[], pick: (declarations: FileDeclarations) => T | undefined): T | undefined;

export interface TypeScriptProjects {
    /** Files some usable tsconfig includes: these are linted with type information. */
    covered: Set<string>;
    /** One line per tsconfig that could not be used; its files are linted without types. */
    warnings: string[];
    /** Folders of the tsconfigs that could not be used (their files are accounted for by a warning). */
    brokenDirs: string[];
}
/**
 * Reads each tsconfig's file list without building a program: typescript-eslint's project service
 * builds the one program per tsconfig later, during the lint. Knowing coverage up front lets files
 * that no tsconfig includes (or whose tsconfig is broken) go to an untyped block instead of
 * becoming fatal parse errors.
 */
export declare function resolveTypeScriptProjects(tsconfigs: string[]): TypeScriptProjects;

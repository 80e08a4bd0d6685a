export interface TypeScriptInstall {
    version: string;
    /** The package folder. */
    dir: string;
}
/** The range typescript-eslint's own package.json declares, e.g. ">=4.8.4 <6.1.0". */
export interface SupportedRange {
    text: string;
    min: number[];
    /** Exclusive. */
    below: number[];
}
export declare function inRange(version: string, range: SupportedRange): boolean;
/** The package folder `name` resolves to from `fromDir`, by Node's node_modules walk (no exports maps, no redirects). */
export declare function packageDirFrom(fromDir: string, name: string): string | undefined;
export declare function installedPackage(dir: string | undefined): TypeScriptInstall | undefined;
/** The TypeScript this package depends on (~5.9), which typescript-eslint supports. */
export declare function ownTypeScript(): TypeScriptInstall;
export declare function supportedRange(): SupportedRange;
/**
 * The TypeScript installs typescript-eslint's parser will load: its own `typescript`, and the one
 * `ts-api-utils` (often hoisted next to the project's TypeScript) finds.
 */
export declare function typeScriptSeenByParser(): TypeScriptInstall[];
/**
 * Makes CommonJS `require("typescript")` (and its subpaths) load `target` for requiring modules that
 * `applies` to (by file name). typescript-eslint and ts-api-utils are CommonJS, so this reaches every
 * place they load TypeScript. Installed once per process; a later call only widens nothing.
 */
export declare function redirectTypeScript(target: TypeScriptInstall, applies: (parentFile: string) => boolean): void;
/** typescript-eslint's packages and the helper library they share. */
export declare function isTypeScriptEslintModule(file: string): boolean;
/** True once some part of the process (the command) has chosen the TypeScript typescript-eslint loads. */
export declare function typeScriptRedirected(): boolean;
/**
 * The plugin's guard, run before it loads typescript-eslint's parser: when the parser would load an
 * unsupported TypeScript, say so once on stderr and give typescript-eslint this package's TypeScript.
 */
export declare function guardParserTypeScript(): void;

import type { ESLint, Linter } from "eslint";
export interface FormatContext {
    cwd: string;
    rulesMeta: ESLint.LintResultData["rulesMeta"];
    version: string;
    /** Colours for the terminal formats (stylish); off when writing to a file or a pipe. */
    color?: boolean;
}
export type Formatter = (results: ESLint.LintResult[], context: FormatContext) => string;
/** Parse errors have no rule id; reports still need one to group and link them. */
export declare const PARSE_ERROR_ID = "grpc-review/parse-error";
export declare function relativePath(cwd: string, file: string): string;
export declare function ruleIdOf(message: Linter.LintMessage): string;
export declare function eachMessage(results: ESLint.LintResult[]): Generator<{
    result: ESLint.LintResult;
    message: Linter.LintMessage;
}>;

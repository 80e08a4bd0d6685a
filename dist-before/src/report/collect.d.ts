/**
 * The report's ear in the review's lint pass: an ESLint rule that reports nothing and records,
 * per TypeScript file, what core recognizes (client calls with their deadline verdicts, server
 * handlers). Running inside the review means each file is parsed and type-checked once, by the
 * same program the rules use; the report never re-parses a file to find its calls.
 */
import { type TSESLint } from "@typescript-eslint/utils";
import { type FunctionNode } from "../core/syntax/index.js";
import type { FactsByFile } from "./facts.js";
/** Identifier-like words in a piece of code, with service-ish suffixes also stripped. */
export declare function hintWords(text: string): string[];
/**
 * Where the whole-repository pass finds a function again: a method's name (ESTree starts a
 * method's function at its parameters, TypeScript at its name), else the function's own start.
 */
export declare function functionKeyOffset(fn: FunctionNode): number;
/** The collector rule and the facts it fills, one pair per report run. */
export declare function createCollector(): {
    rule: TSESLint.RuleModule<string, []>;
    facts: FactsByFile;
};

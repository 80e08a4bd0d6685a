import { relative, sep } from "node:path";
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
export const PARSE_ERROR_ID = "grpc-review/parse-error";

export function relativePath(cwd: string, file: string): string {
  return relative(cwd, file).split(sep).join("/") || ".";
}

export function ruleIdOf(message: Linter.LintMessage): string {
  return message.ruleId ?? PARSE_ERROR_ID;
}

export function* eachMessage(results: ESLint.LintResult[]): Generator<{ result: ESLint.LintResult; message: Linter.LintMessage }> {
  for (const result of results) for (const message of result.messages) yield { result, message };
}

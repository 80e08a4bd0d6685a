import { readFileSync } from "node:fs";
import { join } from "node:path";
import tsParser from "@typescript-eslint/parser";
import { Linter, RuleTester } from "eslint";
import { afterAll, describe, it } from "vitest";
import plugin from "../../src/index.js";

// ESLint's own RuleTester runs rules over plugin languages; wire it to vitest.
const tester = RuleTester as unknown as { describe: unknown; it: unknown; itOnly: unknown };
tester.describe = describe;
tester.it = it;
tester.itOnly = it.only;
void afterAll;

export const FIXTURES = join(import.meta.dirname, "..", "..", "fixtures");
export const CONFIG_FILES = ["**/*.json", "**/*.yaml", "**/*.yml"];
export const TS_FILES = ["**/*.ts"];

/** RuleTester for config files (JSON by default; give YAML cases a `.yaml` filename). */
export function configRuleTester(settings?: Record<string, unknown>): RuleTester {
  return new RuleTester({
    files: CONFIG_FILES,
    plugins: { "grpc-review": plugin as never },
    language: "grpc-review/service-config",
    ...(settings ? { settings } : {}),
  });
}

/** RuleTester for configs inlined in TypeScript. */
export function inlineRuleTester(settings?: Record<string, unknown>): RuleTester {
  return new RuleTester({
    files: TS_FILES,
    plugins: { "grpc-review": plugin as never },
    languageOptions: { parser: tsParser as never },
    ...(settings ? { settings } : {}),
  });
}

export function fixture(rule: string, name: string): { code: string; filename: string } {
  const filename = join(FIXTURES, rule, name);
  return { code: readFileSync(filename, "utf8"), filename };
}

/** RuleTester errors: one finding with this messageId at each line, or [line, column], in order. */
export function errorsAt(
  messageId: string,
  positions: ReadonlyArray<number | readonly [line: number, column: number]>,
): { messageId: string; line: number; column?: number }[] {
  return positions.map((at) => (typeof at === "number" ? { messageId, line: at } : { messageId, line: at[0], column: at[1] }));
}

/** Lints one file with the given grpc-review rules on, in both the config language and TypeScript. */
export function lint(
  code: string,
  filename: string,
  ruleIds: readonly string[],
  settings: Record<string, unknown> = {},
): Linter.LintMessage[] {
  const rules = Object.fromEntries(ruleIds.map((id) => [`grpc-review/${id}`, "error" as const]));
  const shared = { plugins: { "grpc-review": plugin as never }, rules, settings };
  const linter = new Linter({ configType: "flat", cwd: join(import.meta.dirname, "..", "..") });
  return linter.verify(
    code,
    [
      { files: CONFIG_FILES, language: "grpc-review/service-config", ...shared },
      { files: TS_FILES, languageOptions: { parser: tsParser as never }, ...shared },
    ],
    filename,
  );
}

export const CONFIG_RULES = [
  "valid-service-config",
  "no-silent-service-config-change",
  "no-misread-timeout",
  "no-retry-non-idempotent",
  "no-non-retryable-status",
  "require-retry-throttling",
  "retry-exceeds-timeout",
] as const;

/** `code` with each `[from, to]` replaced; every `from` must occur exactly once, so the expected output stays exact. */
export function edited(code: string, replacements: ReadonlyArray<readonly [from: string, to: string]>): string {
  let result = code;
  for (const [from, to] of replacements) {
    const at = result.indexOf(from);
    if (at < 0 || result.indexOf(from, at + 1) >= 0) throw new Error(`expected exactly one ${JSON.stringify(from)} in the code`);
    result = result.slice(0, at) + to + result.slice(at + from.length);
  }
  return result;
}

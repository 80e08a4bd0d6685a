import { readFileSync } from "node:fs";
import { join, resolve } from "node:path";

export const FIXTURES = resolve(import.meta.dirname, "../../fixtures");

/** Parser options for typed runs: the project service over `fixtures/tsconfig.json`. */
export const typedLanguageOptions = {
  parserOptions: { projectService: true, tsconfigRootDir: FIXTURES },
};

interface FixtureCase {
  name: string;
  filename: string;
  code: string;
  errors: { messageId: string; line: number }[];
}

/**
 * A fixture file as a RuleTester case: every line ending in `// ✗ <messageId>` must be reported
 * with that message, and no other line may be.
 */
export function fixtureCase(relativePath: string): FixtureCase {
  const filename = join(FIXTURES, relativePath);
  const code = readFileSync(filename, "utf8");
  const errors: FixtureCase["errors"] = [];
  code.split("\n").forEach((text, index) => {
    const marker = /\/\/ ✗ (\w+)\s*$/.exec(text);
    if (marker) errors.push({ messageId: marker[1], line: index + 1 });
  });
  return { name: relativePath, filename, code, errors };
}

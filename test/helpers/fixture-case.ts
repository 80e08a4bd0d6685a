import { readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { RuleTester } from "@typescript-eslint/rule-tester";

export const REPO_ROOT = join(dirname(fileURLToPath(import.meta.url)), "../..");
export const FIXTURES = join(REPO_ROOT, "fixtures");

/**
 * A RuleTester that refuses an invalid case unless every expected error names its message id,
 * line and column: "report the smallest node" is only tested when the column is.
 */
class PositionedRuleTester extends RuleTester {
  override run(...args: Parameters<RuleTester["run"]>): void {
    const [name, , tests] = args;
    for (const test of tests.invalid) {
      for (const error of test.errors) {
        if (typeof error !== "object" || error.messageId === undefined || error.line === undefined || error.column === undefined) {
          throw new Error(`${name}: every expected error needs messageId, line and column (${test.name ?? test.filename ?? test.code.slice(0, 40)})`);
        }
      }
    }
    super.run(...args);
  }
}

/** A RuleTester that types fixture files with `fixtures/tsconfig.json` through the project service. */
export function typedRuleTester(): RuleTester {
  return new PositionedRuleTester({
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: FIXTURES },
    },
  });
}

/** A RuleTester with no type information (JavaScript users, untyped `loadPackageDefinition` clients). */
export function untypedRuleTester(): RuleTester {
  return new PositionedRuleTester();
}

export interface ExpectedError<MessageId extends string = string> {
  messageId: MessageId;
  line: number;
  column?: number;
}

// `// flagged: <messageId> @<column>`: the column (1-based) is where the report starts.
const MARKER = /\/\/ flagged: ([A-Za-z0-9]+)(?: @(\d+))?/g;

/**
 * A fixture file as a RuleTester case. Each line a rule must report carries a trailing
 * `// flagged: <messageId>` comment (several on one line for several reports).
 */
export function fixtureCase<MessageId extends string = string>(
  relativePath: string,
): { name: string; code: string; filename: string; errors: ExpectedError<MessageId>[] } {
  const filename = join(FIXTURES, relativePath);
  const code = readFileSync(filename, "utf8");
  const errors: ExpectedError<MessageId>[] = [];
  code.split("\n").forEach((text, index) => {
    // Marker text is the fixture author's claim; RuleTester rejects an id the rule does not have.
    for (const match of text.matchAll(MARKER)) {
      const error: ExpectedError<MessageId> = { messageId: match[1] as MessageId, line: index + 1 };
      if (match[2] !== undefined) error.column = Number(match[2]);
      errors.push(error);
    }
  });
  return { name: relativePath, code, filename, errors };
}

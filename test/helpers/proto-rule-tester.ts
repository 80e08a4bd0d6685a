import { readFileSync } from "node:fs";
import { join } from "node:path";
import { RuleTester } from "eslint";
import { afterAll, describe, it } from "vitest";
import plugin from "../../src/index.js";

// ESLint's own RuleTester runs rules over plugin languages; wire it to vitest.
const tester = RuleTester as unknown as { describe: unknown; it: unknown; itOnly: unknown; afterAll?: unknown };
tester.describe = describe;
tester.it = it;
tester.itOnly = it.only;
void afterAll;

export function protoRuleTester(settings?: Record<string, unknown>): RuleTester {
  return new RuleTester({
    files: ["**/*.proto"],
    plugins: { "grpc-review": plugin as never },
    language: "grpc-review/proto",
    ...(settings ? { settings } : {}),
  });
}

export function fixture(rule: string, name: string): { code: string; filename: string } {
  const filename = join(import.meta.dirname, "..", "..", "fixtures", rule, name);
  return { code: readFileSync(filename, "utf8"), filename };
}

import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import plugin from "../src/index.js";
import { withRuleTable } from "../src/util/rule-table.js";

const readme = readFileSync(join(import.meta.dirname, "../README.md"), "utf8");

describe("README", () => {
  it("starts with the set-up command and the test command", () => {
    const firstBlock = /```sh\n([\s\S]*?)```/.exec(readme)?.[1] ?? "";
    expect(firstBlock).toMatch(/^npm ci && npx grpc-review examples\//m);
    expect(firstBlock).toMatch(/^npm test\b/m);
  });

  it("has a rule table generated from the current rule metadata (run `npm run docs`)", () => {
    expect(withRuleTable(readme, plugin.rules)).toBe(readme);
    for (const id of Object.keys(plugin.rules)) expect(readme).toContain(`[${id}](docs/rules/${id}.md)`);
  });
});

// Every config rule's fixtures exist as JSON, YAML and inline TypeScript with the same content;
// all three must produce the same findings (lines differ by format, messages must not).
import { readdirSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { CONFIG_RULES, FIXTURES, fixture, lint } from "../helpers/config-lint.js";

const SETTINGS = { "grpc-review": { protoRoots: [join(FIXTURES, "no-retry-non-idempotent", "protos")] } };
// Broken syntax is a fatal parse error in a file but a rule finding inline: compared in the rule's own spec.
const NOT_COMPARED = new Set(["syntax-error"]);

describe.each(CONFIG_RULES)("%s fixtures", (rule) => {
  const files = readdirSync(join(FIXTURES, rule)).filter((name) => /\.(json|yaml|ts)$/.test(name));
  const cases = [...new Set(files.map((name) => name.replace(/\.(json|yaml|ts)$/, "")))].filter((name) => !NOT_COMPARED.has(name));

  it("has a JSON, a YAML and a TypeScript file for every case, and an invalid and a valid case", () => {
    for (const name of cases) {
      expect(files, name).toEqual(expect.arrayContaining([`${name}.json`, `${name}.yaml`, `${name}.ts`]));
    }
    expect(cases).toEqual(expect.arrayContaining(["invalid", "valid"]));
  });

  it.each(cases)("%s: JSON, YAML and inline TypeScript agree", (name) => {
    const findings = (["json", "yaml", "ts"] as const).map((extension) => {
      const { code, filename } = fixture(rule, `${name}.${extension}`);
      const messages = lint(code, filename, [rule], SETTINGS);
      expect(messages.filter((message) => message.fatal), `${name}.${extension}`).toEqual([]);
      return messages.map((message) => `${message.ruleId}: ${message.message}`);
    });
    expect(findings[1]).toEqual(findings[0]);
    expect(findings[2]).toEqual(findings[0]);
    if (name.startsWith("valid")) expect(findings[0]).toEqual([]);
    else expect(findings[0].length).toBeGreaterThan(0);
  });

  it("valid fixtures pass every config rule", () => {
    for (const extension of ["json", "yaml", "ts"]) {
      const { code, filename } = fixture(rule, `valid.${extension}`);
      expect(lint(code, filename, CONFIG_RULES, SETTINGS), `valid.${extension}`).toEqual([]);
    }
  });
});

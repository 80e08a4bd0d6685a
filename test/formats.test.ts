import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import AjvDraft04 from "ajv-draft-04";
import type { ESLint } from "eslint";
import { describe, expect, it } from "vitest";
import { formatGithub } from "../src/cli/formats/github.js";
import { formatMarkdown } from "../src/cli/formats/markdown.js";
import { formatSarif } from "../src/cli/formats/sarif.js";
import type { FormatContext } from "../src/cli/formats/shared.js";

const cwd = "/repo";
const context: FormatContext = {
  cwd,
  version: "1.2.3",
  rulesMeta: {
    "grpc-review/require-deadline": { docs: { description: "Calls need deadlines.", url: "https://example.test/require-deadline.md" } },
  },
};

function result(filePath: string, messages: Partial<ESLint.LintResult["messages"][number]>[]): ESLint.LintResult {
  const full = messages.map((message) => ({ ruleId: null, severity: 2 as const, message: "", line: 1, column: 1, ...message }));
  return {
    filePath,
    messages: full,
    suppressedMessages: [],
    errorCount: full.filter((message) => message.severity === 2).length,
    fatalErrorCount: 0,
    warningCount: full.filter((message) => message.severity === 1).length,
    fixableErrorCount: 0,
    fixableWarningCount: 0,
    usedDeprecatedRules: [],
  };
}

const results = [
  result(`${cwd}/src/client.ts`, [
    { ruleId: "grpc-review/require-deadline", severity: 2, message: "No deadline: 100%, a, b\nnext", line: 3, column: 5, endLine: 3, endColumn: 20 },
    { ruleId: "grpc-review/require-deadline", severity: 1, message: "Second | call", line: 9, column: 2 },
  ]),
  result(`${cwd}/protos/a.proto`, [{ ruleId: null, severity: 2, message: "Unexpected token", line: 2, column: 7, fatal: true }]),
];

describe("SARIF", () => {
  const schemaPath = createRequire(import.meta.url).resolve("@microsoft/jest-sarif/lib/schemas/sarif-2.1.0-rtm.5.json");
  const validate = new AjvDraft04.default({ strict: false, allErrors: true, unicodeRegExp: false, logger: false }).compile(JSON.parse(readFileSync(schemaPath, "utf8")) as object);

  it("validates against the SARIF 2.1.0 schema", () => {
    const log = JSON.parse(formatSarif(results, context)) as unknown;
    expect(validate(log), JSON.stringify(validate.errors)).toBe(true);
    const empty = JSON.parse(formatSarif([], context)) as unknown;
    expect(validate(empty), JSON.stringify(validate.errors)).toBe(true);
    // The schema check itself has teeth: a run without its tool is not SARIF.
    expect(validate({ version: "2.1.0", runs: [{ results: [] }] })).toBe(false);
  });

  it("carries rule help links, levels and relative locations", () => {
    const log = JSON.parse(formatSarif(results, context)) as {
      runs: { tool: { driver: { rules: { id: string; helpUri?: string }[] } }; results: { ruleId: string; ruleIndex: number; level: string; locations: { physicalLocation: { artifactLocation: { uri: string }; region: { startLine: number; startColumn: number; endColumn?: number } } }[] }[] }[];
    };
    const run = log.runs[0]!;
    expect(run.tool.driver.rules.map((rule) => rule.id)).toEqual(["grpc-review/require-deadline", "grpc-review/parse-error"]);
    expect(run.tool.driver.rules[0]!.helpUri).toBe("https://example.test/require-deadline.md");
    expect(run.results.map((each) => [each.ruleId, each.ruleIndex, each.level])).toEqual([
      ["grpc-review/require-deadline", 0, "error"],
      ["grpc-review/require-deadline", 0, "warning"],
      ["grpc-review/parse-error", 1, "error"],
    ]);
    expect(run.results[0]!.locations[0]!.physicalLocation).toEqual({
      artifactLocation: { uri: "src/client.ts", uriBaseId: "%SRCROOT%" },
      region: { startLine: 3, startColumn: 5, endLine: 3, endColumn: 20 },
    });
  });
});

describe("GitHub annotations", () => {
  it("prints one workflow command per finding with escaped data", () => {
    expect(formatGithub(results, context).split("\n")).toEqual([
      "::error file=src/client.ts,line=3,col=5,endLine=3,endColumn=20,title=grpc-review/require-deadline::No deadline: 100%25, a, b%0Anext",
      "::warning file=src/client.ts,line=9,col=2,title=grpc-review/require-deadline::Second | call",
      "::error file=protos/a.proto,line=2,col=7,title=grpc-review/parse-error::Unexpected token",
      "",
    ]);
    expect(formatGithub([], context)).toBe("");
  });
});

describe("Markdown report", () => {
  it("summarises per rule and lists each finding with its location", () => {
    const text = formatMarkdown(results, context);
    expect(text).toContain("3 finding(s): 2 error(s), 1 warning(s).");
    expect(text).toContain("| [grpc-review/require-deadline](https://example.test/require-deadline.md) | 1 | 1 |");
    expect(text).toContain("| `src/client.ts:9:2` | warning | grpc-review/require-deadline | Second \\| call |");
    expect(text).toContain("| `protos/a.proto:2:7` | error | grpc-review/parse-error | Unexpected token |");
    expect(formatMarkdown([], context)).toContain("No findings.");
  });
});

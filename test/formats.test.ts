import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { createRequire } from "node:module";
import AjvDraft04 from "ajv-draft-04";
import type { ESLint } from "eslint";
import { describe, expect, it } from "vitest";
import { formatGithub } from "../src/cli/formats/github.js";
import { formatMarkdown } from "../src/cli/formats/markdown.js";
import { formatSarif } from "../src/cli/formats/sarif.js";
import type { FormatContext } from "../src/cli/formats/shared.js";
import plugin from "../src/index.js";
import { ruleDocsUrl } from "../src/util/create-rule.js";
import { ruleDocs } from "../src/util/rule-meta.js";

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

  type SarifRun = {
    tool: { driver: { rules: Array<{ id: string; helpUri?: string; shortDescription?: { text: string }; fullDescription?: { text: string }; help?: { text: string; markdown?: string }; defaultConfiguration?: { level: string }; properties?: { tags?: string[]; precision?: string } }> } };
    results: Array<{
      ruleId: string;
      ruleIndex: number;
      level: string;
      message: { text: string };
      locations: { physicalLocation: { artifactLocation: { uri: string; uriBaseId: string }; region: { startLine: number; startColumn: number; endColumn?: number } } }[];
      partialFingerprints: Record<string, string>;
      suppressions?: { kind: string; status?: string; justification?: string }[];
    }>;
    originalUriBaseIds: Record<string, { uri: string }>;
  };
  const runOf = (text: string) => (JSON.parse(text) as { runs: SarifRun[] }).runs[0]!;

  it("lists every rule of the plugin, fired or not, with what code scanning shows", () => {
    const run = runOf(formatSarif([], context));
    const ids = run.tool.driver.rules.map((rule) => rule.id);
    expect(ids).toEqual([...Object.keys(plugin.rules).sort().map((id) => `grpc-review/${id}`), "grpc-review/parse-error"]);
    for (const rule of run.tool.driver.rules.slice(0, -1)) {
      const name = rule.id.slice("grpc-review/".length);
      const markdown = readFileSync(join(import.meta.dirname, "..", "docs", "rules", `${name}.md`), "utf8");
      expect(rule.shortDescription?.text, rule.id).toBe(ruleDocs(plugin.rules[name as keyof typeof plugin.rules]!).description);
      expect(rule.fullDescription?.text.length, rule.id).toBeGreaterThan(20);
      expect(rule.help?.markdown, rule.id).toBe(markdown);
      expect(rule.help?.text, rule.id).not.toMatch(/```|^#+ (Why|Examples|Options)/m);
      expect(rule.help?.text, rule.id).toMatch(/^Why$/m);
      expect(rule.helpUri, rule.id).toBe(ruleDocsUrl(name));
      expect(["error", "warning"], rule.id).toContain(rule.defaultConfiguration?.level);
      expect(rule.properties?.tags, rule.id).toContain("grpc");
      expect(["very-high", "high"], rule.id).toContain(rule.properties?.precision);
    }
    const deadline = run.tool.driver.rules.find((rule) => rule.id === "grpc-review/require-deadline")!;
    expect(deadline.fullDescription?.text).toMatch(/^Require every gRPC client call to have a deadline/);
    expect(deadline.defaultConfiguration?.level).toBe("error");
    expect(deadline.properties?.tags).toEqual(["grpc", "typescript", "correctness"]);
  });

  it("carries levels, relative locations and rule indexes into the full rule list", () => {
    const run = runOf(formatSarif(results, context));
    const rules = run.tool.driver.rules;
    expect(run.results.map((each) => [each.ruleId, rules[each.ruleIndex]!.id, each.level])).toEqual([
      ["grpc-review/require-deadline", "grpc-review/require-deadline", "error"],
      ["grpc-review/require-deadline", "grpc-review/require-deadline", "warning"],
      ["grpc-review/parse-error", "grpc-review/parse-error", "error"],
    ]);
    expect(run.results[0]!.locations[0]!.physicalLocation).toEqual({
      artifactLocation: { uri: "src/client.ts", uriBaseId: "%SRCROOT%" },
      region: { startLine: 3, startColumn: 5, endLine: 3, endColumn: 20 },
    });
  });

  it("percent-encodes relative URIs that resolve back to the file, and stays valid", () => {
    const root = mkdtempSync(join(tmpdir(), "sarif uri #"));
    try {
      const file = join(root, "my protos", "v1#2 100%.proto");
      const log = formatSarif([result(file, [{ ruleId: "grpc-review/no-reused-tag", message: "m", line: 1, column: 1 }])], { ...context, cwd: root });
      expect(validate(JSON.parse(log)), JSON.stringify(validate.errors)).toBe(true);
      const run = runOf(log);
      const { uri } = run.results[0]!.locations[0]!.physicalLocation.artifactLocation;
      expect(uri).toBe("my%20protos/v1%232%20100%25.proto");
      expect(fileURLToPath(new URL(uri, run.originalUriBaseIds["%SRCROOT%"]!.uri))).toBe(file);
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });

  it("fingerprints findings by their line's text, so they survive lines added above them", () => {
    const message = { ruleId: "grpc-review/require-deadline", message: "No deadline", column: 3 };
    const source = "import x from 'y';\n\n  client.getA({}, cb);\n  client.getA({}, cb);\n";
    const fingerprints = (text: string, lines: number[]) => {
      const each = { ...result(`${cwd}/a.ts`, lines.map((line) => ({ ...message, line }))), source: text };
      return runOf(formatSarif([each], context)).results.map((r) => r.partialFingerprints.primaryLocationLineHash);
    };
    const before = fingerprints(source, [3, 4]);
    const after = fingerprints(`// a new header\n// of two lines\n${source.replace("  client", "    client")}`, [5, 6]);
    expect(after).toEqual(before);
    // Identical lines are told apart by their occurrence, and a changed line gets a new hash.
    expect(before[0]).toMatch(/^[0-9a-f]{16}:1$/);
    expect(before[1]).toBe(`${before[0]!.slice(0, 16)}:2`);
    expect(fingerprints(source.replace("getA({}, cb);\n\n", "getB({}, cb);\n\n").replace("  client.getA({}, cb);\n  client", "  client.getB({}, cb);\n  client"), [3])[0]).not.toBe(before[0]);
  });

  it("keeps baseline-suppressed and disabled findings as results with suppressions", () => {
    const suppressed = {
      ...result(`${cwd}/a.ts`, []),
      source: "a\nb\n",
      suppressedMessages: [
        { ruleId: "grpc-review/require-deadline", severity: 2 as const, message: "old", line: 1, column: 1, suppressions: [{ kind: "file", justification: "" }] },
        { ruleId: "grpc-review/require-deadline", severity: 2 as const, message: "waived", line: 2, column: 1, suppressions: [{ kind: "directive", justification: "stream lives forever" }] },
      ],
    };
    const log = formatSarif([suppressed], context);
    expect(validate(JSON.parse(log)), JSON.stringify(validate.errors)).toBe(true);
    expect(runOf(log).results.map((each) => [each.message.text, each.suppressions])).toEqual([
      ["old", [{ kind: "external", status: "accepted" }]],
      ["waived", [{ kind: "inSource", status: "accepted", justification: "stream lives forever" }]],
    ]);
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

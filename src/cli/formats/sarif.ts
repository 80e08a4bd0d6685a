import { createHash } from "node:crypto";
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import type { ESLint, Linter } from "eslint";
import type { Log, ReportingDescriptor, Result } from "sarif";
import plugin from "../../index.js";
import { PLUGIN_NAME } from "../../configs.js";
import { REPOSITORY_URL } from "../../util/create-rule.js";
import { packageInfo } from "../../util/package-info.js";
import { ruleDocs } from "../../util/rule-meta.js";
import { readTextFile } from "../../util/file-access.js";
import { PARSE_ERROR_ID, relativePath, ruleIdOf, type Formatter } from "./shared.js";

// Written by hand: the SARIF formatter Microsoft publishes for ESLint depends on ESLint 8 itself,
// and node-sarif-builder 5 needs Node 22. The mapping is a few dozen lines over @types/sarif.

const INPUT_TAG: Record<string, string> = { typescript: "typescript", proto: "protobuf", "service-config": "service-config" };

/** The rule's docs page, read from the package (docs/ ships with it); empty when it is missing. */
function docsText(id: string): string {
  const path = join(packageInfo.root, "docs", "rules", `${id}.md`);
  return existsSync(path) ? readFileSync(path, "utf8") : "";
}

/** The first paragraph under the title: what the rule reports, in a sentence or two. */
function firstParagraph(markdown: string): string | undefined {
  const body = markdown.replace(/^#[^\n]*\n+/, "");
  const paragraph = body.split(/\n\s*\n/)[0]?.replace(/\s*\n\s*/g, " ").trim();
  return paragraph && !paragraph.startsWith("#") ? paragraph : undefined;
}

/** Markdown without its markup, for viewers that show `help.text` only; code blocks become indented text. */
function plainText(markdown: string): string {
  let inCode = false;
  const lines: string[] = [];
  for (const line of markdown.split("\n")) {
    if (line.startsWith("```")) {
      inCode = !inCode;
      continue;
    }
    if (inCode) {
      lines.push(`    ${line}`);
      continue;
    }
    lines.push(
      line
        .replace(/^#+\s*/, "")
        .replace(/\[([^\]]+)\]\([^)]+\)/g, "$1")
        .replace(/`([^`]+)`/g, "$1")
        .replace(/\*\*([^*]+)\*\*/g, "$1"),
    );
  }
  return lines.join("\n").trim();
}

/**
 * Every rule of the plugin, fired or not: code scanning shows a rule's help and precision from this
 * list, and a rule missing from it cannot be configured or explained in the UI.
 */
function pluginDescriptors(rulesMeta: ESLint.LintResultData["rulesMeta"]): ReportingDescriptor[] {
  const descriptors = Object.keys(plugin.rules)
    .sort()
    .map((name): ReportingDescriptor => {
      const rule = plugin.rules[name];
      const docs = ruleDocs(rule);
      const id = `${PLUGIN_NAME}/${name}`;
      const markdown = docsText(name);
      const inputs = typeof docs.input === "string" ? [docs.input] : docs.input;
      // The severity this run used when the rule fired with one, else the presets' severity.
      const level = docs.severity === "error" ? "error" : "warning";
      const type = (rule.meta as { type?: string } | undefined)?.type;
      return {
        id,
        name: name.replace(/(^|-)(\w)/g, (_, __, letter: string) => letter.toUpperCase()),
        shortDescription: { text: docs.description },
        fullDescription: { text: firstParagraph(markdown) ?? docs.description },
        ...(markdown ? { help: { text: plainText(markdown), markdown } } : {}),
        helpUri: docs.url ?? rulesMeta[id]?.docs?.url,
        defaultConfiguration: { level },
        properties: {
          tags: ["grpc", ...inputs.map((input) => INPUT_TAG[input] ?? input), type === "problem" ? "correctness" : "maintainability"],
          // Proto and service-config rules read a grammar and grpc-js's own rules exactly; TypeScript
          // rules recognise calls and values, which can miss or over-read code written unusually.
          precision: inputs.every((input) => input !== "typescript") ? "very-high" : "high",
          "problem.severity": level === "error" ? "error" : "warning",
        },
      };
    });
  descriptors.push({
    id: PARSE_ERROR_ID,
    name: "ParseError",
    shortDescription: { text: "The file could not be parsed." },
    fullDescription: { text: "The file could not be parsed, so no rule could check it." },
    defaultConfiguration: { level: "error" },
    properties: { tags: ["grpc"], precision: "very-high", "problem.severity": "error" },
  });
  return descriptors;
}

/** A relative URI reference: each path segment percent-encoded (spaces, `#`, `%`, `?`). */
export function relativeUri(cwd: string, file: string): string {
  return relativePath(cwd, file)
    .split("/")
    .map((segment) => encodeURIComponent(segment))
    .join("/");
}

/**
 * `primaryLocationLineHash` as code scanning reads it (`<hash>:<occurrence>`): from the rule and the
 * reported line's text with whitespace collapsed, not its number, so a finding keeps its identity
 * when lines are added above it; the occurrence tells identical lines apart.
 */
function fingerprinter(): (ruleId: string, uri: string, lines: string[] | undefined, message: Linter.LintMessage) => string {
  const seen = new Map<string, number>();
  return (ruleId, uri, lines, message) => {
    const line = lines?.[message.line - 1]?.replace(/\s+/g, " ").trim() ?? "";
    const hash = createHash("sha256").update(`${ruleId}\0${line}\0${line === "" ? message.message : ""}`).digest("hex").slice(0, 16);
    const key = `${uri}\0${hash}`;
    const occurrence = (seen.get(key) ?? 0) + 1;
    seen.set(key, occurrence);
    return `${hash}:${occurrence}`;
  };
}

/** Past this a file's lines are not read for fingerprints: the results then go without them. */
const SOURCE_LINES_LIMIT = 256 * 1024 * 1024;

function sourceLines(result: ESLint.LintResult): string[] | undefined {
  if (result.source !== undefined) return result.source.split(/\r\n|[\r\n\u2028\u2029]/);
  // The result may be for a file that was never read (a FIFO named on the command line, one over
  // its size cap): the access layer refuses those instead of blocking on them.
  const read = readTextFile(result.filePath, { maxBytes: SOURCE_LINES_LIMIT });
  return read.ok ? read.text.split(/\r\n|[\r\n\u2028\u2029]/) : undefined;
}

/** ESLint's suppression kinds in SARIF's words: a disable comment is in source, a baseline entry external. */
function suppressionsOf(message: Linter.SuppressedLintMessage): Result["suppressions"] {
  return message.suppressions.map(({ kind, justification }) => ({
    kind: kind === "directive" ? "inSource" : "external",
    status: "accepted",
    ...(justification ? { justification } : {}),
  }));
}

export const formatSarif: Formatter = (results, { cwd, rulesMeta, version }) => {
  const rules = pluginDescriptors(rulesMeta);
  const ruleIndex = new Map(rules.map((rule, index) => [rule.id, index]));
  const descriptorFor = (id: string, meta: NonNullable<typeof rulesMeta>[string] | undefined): number => {
    const known = ruleIndex.get(id);
    if (known !== undefined) return known;
    // A rule of another plugin, from the project's own ESLint config.
    rules.push({
      id,
      shortDescription: { text: meta?.docs?.description ?? id },
      ...(meta?.docs?.url ? { helpUri: meta.docs.url } : {}),
    });
    ruleIndex.set(id, rules.length - 1);
    return rules.length - 1;
  };

  const sarifResults: Result[] = [];
  for (const result of results) {
    const uri = relativeUri(cwd, result.filePath);
    const lines = result.messages.length + result.suppressedMessages.length > 0 ? sourceLines(result) : undefined;
    const fingerprint = fingerprinter();
    const entries: Array<[Linter.LintMessage, Result["suppressions"] | undefined]> = [
      ...result.messages.map((message): [Linter.LintMessage, undefined] => [message, undefined]),
      ...result.suppressedMessages.map((message): [Linter.LintMessage, Result["suppressions"]] => [message, suppressionsOf(message)]),
    ];
    for (const [message, suppressions] of entries) {
      const id = ruleIdOf(message);
      sarifResults.push({
        ruleId: id,
        ruleIndex: descriptorFor(id, rulesMeta[id]),
        level: message.severity === 2 ? "error" : "warning",
        message: { text: message.message },
        locations: [
          {
            physicalLocation: {
              artifactLocation: { uri, uriBaseId: "%SRCROOT%" },
              region: {
                startLine: Math.max(message.line, 1),
                startColumn: Math.max(message.column, 1),
                ...(message.endLine ? { endLine: message.endLine } : {}),
                ...(message.endColumn ? { endColumn: message.endColumn } : {}),
              },
            },
          },
        ],
        partialFingerprints: { primaryLocationLineHash: fingerprint(id, uri, lines, message) },
        ...(suppressions ? { suppressions } : {}),
      });
    }
  }

  const log: Log = {
    $schema: "https://json.schemastore.org/sarif-2.1.0.json",
    version: "2.1.0",
    runs: [
      {
        tool: { driver: { name: "grpc-review", version, semanticVersion: version, informationUri: REPOSITORY_URL, rules } },
        originalUriBaseIds: { "%SRCROOT%": { uri: pathToFileURL(cwd.endsWith("/") ? cwd : `${cwd}/`).href } },
        columnKind: "utf16CodeUnits",
        results: sarifResults,
      },
    ],
  };
  return `${JSON.stringify(log, null, 2)}\n`;
};

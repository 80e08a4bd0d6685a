import { pathToFileURL } from "node:url";
import type { Log, ReportingDescriptor, Result } from "sarif";
import { REPOSITORY_URL } from "../../util/create-rule.js";
import { eachMessage, PARSE_ERROR_ID, relativePath, ruleIdOf, type Formatter } from "./shared.js";

// Written by hand: the SARIF formatter Microsoft publishes for ESLint depends on ESLint 8 itself,
// and node-sarif-builder 5 needs Node 22. The mapping is a few dozen lines over @types/sarif.
export const formatSarif: Formatter = (results, { cwd, rulesMeta, version }) => {
  const rules: ReportingDescriptor[] = [];
  const ruleIndex = new Map<string, number>();
  const descriptorFor = (id: string): number => {
    const known = ruleIndex.get(id);
    if (known !== undefined) return known;
    const meta = rulesMeta[id];
    const descriptor: ReportingDescriptor = {
      id,
      shortDescription: { text: meta?.docs?.description ?? (id === PARSE_ERROR_ID ? "The file could not be parsed." : id) },
    };
    if (meta?.docs?.url) descriptor.helpUri = meta.docs.url;
    rules.push(descriptor);
    ruleIndex.set(id, rules.length - 1);
    return rules.length - 1;
  };

  const sarifResults: Result[] = [];
  for (const { result, message } of eachMessage(results)) {
    const id = ruleIdOf(message);
    sarifResults.push({
      ruleId: id,
      ruleIndex: descriptorFor(id),
      level: message.severity === 2 ? "error" : "warning",
      message: { text: message.message },
      locations: [
        {
          physicalLocation: {
            artifactLocation: { uri: relativePath(cwd, result.filePath), uriBaseId: "%SRCROOT%" },
            region: {
              startLine: Math.max(message.line, 1),
              startColumn: Math.max(message.column, 1),
              ...(message.endLine ? { endLine: message.endLine } : {}),
              ...(message.endColumn ? { endColumn: message.endColumn } : {}),
            },
          },
        },
      ],
    });
  }

  const log: Log = {
    $schema: "https://json.schemastore.org/sarif-2.1.0.json",
    version: "2.1.0",
    runs: [
      {
        tool: { driver: { name: "grpc-review", version, informationUri: REPOSITORY_URL, rules } },
        originalUriBaseIds: { "%SRCROOT%": { uri: pathToFileURL(cwd.endsWith("/") ? cwd : `${cwd}/`).href } },
        results: sarifResults,
      },
    ],
  };
  return `${JSON.stringify(log, null, 2)}\n`;
};

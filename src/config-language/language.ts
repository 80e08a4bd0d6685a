import type { File, Language, OkParseResult, ParseResult } from "@eslint/core";
import { Parser } from "yaml";
import { formatForFileName, parseConfigText, type ConfigFormat, LineIndex } from "../core/service-config/index.js";
import { TRAVERSAL_KEYS, type ConfigComment, type ConfigFileNode, type ConfigNode } from "./ast.js";
import { ServiceConfigSourceCode } from "./source-code.js";

export interface ServiceConfigLanguageOptions {
  /** Force the syntax instead of taking it from the file extension (`.yaml`/`.yml` is YAML, anything else JSON). */
  format?: ConfigFormat;
  [key: string]: unknown;
}

type ServiceConfigLanguageTypes = {
  LangOptions: ServiceConfigLanguageOptions;
  Code: ServiceConfigSourceCode;
  RootNode: ConfigFileNode;
  Node: ConfigNode;
};

/** Positions of `#` comments, from the YAML CST (the document model keeps comment text but not where it was). */
function yamlComments(text: string, lines: LineIndex): ConfigComment[] {
  const comments: ConfigComment[] = [];
  const seen = new Set<object>();
  const walk = (value: unknown, depth: number) => {
    if (typeof value !== "object" || value === null || seen.has(value) || depth > 200) return;
    seen.add(value);
    const token = value as { type?: unknown; offset?: unknown; source?: unknown };
    if (token.type === "comment" && typeof token.offset === "number" && typeof token.source === "string") {
      const range: [number, number] = [token.offset, token.offset + token.source.length];
      comments.push({ type: "Comment", value: token.source.slice(1), range, loc: lines.loc(range) });
      return;
    }
    for (const child of Object.values(value)) walk(child, depth + 1);
  };
  for (const token of new Parser().parse(text)) walk(token, 0);
  return comments.sort((a, b) => a.range[0] - b.range[0]);
}

export const serviceConfigLanguage: Language<ServiceConfigLanguageTypes> = {
  fileType: "text",
  lineStart: 1,
  columnStart: 1,
  nodeTypeKey: "type",
  visitorKeys: TRAVERSAL_KEYS,
  defaultLanguageOptions: {},

  validateLanguageOptions(options) {
    if (options.format !== undefined && options.format !== "json" && options.format !== "yaml") {
      throw new TypeError(`grpc-review/service-config: languageOptions.format must be "json" or "yaml", got ${JSON.stringify(options.format)}`);
    }
  },

  parse(file: File, context): ParseResult<ConfigFileNode> {
    const text = typeof file.body === "string" ? file.body : new TextDecoder().decode(file.body);
    const format = context.languageOptions.format ?? formatForFileName(file.path);
    const outcome = parseConfigText(text, format);
    if (!outcome.ok) {
      return { ok: false, errors: [{ message: outcome.error.message, line: outcome.error.line, column: outcome.error.column }] };
    }
    const lines = outcome.lines;
    const range: [number, number] = [0, text.length];
    const ast: ConfigFileNode = {
      type: "ConfigFile",
      format,
      documents: outcome.documents.map((document) => ({
        type: "ConfigDocument",
        body: document.body,
        range: document.range,
        loc: lines.loc(document.range),
      })),
      comments: format === "yaml" ? yamlComments(text, lines) : [],
      range,
      loc: lines.loc(range),
    };
    return { ok: true, ast };
  },

  createSourceCode(file: File, input: OkParseResult<ConfigFileNode>) {
    const text = typeof file.body === "string" ? file.body : new TextDecoder().decode(file.body);
    return new ServiceConfigSourceCode({ text, ast: input.ast });
  },
};

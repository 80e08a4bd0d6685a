import type { File, FileError, Language, OkParseResult, NotOkParseResult } from "@eslint/core";
import type { ProtoFile, ProtoNode } from "./ast.js";
import { parseProto } from "./parser.js";
import { positionAt } from "./scanner.js";
import { rememberParsedProto, takeParsedProto } from "./summary-cache.js";
import { PROTO_VISITOR_KEYS, ProtoSourceCode } from "./source-code.js";

export type ProtoLanguageOptions = Record<string, never>;

/**
 * The `grpc-review/proto` ESLint language. A file with syntax errors yields one fatal message per
 * error (the parser recovers, so all of them at once) and no rule runs on it.
 */
export const protoLanguage: Language<{
  LangOptions: ProtoLanguageOptions;
  Code: ProtoSourceCode;
  RootNode: ProtoFile;
  Node: ProtoNode;
}> = {
  fileType: "text",
  lineStart: 1,
  columnStart: 1,
  nodeTypeKey: "type",
  visitorKeys: PROTO_VISITOR_KEYS,
  defaultLanguageOptions: {},

  validateLanguageOptions(options: ProtoLanguageOptions): void {
    const unknown = Object.keys(options ?? {});
    if (unknown.length > 0) throw new TypeError(`grpc-review/proto takes no language options (got: ${unknown.join(", ")}).`);
  },

  parse(file: File): OkParseResult<ProtoFile> | NotOkParseResult {
    const text = typeof file.body === "string" ? file.body : new TextDecoder().decode(file.body);
    const path = file.physicalPath || file.path;
    // Parsed already for a summary (an imported file, read while its importer was linted)...
    const taken = takeParsedProto(path, text);
    const { file: ast, errors } = taken ?? parseProto(text);
    // ...or the index and the import resolver take this file's summaries from this parse.
    if (!taken) rememberParsedProto(path, text, ast);
    if (errors.length === 0) return { ok: true, ast };
    return {
      ok: false,
      errors: errors.map((error): FileError => {
        const start = positionAt(ast.lineStarts, error.start);
        const end = positionAt(ast.lineStarts, error.end);
        return { message: error.message, line: start.line, column: start.column, endLine: end.line, endColumn: end.column };
      }),
    };
  },

  createSourceCode(file: File, parseResult: OkParseResult<ProtoFile>): ProtoSourceCode {
    const text = typeof file.body === "string" ? file.body : new TextDecoder().decode(file.body);
    return new ProtoSourceCode({ text, ast: parseResult.ast });
  },
};

import { parseProto } from "./parser.js";
import { positionAt } from "./scanner.js";
import { PROTO_VISITOR_KEYS, ProtoSourceCode } from "./source-code.js";
/**
 * The `grpc-review/proto` ESLint language. A file with syntax errors yields one fatal message per
 * error (the parser recovers, so all of them at once) and no rule runs on it.
 */
export const protoLanguage = {
    fileType: "text",
    lineStart: 1,
    columnStart: 1,
    nodeTypeKey: "type",
    visitorKeys: PROTO_VISITOR_KEYS,
    defaultLanguageOptions: {},
    validateLanguageOptions(options) {
        const unknown = Object.keys(options ?? {});
        if (unknown.length > 0)
            throw new TypeError(`grpc-review/proto takes no language options (got: ${unknown.join(", ")}).`);
    },
    parse(file) {
        const text = typeof file.body === "string" ? file.body : new TextDecoder().decode(file.body);
        const { file: ast, errors } = parseProto(text);
        if (errors.length === 0)
            return { ok: true, ast };
        return {
            ok: false,
            errors: errors.map((error) => {
                const start = positionAt(ast.lineStarts, error.start);
                const end = positionAt(ast.lineStarts, error.end);
                return { message: error.message, line: start.line, column: start.column, endLine: end.line, endColumn: end.column };
            }),
        };
    },
    createSourceCode(file, parseResult) {
        const text = typeof file.body === "string" ? file.body : new TextDecoder().decode(file.body);
        return new ProtoSourceCode({ text, ast: parseResult.ast });
    },
};

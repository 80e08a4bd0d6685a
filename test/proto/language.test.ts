import { Linter } from "eslint";
import { describe, expect, it } from "vitest";
import { protoLanguage } from "../../proto-checks/language.js";
import { scanComments } from "../../proto-checks/source-code.js";
import plugin from "../../src/index.js";

const linter = new Linter({ configType: "flat" });
const config = [...(plugin.configs.recommended as never[])];
const lint = (code: string) => linter.verify(code, config, { filename: "x.proto" });

describe("grpc-review/proto language", () => {
  it("is registered under the plugin's languages and used by the presets for .proto files", () => {
    expect(plugin.languages.proto).toBe(protoLanguage);
    const block = (plugin.configs.recommended as Array<{ files?: string[]; language?: string }>).find((b) => b.language === "grpc-review/proto");
    expect(block?.files).toEqual(["**/*.proto"]);
  });

  it("rejects language options it does not know", () => {
    expect(() => protoLanguage.validateLanguageOptions({ strict: true } as never)).toThrow(TypeError);
    expect(() => protoLanguage.validateLanguageOptions({} as never)).not.toThrow();
  });

  it("does not mistake `//` inside a string for a comment", () => {
    const comments = scanComments(`option a = "http://x // eslint-disable"; // real\n/* block */`);
    expect(comments.map((c) => [c.type, c.value])).toEqual([["LineComment", " real"], ["BlockComment", " block "]]);
  });

  it("reports an eslint-disable-line that spans lines", () => {
    const messages = lint(`message A {\n  optional int32 a = 1;\n  optional int32 b = 1; /* eslint-disable-line\n grpc-review/no-reused-tag */\n}\n`);
    expect(messages.map((m) => m.message)).toContain("eslint-disable-line comment should not span multiple lines.");
  });

  it("reports unused disable directives when asked", () => {
    const messages = linter.verify(`// eslint-disable-next-line grpc-review/no-reused-tag\nmessage A { optional int32 a = 1; }\n`, config, {
      filename: "x.proto",
      reportUnusedDisableDirectives: true,
    });
    expect(messages.map((m) => [m.line, m.message])).toEqual([[1, "Unused eslint-disable directive (no problems were reported from 'grpc-review/no-reused-tag')."]]);
  });

  it("gives byte-order-marked and CRLF files the right lines", () => {
    const messages = lint(`\uFEFFsyntax = "proto3";\r\nmessage A {\r\n  int32 a = 1;\r\n  int32 b = 1;\r\n}\r\n`);
    expect(messages.map((m) => [m.line, m.column, m.endColumn])).toEqual([[4, 13, 14]]);
  });
});

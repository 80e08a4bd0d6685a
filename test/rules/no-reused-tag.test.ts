import { describe, expect, it } from "vitest";
import { ESLint } from "eslint";
import plugin from "../../src/index.js";
import rule from "../../rules/no-reused-tag.js";
import { fixture, protoRuleTester } from "../helpers/proto-rule-tester.js";

protoRuleTester().run("no-reused-tag", rule as never, {
  valid: [
    fixture("no-reused-tag", "clean.proto"),
    { code: `syntax = "proto3"; message A { int32 a = 1; message B { int32 b = 1; } }`, filename: "inline.proto" },
    { code: `syntax = "proto3"; enum E { option allow_alias = true; A = 0; B = 0; }`, filename: "enum.proto" },
    { code: `message A { optional int32 x = 536870911; }`, filename: "max.proto" },
    // A MessageSet extendee takes extension numbers up to 2^31 - 2.
    { code: `message Item { extend Set { optional Item ext = 2147483646; } }`, filename: "message-set.proto" },
    { code: `edition = "2024";
import option "x/features.proto";
local message A { int32 a = 1; export enum E { E_UNSPECIFIED = 0; reserved -5 to -1, 10 to max; } }`, filename: "edition2024.proto" },
  ],
  invalid: [
    {
      ...fixture("no-reused-tag", "reused.proto"),
      errors: [
        {
          
          line: 10,
          column: 19,
          message:
            "Field number 2 of 'image' is already used by 'display_name' (line 7) in message 'Profile': readers would decode one field as the other. Give 'image' an unused number.",
        },
        {  line: 12, message: /Field number 3 of 'tags' is already used by 'url' \(line 9\)/ },
        {  line: 15, message: /Field number 7 of 'nickname' is reserved in message 'Profile' \('reserved 7', line 13\)/ },
        { messageId: "reservedName", line: 16, column: 10 },
        {  line: 17, message: /'reserved 20 to max', line 13/ },
        {  line: 21, message: /'compact' is already used by 'dark' \(line 20\) in message 'Settings'/ },
        { messageId: "outOfRange", line: 23 },
        { messageId: "implementationReserved", line: 24 },
      ],
    },
    {
      ...fixture("no-reused-tag", "extend-reuse.proto"),
      errors: [
        {  line: 8, message: /lies in the extension range 100 to 200 of message 'Host'/ },
        {  line: 16, message: /'b' is already used by 'a' \(line 12\) in the extensions of 'Host'/ },
      ],
    },
    {
      code: `syntax = "proto2";\nmessage A {\n  optional int32 a = 1;\n  optional group G = 1 {\n    optional int32 x = 1;\n    optional int32 y = 1;\n  }\n}\n`,
      filename: "group.proto",
      errors: [
        {  line: 4, message: /'g' is already used by 'a'/ },
        {  line: 6, message: /in group 'G'/ },
      ],
    },
  ],
});

describe("no-reused-tag through the ESLint API", () => {
  function lint(code: string) {
    const eslint = new ESLint({
      overrideConfigFile: true,
      overrideConfig: [...(plugin.configs.recommended as never[])],
    });
    return eslint.lintText(code, { filePath: "api/x.proto" });
  }

  it("is in the recommended preset for .proto files", async () => {
    const [result] = await lint(`syntax = "proto3";\nmessage A {\n  int32 a = 1;\n  int32 b = 1;\n}\n`);
    expect(result!.messages.map((m) => [m.ruleId, m.line, m.severity])).toEqual([["grpc-review/no-reused-tag", 4, 2]]);
  });

  it("honours eslint-disable-next-line and block disables in proto comments", async () => {
    const [result] = await lint(
      `syntax = "proto3";\nmessage A {\n  int32 a = 1;\n  // eslint-disable-next-line grpc-review/no-reused-tag -- migration\n  int32 b = 1;\n  /* eslint-disable grpc-review/no-reused-tag */\n  int32 c = 1;\n  /* eslint-enable grpc-review/no-reused-tag */\n  int32 d = 1; // eslint-disable-line grpc-review/no-reused-tag\n  int32 e = 1;\n}\n`,
    );
    expect(result!.messages.map((m) => [m.ruleId, m.line])).toEqual([["grpc-review/no-reused-tag", 10]]);
  });

  it("applies /* eslint ... */ rule configuration comments", async () => {
    const [result] = await lint(`/* eslint grpc-review/no-reused-tag: "off" */\nmessage A { optional int32 a = 1; optional int32 b = 1; }\n`);
    expect(result!.messages).toEqual([]);
  });

  it("turns syntax errors into fatal messages with positions, all at once", async () => {
    const [result] = await lint(`syntax = "proto3";\nmessage A {\n  int32 a = ;\n  int32 b = 1\n}\n`);
    expect(result!.messages.map((m) => [m.fatal, m.line, m.column, m.message])).toEqual([
      [true, 3, 13, "Parsing error: Expected a field number but found ';'."],
      [true, 5, 1, "Parsing error: Expected ';' but found '}'."],
    ]);
  });
});

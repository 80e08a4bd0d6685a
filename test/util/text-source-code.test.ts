// The inline-config plumbing both plugin languages share: `eslint-*` comments must behave the
// same in a .proto file and in a YAML service config.
import { Linter } from "eslint";
import { describe, expect, it } from "vitest";
import plugin from "../../src/index.js";
import { lint as lintConfig } from "../helpers/config-lint.js";

const linter = new Linter({ configType: "flat" });
const lintProto = (code: string) => linter.verify(code, [...(plugin.configs.recommended as never[])], { filename: "x.proto" });

const REUSED_TAG = "message A {\n  optional int32 a = 1;\n  optional int32 b = 1;\n}\n";
const BAD_POLICY = "loadBalancingPolicy: 5\n";
const lintYaml = (code: string) => lintConfig(code, "x.service-config.yaml", ["valid-service-config"]);

describe("inline configuration in the plugin's languages", () => {
  it("turns a rule off with an `eslint` comment", () => {
    expect(lintProto(REUSED_TAG).map((m) => m.ruleId)).toEqual(["grpc-review/no-reused-tag"]);
    expect(lintProto(`/* eslint grpc-review/no-reused-tag: off */\n${REUSED_TAG}`)).toEqual([]);
    expect(lintYaml(BAD_POLICY).map((m) => m.ruleId)).toEqual(["grpc-review/valid-service-config"]);
    expect(lintYaml(`# eslint grpc-review/valid-service-config: off\n${BAD_POLICY}`)).toEqual([]);
  });

  it("reports a malformed `eslint` comment where it is written", () => {
    const proto = lintProto(`message A {}\n// eslint grpc-review/no-reused-tag: [\n`);
    expect(proto).toMatchObject([{ ruleId: null, line: 2, column: 1, message: expect.stringMatching(/^Failed to parse JSON from '/) }]);
    const yaml = lintYaml(`methodConfig: []\n# eslint grpc-review/valid-service-config: [\n`);
    expect(yaml).toMatchObject([{ ruleId: null, line: 2, column: 1, message: expect.stringMatching(/^Failed to parse JSON from '/) }]);
  });

  it("honours disable and enable directives by line", () => {
    const proto = `// eslint-disable grpc-review/no-reused-tag\n${REUSED_TAG}// eslint-enable grpc-review/no-reused-tag\nmessage B {\n  optional int32 a = 1;\n  optional int32 b = 1;\n}\n`;
    expect(lintProto(proto).map((m) => [m.ruleId, m.line])).toEqual([["grpc-review/no-reused-tag", 9]]);
    const yaml = `# eslint-disable grpc-review/valid-service-config\nloadBalancingPolicy: 5\n# eslint-enable grpc-review/valid-service-config\nretryThrottling: { maxTokens: 0, tokenRatio: 1 }\n`;
    expect(lintYaml(yaml).map((m) => [m.ruleId, m.line])).toEqual([["grpc-review/valid-service-config", 4]]);
  });
});

import { describe, expect, it } from "vitest";
import rule from "../../rules/valid-service-config.js";
import { configRuleTester, errorsAt, fixture, inlineRuleTester, lint } from "../helpers/config-lint.js";

// Every finding of the invalid fixture is a config grpc-js throws on; lines per format.
const FIXTURE_LINES = {
  json: [5, 7, 11, 15, 16, 21, 24, 25],
  yaml: [6, 8, 12, 14, 18, 24, 27, 29],
  ts: [8, 10, 14, 18, 19, 24, 27, 28],
};

configRuleTester().run("valid-service-config", rule as never, {
  valid: [
    fixture("valid-service-config", "valid.json"),
    fixture("valid-service-config", "valid.yaml"),
    { code: "{}", filename: "empty.service-config.json" },
    { code: '{ "methodConfig": [], "x-extension": { "anything": [1, 2] } }', filename: "extension.service-config.json" },
    { code: '{ "methodConfig": [{ "name": [{}], "timeout": { "seconds": 1, "nanos": 500000000 } }] }', filename: "object-timeout.json" },
    { code: "", filename: "empty.service-config.yaml" },
    { code: "---\n---\nmethodConfig: []\n", filename: "empty-documents.service-config.yaml" },
    // Settings grpc-js accepts and reads differently are no-silent-service-config-change's and no-misread-timeout's.
    { code: '{ "loadBalancingPolicy": "round_robin", "methodConfig": [{ "name": [{}], "timeout": "0.5s" }] }', filename: "changed.service-config.json" },
  ],
  invalid: [
    { ...fixture("valid-service-config", "invalid.json"), errors: errorsAt("rejected", FIXTURE_LINES.json) },
    { ...fixture("valid-service-config", "invalid.yaml"), errors: errorsAt("rejected", FIXTURE_LINES.yaml) },
    {
      code: '{ "methodConfig": [{ "name": [{ "service": "a.B" }], "retryPolicy": { "maxAttempts": 3 } }] }',
      filename: "missing.service-config.json",
      errors: [
        {
          message:
            "grpc-js rejects this service config and the channel constructor throws: `retryPolicy` lacks `initialBackoff`, `backoffMultiplier`, `maxBackoff`, `retryableStatusCodes` (required: maxAttempts, initialBackoff, maxBackoff, backoffMultiplier, retryableStatusCodes).".replace(
              "`initialBackoff`, `backoffMultiplier`, `maxBackoff`",
              "`initialBackoff`, `maxBackoff`, `backoffMultiplier`",
            ),
        },
      ],
    },
    {
      code: '{ "methodConfig": [{ "name": [{ "method": "Get" }], "waitForReady": "yes" }], "retryThrottling": { "maxTokens": 5000, "tokenRatio": 0 } }',
      filename: "types.service-config.json",
      errors: [
        { message: /`method` without a `service`/ },
        { message: /`waitForReady` must be true or false/ },
        { message: /maxTokens` must be a number in \(0, 1000\]/ },
        { message: /tokenRatio` must be a number greater than 0/ },
      ],
    },
    {
      code: "[]",
      filename: "array.service-config.json",
      errors: [{ message: /a service config is a JSON object, not array/ }],
    },
    {
      code: "methodConfig:\n  - name: [{service: a.B}]\n    timeout: 1s\n---\nmethodConfig:\n  - name: [{service: a.B}]\n    timeout: 1ms\n",
      filename: "multi.service-config.yaml",
      errors: [{ line: 7, column: 14, message: /`timeout` must be a duration string like "30s"/ }],
    },
    {
      code: 'base: &retry\n  maxAttempts: 1\nmethodConfig:\n  - name: [{service: a.B}]\n    retryPolicy: *retry\n',
      filename: "alias.service-config.yaml",
      // A value written under an anchor is reported where it is written.
      errors: [{ line: 2, column: 16, message: /maxAttempts` must be an integer of at least 2/ }, { line: 5, column: 5, message: /`retryPolicy` lacks/ }],
    },
  ],
});

inlineRuleTester().run("valid-service-config (inline in TypeScript)", rule as never, {
  valid: [
    fixture("valid-service-config", "valid.ts"),
    // Built at run time: skipped, not guessed.
    { code: 'declare const c: string;\nconst o = { "grpc.service_config": c };', filename: "runtime.ts" },
    { code: 'declare const t: string;\nconst o = { "grpc.service_config": `{"methodConfig": ${t}}` };', filename: "template.ts" },
    { code: 'declare const extra: object;\nconst o = { "grpc.service_config": JSON.stringify({ ...extra, loadBalancingPolicy: "x" }) };', filename: "spread.ts" },
    { code: 'const o = { "grpc.service_config": JSON.stringify({ loadBalancingPolicy: String(1) }) };', filename: "call.ts" },
    { code: 'let cfg = "[]";\nconst o = { "grpc.service_config": cfg };', filename: "let.ts" },
    { code: 'const o = { ["grpc." + "service_config"]: "[]" };', filename: "computed.ts" },
    { code: 'const o = { grpc: { service_config: "[]" } };', filename: "nested.ts" },
    { code: 'const o = { "grpc.service_config": JSON.stringify({ methodConfig: undefined }) };', filename: "undefined.ts" },
    { code: 'const o: Record<string, string> = {};\no["grpc.service_config"] = \'{"methodConfig": []}\';', filename: "assign.ts" },
  ],
  invalid: [
    { ...fixture("valid-service-config", "invalid.ts"), errors: errorsAt("rejected", FIXTURE_LINES.ts) },
    {
      ...fixture("valid-service-config", "syntax-error.ts"),
      errors: [{ line: 4, message: /is not valid JSON \(Unexpected token RBrace found\.\)/ }],
    },
    {
      // Escapes in the string literal shift offsets; the finding still lands on the right column.
      code: 'const o = { "grpc.service_config": "{\\"loadBalancingPolicy\\": \\"x\\", \\"retryThrottling\\": {\\"maxTokens\\": 0, \\"tokenRatio\\": 1}}" };',
      filename: "escapes.ts",
      errors: [{ messageId: "rejected", line: 1, column: 107 }],
    },
    {
      code: 'const o: Record<string, string> = {};\no["grpc.service_config"] = `{\n  "retryThrottling": { "maxTokens": 0, "tokenRatio": 1 }\n}`;',
      filename: "assign-invalid.ts",
      errors: [{ messageId: "rejected", line: 3, column: 37 }],
    },
  ],
});

describe("valid-service-config: fatal parse errors and directives in config files", () => {
  it("honours eslint-disable comments in YAML", () => {
    const code = "loadBalancingConfig: [{ round_robin: {} }]\n# eslint-disable-next-line grpc-review/valid-service-config\nloadBalancingPolicy: 5\nmethodConfig: [{ name: [{}], timeout: 500ms }] # eslint-disable-line grpc-review/valid-service-config -- tested\n";
    expect(lint(code, "directive.service-config.yaml", ["valid-service-config"])).toEqual([]);
    const without = code.replace(/# eslint-disable[^\n]*/g, "");
    expect(lint(without, "directive.service-config.yaml", ["valid-service-config"])).toMatchObject([{ line: 3 }, { line: 4 }]);
  });

  it("reports invalid JSON with line and column", () => {
    const { code, filename } = fixture("valid-service-config", "syntax-error.json");
    const [message, ...rest] = lint(code, filename, ["valid-service-config"]);
    expect(rest).toEqual([]);
    expect(message).toMatchObject({ fatal: true, line: 3, column: 66, message: "Parsing error: Unexpected token RBrace found." });
  });

  it("reports invalid YAML with line and column", () => {
    const { code, filename } = fixture("valid-service-config", "syntax-error.yaml");
    const [message] = lint(code, filename, ["valid-service-config"]);
    expect(message).toMatchObject({ fatal: true, line: 3, column: 5 });
    expect(message?.message).toMatch(/^Parsing error: Flow sequence/);
  });

  it("rejects what YAML accepts but JSON does not, in .json files", () => {
    const messages = lint("{ methodConfig: [], }", "loose_service_config.json", ["valid-service-config"]);
    expect(messages).toMatchObject([{ fatal: true, line: 1, column: 3 }]);
  });

  it("stops a YAML alias bomb with a fatal message instead of hanging", () => {
    const levels = ['a: &a ["x","x","x","x","x","x","x","x","x","x"]'];
    for (let i = 1; i < 12; i++) levels.push(`${String.fromCharCode(97 + i)}: &${String.fromCharCode(97 + i)} [${Array(10).fill(`*${String.fromCharCode(96 + i)}`).join(",")}]`);
    const messages = lint(`${levels.join("\n")}\nmethodConfig: []\n`, "bomb.service-config.yaml", ["valid-service-config"]);
    expect(messages).toMatchObject([{ fatal: true, message: expect.stringMatching(/alias/i) }]);
  });
});

import rule from "../../rules/no-non-retryable-status.js";
import { Linter } from "eslint";
import tsParser from "@typescript-eslint/parser";
import { describe, expect, it } from "vitest";
import plugin from "../../src/index.js";
import { configRuleTester, edited, errorsAt, fixture, inlineRuleTester } from "../helpers/config-lint.js";

/**
 * One pass of fixes (what RuleTester applies): removing a code takes the separator after it, so the
 * removal of a neighbour touches it and waits for the next pass; INVALID_ARGUMENT and "unauthenticated"
 * go now, 5 on the second pass.
 */
function fixedOnce(name: string, quote: string, separator = ", ") {
  const { code, filename } = fixture("no-non-retryable-status", name);
  const q = (text: string) => `${quote}${text}${quote}`;
  const output = edited(code, [
    [
      [q("UNAVAILABLE"), q("INVALID_ARGUMENT"), "5", q("unauthenticated"), q("DEADLINE_EXCEEDED")].join(separator),
      [q("UNAVAILABLE"), "5", q("DEADLINE_EXCEEDED")].join(separator),
    ],
    [[q("UNAVAILABLE"), q("PERMISSION_DENIED")].join(separator), q("UNAVAILABLE")],
  ]);
  return { code, filename, output };
}

configRuleTester().run("no-non-retryable-status", rule as never, {
  valid: [
    fixture("no-non-retryable-status", "valid.json"),
    fixture("no-non-retryable-status", "valid.yaml"),
    // Codes safe only on idempotent methods are no-retry-non-idempotent's business, not this rule's.
    {
      code: '{ "methodConfig": [{ "name": [{}], "retryPolicy": { "retryableStatusCodes": ["ABORTED", "RESOURCE_EXHAUSTED", "INTERNAL", "UNKNOWN", "DEADLINE_EXCEEDED", 14] } }] }',
      filename: "idempotent-only.service-config.json",
    },
    // Not status codes at all: valid-service-config reports those.
    { code: '{ "methodConfig": [{ "name": [{}], "retryPolicy": { "retryableStatusCodes": ["3", 99, null, {}] } }] }', filename: "odd.json" },
    { code: '{ "methodConfig": [{ "name": [{}], "retryPolicy": { "retryableStatusCodes": "INVALID_ARGUMENT" } }] }', filename: "not-a-list.json" },
    { code: '{ "methodConfig": { "retryPolicy": { "retryableStatusCodes": ["NOT_FOUND"] } } }', filename: "not-an-array.json" },
  ],
  invalid: [
    {
      ...fixedOnce("invalid.json", '"'),
      errors: [
        {
          line: 11,
          column: 49,
          message:
            "`retryableStatusCodes` lists INVALID_ARGUMENT: the same request fails the same way again, so a retry only adds load and hides the bug. Remove it; retry on UNAVAILABLE (and, for idempotent methods, codes like DEADLINE_EXCEEDED).",
        },
        { line: 11, column: 69, message: /lists 5 \(NOT_FOUND\)/ },
        { line: 11, column: 72, message: /lists UNAUTHENTICATED/ },
        { line: 17, column: 107, message: /^`nonFatalStatusCodes` lists PERMISSION_DENIED/ },
      ],
    },
    {
      ...fixedOnce("invalid.yaml", ""),
      errors: errorsAt("neverRetry", [[12, 43], [12, 61], [12, 64], [20, 42]]),
    },
    {
      code: "methodConfig:\n  - name: [{}]\n    retryPolicy:\n      retryableStatusCodes:\n        - 0\n        - cancelled\n        - 12\n        - DATA_LOSS\n",
      filename: "every-kind.service-config.yaml",
      // Every code is one grpc-js must not retry on and an empty list is rejected: no fix.
      errors: [
        { line: 5, message: /lists 0 \(OK\): the call succeeded/ },
        { line: 6, message: /lists CANCELLED: the call was cancelled/ },
        { line: 7, message: /lists 12 \(UNIMPLEMENTED\): the server does not have the method/ },
        { line: 8, message: /lists DATA_LOSS/ },
      ],
    },
    {
      code: "methodConfig:\n  - name: [{}]\n    retryPolicy:\n      retryableStatusCodes:\n        - UNAVAILABLE\n        - NOT_FOUND\n    hedgingPolicy:\n      nonFatalStatusCodes:\n        - ALREADY_EXISTS\n        - UNAVAILABLE\n",
      filename: "block.service-config.yaml",
      output: "methodConfig:\n  - name: [{}]\n    retryPolicy:\n      retryableStatusCodes:\n        - UNAVAILABLE\n    hedgingPolicy:\n      nonFatalStatusCodes:\n        - UNAVAILABLE\n",
      errors: errorsAt("neverRetry", [6, 9]),
    },
    {
      // A comment between the codes would be lost with the separator: reported, not fixed.
      code: "methodConfig:\n  - name: [{}]\n    retryPolicy:\n      retryableStatusCodes:\n        - UNAVAILABLE\n        # not found is retried while the cache warms\n        - NOT_FOUND\n",
      filename: "commented.service-config.yaml",
      errors: errorsAt("neverRetry", [7]),
    },
    {
      code: '{"methodConfig":[{"name":[{}],"retryPolicy":{"retryableStatusCodes":["NOT_FOUND",14]}}]}',
      filename: "compact.service-config.json",
      output: '{"methodConfig":[{"name":[{}],"retryPolicy":{"retryableStatusCodes":[14]}}]}',
      errors: errorsAt("neverRetry", [1]),
    },
  ],
});

inlineRuleTester().run("no-non-retryable-status (inline in TypeScript)", rule as never, {
  valid: [
    fixture("no-non-retryable-status", "valid.ts"),
    { code: 'const codes = ["NOT_FOUND"];\nconst o = { "grpc.service_config": JSON.stringify({ methodConfig: [{ name: [{}], retryPolicy: { retryableStatusCodes: [...codes] } }] }) };', filename: "spread.ts" },
  ],
  invalid: [
    {
      ...fixedOnce("invalid.ts", '"'),
      errors: errorsAt("neverRetry", [[19, 47], [19, 67], [19, 70], [33, 46]]),
    },
    {
      code: 'const NOT_FOUND = 5;\nconst retry = { retryableStatusCodes: ["UNAVAILABLE", NOT_FOUND] };\nconst o = { "grpc.service_config": JSON.stringify({ methodConfig: [{ name: [{}], retryPolicy: retry }] }) };',
      filename: "consts.ts",
      // The 5 is written in another statement than the list: no text to cut in the list.
      errors: [{ line: 1, column: 19, message: /lists 5 \(NOT_FOUND\)/ }],
    },
    {
      code: "const o = { 'grpc.service_config': '{\"methodConfig\":[{\"name\":[{}],\"retryPolicy\":{\"retryableStatusCodes\":[\"UNAVAILABLE\", \"NOT_FOUND\"]}}]}' };",
      filename: "string.ts",
      output: "const o = { 'grpc.service_config': '{\"methodConfig\":[{\"name\":[{}],\"retryPolicy\":{\"retryableStatusCodes\":[\"UNAVAILABLE\"]}}]}' };",
      errors: errorsAt("neverRetry", [1]),
    },
  ],
});

describe("no-non-retryable-status fixes until nothing is left to fix", () => {
  const linter = new Linter({ configType: "flat" });
  const rules = { "grpc-review/no-non-retryable-status": "error" as const };
  const plugins = { "grpc-review": plugin as never };
  it("removes every never-retry code of the JSON fixture across passes", () => {
    const { code, filename } = fixture("no-non-retryable-status", "invalid.json");
    const result = linter.verifyAndFix(code, [{ files: ["**/*.json"], language: "grpc-review/service-config", plugins, rules }], filename);
    expect(result.fixed).toBe(true);
    expect(result.messages).toEqual([]);
    expect(result.output).toBe(
      edited(code, [
        ['["UNAVAILABLE", "INVALID_ARGUMENT", 5, "unauthenticated", "DEADLINE_EXCEEDED"]', '["UNAVAILABLE", "DEADLINE_EXCEEDED"]'],
        ['["UNAVAILABLE", "PERMISSION_DENIED"]', '["UNAVAILABLE"]'],
      ]),
    );
  });
  it("does the same for the config inlined with JSON.stringify", () => {
    const { code, filename } = fixture("no-non-retryable-status", "invalid.ts");
    const result = linter.verifyAndFix(code, [{ files: ["**/*.ts"], languageOptions: { parser: tsParser as never }, plugins, rules }], filename);
    expect(result.messages).toEqual([]);
    expect(result.output).toBe(
      edited(code, [
        ['["UNAVAILABLE", "INVALID_ARGUMENT", 5, "unauthenticated", "DEADLINE_EXCEEDED"]', '["UNAVAILABLE", "DEADLINE_EXCEEDED"]'],
        ['["UNAVAILABLE", "PERMISSION_DENIED"]', '["UNAVAILABLE"]'],
      ]),
    );
  });
});

import rule from "../../rules/no-non-retryable-status.js";
import { configRuleTester, errorsAt, fixture, inlineRuleTester } from "../helpers/config-lint.js";

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
      ...fixture("no-non-retryable-status", "invalid.json"),
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
      ...fixture("no-non-retryable-status", "invalid.yaml"),
      errors: errorsAt("neverRetry", [[12, 43], [12, 61], [12, 64], [20, 42]]),
    },
    {
      code: "methodConfig:\n  - name: [{}]\n    retryPolicy:\n      retryableStatusCodes:\n        - 0\n        - cancelled\n        - 12\n        - DATA_LOSS\n",
      filename: "every-kind.service-config.yaml",
      errors: [
        { line: 5, message: /lists 0 \(OK\): the call succeeded/ },
        { line: 6, message: /lists CANCELLED: the call was cancelled/ },
        { line: 7, message: /lists 12 \(UNIMPLEMENTED\): the server does not have the method/ },
        { line: 8, message: /lists DATA_LOSS/ },
      ],
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
      ...fixture("no-non-retryable-status", "invalid.ts"),
      errors: errorsAt("neverRetry", [[19, 47], [19, 67], [19, 70], [33, 46]]),
    },
    {
      code: 'const NOT_FOUND = 5;\nconst retry = { retryableStatusCodes: ["UNAVAILABLE", NOT_FOUND] };\nconst o = { "grpc.service_config": JSON.stringify({ methodConfig: [{ name: [{}], retryPolicy: retry }] }) };',
      filename: "consts.ts",
      errors: [{ line: 1, column: 19, message: /lists 5 \(NOT_FOUND\)/ }],
    },
  ],
});

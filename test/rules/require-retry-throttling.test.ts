import rule from "../../rules/require-retry-throttling.js";
import { configRuleTester, edited, fixture, inlineRuleTester } from "../helpers/config-lint.js";

const JSON_THROTTLING = '"retryThrottling": { "maxTokens": 10, "tokenRatio": 0.1 },';

/** The suggestion of a fixture: `retryThrottling` added before the first top-level member. */
function suggested(name: string, from: string, to: string) {
  const { code } = fixture("require-retry-throttling", name);
  return [{ messageId: "addThrottling", output: edited(code, [[from, to]]) }];
}

configRuleTester().run("require-retry-throttling", rule as never, {
  valid: [
    fixture("require-retry-throttling", "valid.json"),
    fixture("require-retry-throttling", "valid.yaml"),
    { code: '{ "methodConfig": [{ "name": [{}], "timeout": "5s" }] }', filename: "no-retries.service-config.json" },
    { code: '{ "loadBalancingConfig": [{ "round_robin": {} }] }', filename: "lb-only.service-config.json" },
    { code: "methodConfig: [{ name: [{}], retryPolicy: {} }]\nretryThrottling: null\n", filename: "present.service-config.yaml" },
  ],
  invalid: [
    {
      ...fixture("require-retry-throttling", "invalid.json"),
      errors: [
        {
          line: 7,
          column: 7,
          message:
            'This service config retries and hedges but has no `retryThrottling`: when the backend is down every call is sent up to maxAttempts times, turning an outage into a retry storm. Add `"retryThrottling": { "maxTokens": 10, "tokenRatio": 0.1 }`.',
          suggestions: suggested("invalid.json", '{\n  "methodConfig"', `{\n  ${JSON_THROTTLING}\n  "methodConfig"`),
        },
      ],
    },
    {
      ...fixture("require-retry-throttling", "invalid.yaml"),
      errors: [
        {
          messageId: "missing",
          line: 10,
          column: 5,
          suggestions: suggested("invalid.yaml", "\nmethodConfig:\n", "\nretryThrottling:\n  maxTokens: 10\n  tokenRatio: 0.1\nmethodConfig:\n"),
        },
      ],
    },
    {
      code: '{ "methodConfig": [{ "name": [{}], "retryPolicy": { "maxAttempts": 2 } }] }',
      filename: "one-line.service-config.json",
      errors: [
        {
          messageId: "missing",
          suggestions: [{ messageId: "addThrottling", output: `{ ${JSON_THROTTLING} "methodConfig": [{ "name": [{}], "retryPolicy": { "maxAttempts": 2 } }] }` }],
        },
      ],
    },
    {
      code: '{"methodConfig":[{"name":[{}],"retryPolicy":{"maxAttempts":2}}]}',
      filename: "compact.service-config.json",
      errors: [
        {
          messageId: "missing",
          suggestions: [{ messageId: "addThrottling", output: `{${JSON_THROTTLING} "methodConfig":[{"name":[{}],"retryPolicy":{"maxAttempts":2}}]}` }],
        },
      ],
    },
    {
      code: "methodConfig:\n  - name: [{}]\n    hedgingPolicy: { maxAttempts: 2 }\n---\nmethodConfig: []\n---\nmethodConfig:\n  - name: [{}]\n    retryPolicy: { maxAttempts: 2 }\n",
      filename: "documents.service-config.yaml",
      // Each document gets its own `retryThrottling`, at its own first key.
      errors: [
        {
          line: 3,
          message: /config hedges but/,
          suggestions: [
            {
              messageId: "addThrottling",
              output:
                "retryThrottling:\n  maxTokens: 10\n  tokenRatio: 0.1\nmethodConfig:\n  - name: [{}]\n    hedgingPolicy: { maxAttempts: 2 }\n---\nmethodConfig: []\n---\nmethodConfig:\n  - name: [{}]\n    retryPolicy: { maxAttempts: 2 }\n",
            },
          ],
        },
        {
          line: 9,
          message: /config retries but/,
          suggestions: [
            {
              messageId: "addThrottling",
              output:
                "methodConfig:\n  - name: [{}]\n    hedgingPolicy: { maxAttempts: 2 }\n---\nmethodConfig: []\n---\nretryThrottling:\n  maxTokens: 10\n  tokenRatio: 0.1\nmethodConfig:\n  - name: [{}]\n    retryPolicy: { maxAttempts: 2 }\n",
            },
          ],
        },
      ],
    },
  ],
});

inlineRuleTester().run("require-retry-throttling (inline in TypeScript)", rule as never, {
  valid: [fixture("require-retry-throttling", "valid.ts")],
  invalid: [
    {
      ...fixture("require-retry-throttling", "invalid.ts"),
      errors: [{ messageId: "missing", line: 4, column: 170, suggestions: suggested("invalid.ts", `'{"methodConfig"`, `'{${JSON_THROTTLING} "methodConfig"`) }],
    },
    {
      // In a double-quoted string the inserted quotes are escaped.
      code: 'const o = { "grpc.service_config": "{\\"methodConfig\\": [{\\"name\\": [{}], \\"retryPolicy\\": {}}]}" };',
      filename: "escaped.ts",
      errors: [
        {
          messageId: "missing",
          suggestions: [
            {
              messageId: "addThrottling",
              output:
                'const o = { "grpc.service_config": "{\\"retryThrottling\\": { \\"maxTokens\\": 10, \\"tokenRatio\\": 0.1 }, \\"methodConfig\\": [{\\"name\\": [{}], \\"retryPolicy\\": {}}]}" };',
            },
          ],
        },
      ],
    },
    {
      code: 'const o = { "grpc.service_config": JSON.stringify({\n  methodConfig: [{ name: [{}], retryPolicy: {} }],\n}) };',
      filename: "stringify.ts",
      errors: [
        {
          messageId: "missing",
          suggestions: [
            {
              messageId: "addThrottling",
              output: `const o = { "grpc.service_config": JSON.stringify({\n  ${JSON_THROTTLING}\n  methodConfig: [{ name: [{}], retryPolicy: {} }],\n}) };`,
            },
          ],
        },
      ],
    },
  ],
});

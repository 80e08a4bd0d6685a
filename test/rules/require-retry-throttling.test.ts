import rule from "../../rules/require-retry-throttling.js";
import { configRuleTester, fixture, inlineRuleTester } from "../helpers/config-lint.js";

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
        },
      ],
    },
    { ...fixture("require-retry-throttling", "invalid.yaml"), errors: [{ messageId: "missing", line: 10, column: 5 }] },
    {
      code: "methodConfig:\n  - name: [{}]\n    hedgingPolicy: { maxAttempts: 2 }\n---\nmethodConfig: []\n---\nmethodConfig:\n  - name: [{}]\n    retryPolicy: { maxAttempts: 2 }\n",
      filename: "documents.service-config.yaml",
      errors: [
        { line: 3, message: /config hedges but/ },
        { line: 9, message: /config retries but/ },
      ],
    },
  ],
});

inlineRuleTester().run("require-retry-throttling (inline in TypeScript)", rule as never, {
  valid: [fixture("require-retry-throttling", "valid.ts")],
  invalid: [{ ...fixture("require-retry-throttling", "invalid.ts"), errors: [{ messageId: "missing", line: 4, column: 170 }] }],
});

import rule from "../../rules/retry-exceeds-timeout.js";
import { configRuleTester, fixture, inlineRuleTester } from "../helpers/config-lint.js";

const retry = (timeout: string, maxAttempts: number, initialBackoff: string, maxBackoff: string, backoffMultiplier: number) =>
  JSON.stringify({
    methodConfig: [
      { name: [{}], timeout, retryPolicy: { maxAttempts, initialBackoff, maxBackoff, backoffMultiplier, retryableStatusCodes: ["UNAVAILABLE"] } },
    ],
  });

configRuleTester().run("retry-exceeds-timeout", rule as never, {
  valid: [
    fixture("retry-exceeds-timeout", "valid.json"),
    fixture("retry-exceeds-timeout", "valid.yaml"),
    // 0.1 + 0.2 + 0.4 + 0.8 = 1.5 s < 1.6 s: every attempt starts.
    { code: retry("1.6s", 5, "0.1s", "10s", 2), filename: "fits.service-config.json" },
    // maxBackoff caps each wait: 4 * 0.2 = 0.8 s.
    { code: retry("1s", 5, "0.2s", "0.2s", 10), filename: "capped.service-config.json" },
    { code: retry("100s", 99, "1s", "1s", 1), filename: "clamped.service-config.json" },
    { code: '{ "methodConfig": [{ "name": [{}], "timeout": "1s", "retryPolicy": { "maxAttempts": 3 } }] }', filename: "incomplete.service-config.json" },
    { code: '{ "methodConfig": [{ "name": [{}], "timeout": "soon", "retryPolicy": { "maxAttempts": 3 } }] }', filename: "bad-timeout.service-config.json" },
  ],
  invalid: [
    {
      ...fixture("retry-exceeds-timeout", "invalid.json"),
      errors: [
        {
          line: 7,
          column: 24,
          message:
            "With `timeout` 1 s only 2 of 5 attempts start: the backoff before attempt 3 adds up to 1.5 s on average, so the deadline usually ends the call first. Raise the timeout or lower maxAttempts or the backoff.",
        },
        { line: 17, column: 41, message: "With `timeout` 2 s only 2 of 4 hedged attempts start: attempt 3 would be sent after 2 s. Raise the timeout, or lower maxAttempts or hedgingDelay." },
      ],
    },
    {
      ...fixture("retry-exceeds-timeout", "invalid.yaml"),
      errors: [
        { messageId: "retry", line: 8, column: 20 },
        { messageId: "hedging", line: 18, column: 20 },
      ],
    },
    // grpc-js caps maxAttempts at 5, so the count is of 5, not 10.
    { code: retry("1.5s", 10, "1s", "1s", 1), filename: "clamp.service-config.json", errors: [{ message: /only 2 of 5 attempts start/ }] },
    { code: '{ "methodConfig": [{ "name": [{}], "timeout": { "seconds": 0, "nanos": 100000000 }, "hedgingPolicy": { "maxAttempts": 2, "hedgingDelay": "0.2s" } }] }', filename: "object.service-config.json", errors: [{ message: /`timeout` 100 ms only 1 of 2 hedged attempts start/ }] },
  ],
});

inlineRuleTester().run("retry-exceeds-timeout (inline in TypeScript)", rule as never, {
  valid: [fixture("retry-exceeds-timeout", "valid.ts")],
  invalid: [
    {
      ...fixture("retry-exceeds-timeout", "invalid.ts"),
      errors: [
        { messageId: "retry", line: 11, column: 24 },
        { messageId: "hedging", line: 21, column: 41 },
      ],
    },
  ],
});

import rule from "../../rules/no-silent-service-config-change.js";
import { configRuleTester, errorsAt, fixture, inlineRuleTester } from "../helpers/config-lint.js";

// The invalid fixture, in order: maxAttempts 8, a name with a space, nonFatalStatusCodes as a string,
// a service with a slash, loadBalancingPolicy, an LB list of one unknown policy.
const FIXTURE_LINES = {
  json: [7, 15, 16, 19, 23, 24],
  yaml: [8, 15, 18, 20, 22, 24],
  ts: [10, 18, 19, 22, 26, 27],
};

configRuleTester().run("no-silent-service-config-change", rule as never, {
  valid: [
    fixture("no-silent-service-config-change", "valid.json"),
    fixture("no-silent-service-config-change", "valid.yaml"),
    { code: "{}", filename: "empty.service-config.json" },
    // An unknown policy ahead of one grpc-js knows is how configs serve several kinds of client.
    { code: '{ "loadBalancingConfig": [{ "grpclb": {} }, { "round_robin": {} }] }', filename: "fallback.service-config.json" },
    { code: '{ "loadBalancingConfig": [{ "xds_cluster_manager": {} }] }', filename: "xds.service-config.json" },
    // What grpc-js throws on is valid-service-config's; a fractional timeout is no-misread-timeout's.
    { code: '{ "loadBalancingPolicy": 5, "methodConfig": [{ "name": [{}], "timeout": "0.5s" }] }', filename: "other-rules.service-config.json" },
  ],
  invalid: [
    { ...fixture("no-silent-service-config-change", "invalid.json"), errors: errorsAt("changed", FIXTURE_LINES.json) },
    { ...fixture("no-silent-service-config-change", "invalid.yaml"), errors: errorsAt("changed", FIXTURE_LINES.yaml) },
    {
      ...fixture("no-silent-service-config-change", "duplicate-keys.json"),
      errors: [{ line: 6, column: 7, message: 'Key "timeout" appears twice in one object: JSON.parse silently keeps the last and YAML rejects it; keep one.' }],
    },
    { ...fixture("no-silent-service-config-change", "duplicate-keys.yaml"), errors: [{ messageId: "duplicateKey", line: 5, column: 5 }] },
    {
      code: '{\n  "methodConfig": [{ "name": [{ "service": "a.B" }], "retryPolicy": { "maxAttempts": 6, "initialBackoff": "1s", "maxBackoff": "1s", "backoffMultiplier": 1, "retryableStatusCodes": [14] } }]\n}',
      filename: "clamped.service-config.json",
      errors: [
        {
          line: 2,
          column: 86,
          message: "grpc-js accepts this service config but silently does something else: `maxAttempts` is capped at 5, so 6 means 5; write 5 or less.",
        },
      ],
    },
    {
      code: "loadBalancingPolicy: round_robin\n",
      filename: "policy.service-config.yaml",
      errors: [
        {
          line: 1,
          column: 1,
          message:
            'grpc-js accepts this service config but silently does something else: `loadBalancingPolicy` is ignored and calls stay on pick_first; write `"loadBalancingConfig": [{ "round_robin": {} }]`.',
        },
      ],
    },
    {
      code: '{ "methodConfig": { "name": [{}], "timeout": "1s" }, "loadBalancingConfig": [[{ "round_robin": {} }]] }',
      filename: "not-arrays.service-config.json",
      errors: [
        { message: /`methodConfig` is not an array, so it is ignored \(no timeouts, no retries\)/ },
        { message: /an array is not a policy entry, so it is skipped/ },
      ],
    },
  ],
});

inlineRuleTester().run("no-silent-service-config-change (inline in TypeScript)", rule as never, {
  valid: [
    fixture("no-silent-service-config-change", "valid.ts"),
    { code: 'declare const policy: string;\nconst o = { "grpc.service_config": JSON.stringify({ loadBalancingPolicy: policy }) };', filename: "runtime.ts" },
  ],
  invalid: [
    { ...fixture("no-silent-service-config-change", "invalid.ts"), errors: errorsAt("changed", FIXTURE_LINES.ts) },
    { ...fixture("no-silent-service-config-change", "duplicate-keys.ts"), errors: [{ messageId: "duplicateKey", line: 10, column: 7 }] },
  ],
});

import rule from "../../rules/no-misread-timeout.js";
import { configRuleTester, edited, errorsAt, fixture, inlineRuleTester } from "../helpers/config-lint.js";

/** A fixture with its misread timeouts fixed: the fraction padded to nine digits, quotes as written. */
function fixedFixture(name: string, quote: string) {
  const { code, filename } = fixture("no-misread-timeout", name);
  const output = edited(code, [
    [`timeout${quote}: ${quote}0.5s${quote}`, `timeout${quote}: ${quote}0.500000000s${quote}`],
    [`${quote}1.25s${quote}`, `${quote}1.250000000s${quote}`],
  ]);
  return { code, filename, output };
}

const FIXTURE_LINES = { json: [5, 9], yaml: [6, 10], ts: [8, 12] };

configRuleTester().run("no-misread-timeout", rule as never, {
  valid: [
    fixture("no-misread-timeout", "valid.json"),
    fixture("no-misread-timeout", "valid.yaml"),
    { code: '{ "methodConfig": [{ "name": [{}], "timeout": "0.123456789s" }] }', filename: "nine.service-config.json" },
    { code: '{ "methodConfig": [{ "name": [{}], "timeout": "10s" }] }', filename: "whole.service-config.json" },
    // Not a duration grpc-js accepts: valid-service-config reports it.
    { code: '{ "methodConfig": [{ "name": [{}], "timeout": "500ms" }] }', filename: "rejected.service-config.json" },
    // Backoff and hedging delays go through grpc-js's other, correct duration parser.
    {
      code: '{ "methodConfig": [{ "name": [{}], "hedgingPolicy": { "maxAttempts": 2, "hedgingDelay": "0.5s" } }] }',
      filename: "hedging.service-config.json",
    },
  ],
  invalid: [
    { ...fixedFixture("invalid.json", '"'), errors: errorsAt("misread", FIXTURE_LINES.json) },
    { ...fixedFixture("invalid.yaml", ""), errors: errorsAt("misread", FIXTURE_LINES.yaml) },
    {
      code: "methodConfig:\n  - name: [{}]\n    timeout: '2.05s'\n  - name: [{service: a.B}]\n    timeout: \"0.12345678s\"\n",
      filename: "quoted.service-config.yaml",
      output: "methodConfig:\n  - name: [{}]\n    timeout: '2.050000000s'\n  - name: [{service: a.B}]\n    timeout: \"0.123456780s\"\n",
      errors: errorsAt("misread", [3, 5]),
    },
    {
      code: '{\n  "methodConfig": [{ "name": [{ "service": "a.B" }], "timeout": "0.5s" }]\n}',
      filename: "fraction.service-config.json",
      output: '{\n  "methodConfig": [{ "name": [{ "service": "a.B" }], "timeout": "0.500000000s" }]\n}',
      errors: [
        {
          line: 2,
          column: 65,
          message:
            'grpc-js accepts this timeout but misreads it and gives every call it covers a shorter deadline: version 1.14 reads timeout "0.5s" as 5 ns, not 500 ms; write whole seconds or nine decimals ("0.500000000s").',
        },
      ],
    },
    {
      code: "methodConfig:\n  - name: [{service: a.B}]\n    timeout: 1s\n---\nmethodConfig:\n  - name: [{service: a.B}]\n    timeout: 1.5s\n",
      filename: "multi.service-config.yaml",
      output: "methodConfig:\n  - name: [{service: a.B}]\n    timeout: 1s\n---\nmethodConfig:\n  - name: [{service: a.B}]\n    timeout: 1.500000000s\n",
      errors: [{ line: 7, column: 14, message: /reads timeout "1.5s" as 1.000000005 s, not 1.5 s/ }],
    },
  ],
});

inlineRuleTester().run("no-misread-timeout (inline in TypeScript)", rule as never, {
  valid: [
    fixture("no-misread-timeout", "valid.ts"),
    { code: 'declare const timeout: string;\nconst o = { "grpc.service_config": JSON.stringify({ methodConfig: [{ name: [{}], timeout }] }) };', filename: "runtime.ts" },
  ],
  invalid: [
    { ...fixedFixture("invalid.ts", '"'), errors: errorsAt("misread", FIXTURE_LINES.ts) },
    {
      // A single-quoted string: the zeros land before the `s`, the escapes stay.
      code: "const o = { 'grpc.service_config': '{\"methodConfig\": [{\"name\": [{}], \"timeout\": \"3.2s\"}]}' };",
      filename: "escaped.ts",
      output: "const o = { 'grpc.service_config': '{\"methodConfig\": [{\"name\": [{}], \"timeout\": \"3.200000000s\"}]}' };",
      errors: [{ messageId: "misread", line: 1 }],
    },
    {
      code: 'const o = { "grpc.service_config": "{\\"methodConfig\\": [{\\"name\\": [{}], \\"timeout\\": \\"3.2s\\"}]}" };',
      filename: "backslashes.ts",
      output: 'const o = { "grpc.service_config": "{\\"methodConfig\\": [{\\"name\\": [{}], \\"timeout\\": \\"3.200000000s\\"}]}" };',
      errors: [{ messageId: "misread" }],
    },
    {
      code: 'const TIMEOUT = "0.5s";\nconst cfg = { methodConfig: [{ name: [{}], timeout: TIMEOUT }] } as const;\nconst o = { ["grpc.service_config"]: JSON.stringify(cfg) };',
      filename: "const-member.ts",
      output:
        'const TIMEOUT = "0.500000000s";\nconst cfg = { methodConfig: [{ name: [{}], timeout: TIMEOUT }] } as const;\nconst o = { ["grpc.service_config"]: JSON.stringify(cfg) };',
      // The value is reported where it is written: in the const.
      errors: [{ messageId: "misread", line: 1, column: 17 }],
    },
  ],
});

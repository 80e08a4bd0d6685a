import { join } from "node:path";
import { describe, expect, it } from "vitest";
import rule from "../../rules/no-unmatched-method-config.js";
import { configRuleTester, fixture, FIXTURES, inlineRuleTester, lint } from "../helpers/config-lint.js";

const RULE = "no-unmatched-method-config";
const protos = join(FIXTURES, RULE, "protos");
const settings = { "grpc-review": { protoRoots: [protos] } };
const noProtos = { "grpc-review": { protoRoots: [join(FIXTURES, RULE, "no-such-folder")] } };

type MessageId = "unknownService" | "unknownMethod" | "unknownPackage";
const at = (messageId: MessageId, line: number, column: number) => ({ messageId, line, column });
/** RuleTester takes a message or a message id, not both: the full texts are asserted by position. */
const text = (line: number, column: number, message: string | RegExp) => ({ line, column, message });

configRuleTester(settings).run(RULE, rule as never, {
  valid: [
    fixture(RULE, "valid.json"),
    fixture(RULE, "valid.yaml"),
    // Channel-wide entries match every call.
    { code: `{ "methodConfig": [{ "name": [{ "service": "" }], "timeout": "1s" }] }`, filename: "channel-wide.service-config.json" },
    // Declared in a folder named `build`, which the index reads like any other.
    { code: `{ "methodConfig": [{ "name": [{ "service": "store.v1.BuildQueue", "method": "Enqueue" }] }] }`, filename: "build-folder.service-config.json" },
    { code: `{ "methodConfig": "not an array" }`, filename: "odd-shape.service-config.json" },
    {
      code: `{ "methodConfig": [{ "name": [{ "service": "billing.v2.Invoices" }], "timeout": "1s" }] }`,
      filename: "other-repo.service-config.json",
      options: [{ checkPackages: false }],
    },
  ],
  invalid: [
    {
      ...fixture(RULE, "invalid.json"),
      errors: [
        text(
          5,
          51,
          "Service 'store.v1.Orders' declares no method 'GetOrders' (did you mean 'GetOrder'?): gRPC matches names exactly, so this entry never applies to a call. Correct the name, or delete it if the method is gone.",
        ),
        text(
          7,
          22,
          "No .proto in the project declares service 'store.v1.OrderService' (its package declares 'BuildQueue', 'Inventory', 'Orders'): gRPC matches names exactly, so this entry never applies and its timeout and retries are not in effect. Correct the name, or delete the entry if the service is gone.",
        ),
        text(13, 54, /declares no method 'Reserve': gRPC/),
        text(
          14,
          22,
          "No .proto in the project declares package 'store' (named by 'store.Orders' and 1 more names): the name is wrong, or its protos live outside the proto roots. Correct the name, or add the protos' folder to `settings[\"grpc-review\"].protoRoots`.",
        ),
      ],
    },
    {
      ...fixture(RULE, "invalid.yaml"),
      errors: [at("unknownMethod", 5, 17), at("unknownService", 8, 18), at("unknownMethod", 12, 17), at("unknownPackage", 13, 18)],
    },
    {
      code: `{ "methodConfig": [{ "name": [{ "service": "store.v1.Orders", "method": "listorders" }] }] }`,
      filename: "case.service-config.json",
      errors: [{ line: 1, column: 73, message: /\(did you mean 'ListOrders'\?\)/ }],
    },
  ],
});

inlineRuleTester(settings).run(`${RULE} (inline)`, rule as never, {
  valid: [fixture(RULE, "valid.ts")],
  invalid: [
    {
      ...fixture(RULE, "invalid.ts"),
      errors: [at("unknownMethod", 8, 47), at("unknownService", 10, 20), at("unknownMethod", 16, 50), at("unknownPackage", 17, 20)],
    },
  ],
});

configRuleTester(noProtos).run(`${RULE} without protos`, rule as never, {
  valid: [fixture(RULE, "invalid.json"), fixture(RULE, "invalid.yaml")],
  invalid: [],
});

describe(`${RULE} across formats`, () => {
  it("reports the same findings for JSON, YAML and inline TypeScript", () => {
    const messages = (["json", "yaml", "ts"] as const).map((extension) => {
      const { code, filename } = fixture(RULE, `invalid.${extension}`);
      return lint(code, filename, [RULE], settings).map((message) => [message.messageId, message.message]);
    });
    expect(messages[0]!.map(([messageId]) => messageId)).toEqual(["unknownMethod", "unknownService", "unknownMethod", "unknownPackage"]);
    expect(messages[1]).toEqual(messages[0]);
    expect(messages[2]).toEqual(messages[0]);
  });
});

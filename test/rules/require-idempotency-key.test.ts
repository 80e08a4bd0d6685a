import rule from "../../rules/require-idempotency-key.js";
import { fixture, protoRuleTester } from "../helpers/proto-rule-tester.js";


const message = (method: string, reason: string, request: string) =>
  `Method '${method}' changes state (${reason}) but its request '${request}' has no request_id-style field and the method declares no idempotency_level: a retry after an ambiguous timeout may apply the change twice. Add a \`string request_id\` the server deduplicates on, or set \`option idempotency_level = IDEMPOTENT;\` if a repeat is harmless.`;

protoRuleTester().run("require-idempotency-key", rule as never, {
  valid: [
    {
      code: `syntax = "proto3"; package a; service S { rpc CreateThing(CreateThingRequest) returns (T); } message CreateThingRequest { string client_token = 1; } message T {}`,
      filename: "token.proto",
    },
    {
      code: `syntax = "proto3"; package a; service S { rpc ChargeCard(R) returns (R); } message R { string txn_ref = 1; }`,
      filename: "option.proto",
      options: [{ keyFields: ["txn_ref"] }],
    },
    {
      code: `syntax = "proto3"; package a; service S { rpc ChargeCard(R) returns (R); } message R {}`,
      filename: "safe-by-setting.proto",
      settings: { "grpc-review": { idempotency: { safeVerbs: ["Charge"] } } },
    },
    // A service with a syntax-odd but parseable shape: no methods at all.
    { code: `syntax = "proto3"; service Empty {}`, filename: "empty.proto" },
  ],
  invalid: [
    {
      ...fixture("require-idempotency-key", "payments.proto"),
      errors: [
        { line: 12, column: 7, message: message("ChargeCard", "its name starts with 'Charge'", "ChargeCardRequest") },
        { line: 28, message: message("TransferFunds", "its name starts with 'Transfer'", "google.protobuf.Empty") },
        { line: 38, message: message("SendLimits", "its name starts with 'Send'", "pay.shared.UpdateLimitsRequest") },
      ],
    },
    {
      code: `syntax = "proto3"; package a; service S { rpc FrobnicateThing(R) returns (R); rpc BatchCreateThings(R) returns (R); } message R {}`,
      filename: "custom-verb.proto",
      settings: { "grpc-review": { idempotency: { unsafeVerbs: ["Frobnicate"] } } },
      errors: [
        { message: message("FrobnicateThing", "its name starts with 'Frobnicate'", "R") },
        { message: message("BatchCreateThings", "its name starts with 'Create'", "R") },
      ],
    },
  ],
});

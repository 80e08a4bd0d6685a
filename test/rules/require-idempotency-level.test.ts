import rule from "../../rules/require-idempotency-level.js";
import { fixtureCase } from "../helpers/fixture-case.js";
import { protoRuleTester } from "../helpers/proto-rule-tester.js";

type MessageId = "undeclared" | "requestIdFormat";

const undeclared = (method: string, reason: string, request: string) =>
  `Method '${method}' is not a known read (${reason}), declares no idempotency_level and its request '${request}' carries no request id: clients, retry policies and reviewers cannot tell whether a repeat after a timeout is safe. Declare \`option idempotency_level = IDEMPOTENT;\` (NO_SIDE_EFFECTS for a read), or add a \`string request_id\` the server deduplicates on.`;

const orders = fixtureCase<MessageId>("require-idempotency-level/orders/v1/orders.proto");

protoRuleTester().run("require-idempotency-level", rule as never, {
  valid: [
    { code: `syntax = "proto3"; package a; service S { rpc Approve(R) returns (R); } message R {}`, filename: "safe-verb.proto", settings: { "grpc-review": { idempotency: { safeVerbs: ["Approve"] } } } },
    { code: `syntax = "proto3"; package a; service S { rpc Approve(R) returns (R); } message R { string txn_ref = 1; }`, filename: "key-field.proto", options: [{ keyFields: ["txn_ref"] }] },
    // A request_id that is not a string is not AIP-155's, and a repeated one neither.
    { code: `syntax = "proto3"; package a; service S { rpc GetX(R) returns (R); } message R { int64 request_id = 1; }`, filename: "int-id.proto" },
    { code: `syntax = "proto3"; package a; service S { rpc GetX(R) returns (R); } message R { string request_id = 1 [(google.api.field_info) = { format: UUID4 }]; }`, filename: "aggregate.proto" },
    { code: `syntax = "proto3"; service Empty {}`, filename: "empty.proto" },
  ],
  invalid: [
    { ...orders, errors: orders.errors },
    {
      ...orders,
      name: "messages",
      errors: [
        { line: 16, column: 7, message: undeclared("ApproveOrder", "no idempotency_level option, no HTTP GET binding and no known verb in its name", "ApproveOrderRequest") },
        { line: 28, column: 7, message: undeclared("UpdateOrder", "its name starts with 'Update'", "UpdateOrderRequest") },
        { line: 36, column: 7, message: undeclared("Reconcile", "google.api.http binds it to POST", "google.protobuf.Empty") },
        { line: 42, column: 7, message: undeclared("HoldOrder", "no idempotency_level option, no HTTP GET binding and no known verb in its name", "HoldOrderRequest") },
        {
          line: 83,
          column: 10,
          message:
            "Field 'request_id' of 'RegisterWebhookRequest' has no format annotation: AIP-155 asks request ids to be UUIDs marked `(google.api.field_info).format = UUID4`, so every client sends one fresh UUID per logical request (and generated clients can fill it in). Add `[(google.api.field_info).format = UUID4]`.",
        },
        { line: 101, column: 10, message: /^Field 'request_id' of 'PingRequest' declares format IPV4, not UUID4:/ },
      ],
    },
    {
      code: `syntax = "proto3"; package a; service S { rpc Frob(R) returns (R); rpc BatchDeleteThings(R) returns (R); } message R {}`,
      filename: "inline.proto",
      errors: [
        { messageId: "undeclared", line: 1, column: 47 },
        { messageId: "undeclared", line: 1, column: 72 },
      ],
    },
  ],
});

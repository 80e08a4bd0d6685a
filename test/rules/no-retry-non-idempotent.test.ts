import { join } from "node:path";
import rule from "../../rules/no-retry-non-idempotent.js";
import { configRuleTester, fixture, FIXTURES, inlineRuleTester } from "../helpers/config-lint.js";

const settings = { "grpc-review": { protoRoots: [join(FIXTURES, "no-retry-non-idempotent", "protos")] } };
const noProtos = { "grpc-review": { protoRoots: [join(FIXTURES, "no-retry-non-idempotent", "no-such-folder")] } };
const policy = '"retryPolicy": { "maxAttempts": 3, "initialBackoff": "0.1s", "maxBackoff": "1s", "backoffMultiplier": 2, "retryableStatusCodes": ["UNAVAILABLE"] }';

configRuleTester(settings).run("no-retry-non-idempotent", rule as never, {
  valid: [
    fixture("no-retry-non-idempotent", "valid.json"),
    fixture("no-retry-non-idempotent", "valid.yaml"),
    // CreateRefund has a client-chosen refund_id; SendReceipt a request_id; CapturePayment is IDEMPOTENT.
    { code: `{ "methodConfig": [{ "name": [{ "service": "shop.Payments", "method": "CreateRefund" }, { "service": "shop.Payments", "method": "SendReceipt" }, { "service": "shop.Payments", "method": "CapturePayment" }], ${policy} }] }`, filename: "dedup.service-config.json" },
    // A service the protos do not have: nothing is guessed for a service-wide entry.
    { code: `{ "methodConfig": [{ "name": [{ "service": "bank.Unknown" }], ${policy} }] }`, filename: "unknown-service.service-config.json" },
    // Neither name nor option says anything about `Reconcile`.
    { code: `{ "methodConfig": [{ "name": [{ "service": "bank.Unknown", "method": "Reconcile" }], ${policy} }] }`, filename: "unknown-method.service-config.json" },
    { code: `{ "methodConfig": [{ "name": [{ "service": "shop.Payments", "method": "GetPayment" }], "timeout": "1s" }] }`, filename: "no-policy.service-config.json" },
    { code: `{ "methodConfig": [{ "name": "shop.Payments", ${policy} }] }`, filename: "odd-shape.service-config.json" },
  ],
  invalid: [
    {
      ...fixture("no-retry-non-idempotent", "invalid.json"),
      errors: [
        {
          line: 6,
          column: 7,
          message:
            "This `retryPolicy` covers methods with side effects: `Payments.Charge` (its name starts with 'Charge'). After a timeout or UNAVAILABLE the server may already have acted, so a retry can apply the change twice. Give them a method config without retries, or, if repeating is safe, set `option idempotency_level = IDEMPOTENT` or deduplicate with a request id.",
        },
        {
          line: 28,
          column: 7,
          message:
            "This `hedgingPolicy` covers methods that are not free of side effects: `Payments.CapturePayment` (option idempotency_level = IDEMPOTENT), `Ledger.AppendEntry` (its name starts with 'Append'). Hedging sends the same request several times at once, so hedge only reads (`option idempotency_level = NO_SIDE_EFFECTS`) and use a `retryPolicy` for the rest.",
        },
        { line: 33, column: 7, message: /`Transfers.TransferFunds` \(its name starts with 'Transfer'\)/ },
      ],
    },
    {
      ...fixture("no-retry-non-idempotent", "invalid.yaml"),
      errors: [
        { messageId: "retry", line: 7, column: 5 },
        { messageId: "hedging", line: 27, column: 5 },
        { messageId: "retry", line: 35, column: 5 },
      ],
    },
    {
      // The channel-wide entry covers the services the config names, minus their more specific entries.
      code: `{ "methodConfig": [\n  { "name": [{}], ${policy} },\n  { "name": [{ "service": "shop.Payments", "method": "Charge" }, { "service": "shop.Ledger", "method": "ListEntries" }] }\n] }`,
      filename: "channel-wide.service-config.json",
      errors: [{ line: 2, message: /covers methods with side effects: `Ledger.AppendEntry`/ }],
    },
    {
      // Naming no service, it covers every indexed service.
      code: `{ "methodConfig": [{ "name": [{ "service": "" }], ${policy} }] }`,
      filename: "everything.service-config.json",
      errors: [{ message: /`Payments.Charge` \(its name starts with 'Charge'\), `Ledger.AppendEntry`/ }],
    },
  ],
});

const hedging = '"hedgingPolicy": { "maxAttempts": 2 }';

configRuleTester(noProtos).run("no-retry-non-idempotent without protos", rule as never, {
  valid: [
    { code: `{ "methodConfig": [{ "name": [{ "service": "shop.Payments" }], ${policy} }] }`, filename: "service-wide.service-config.json" },
    // Repeating an update or a delete ends in the same state: retries are left alone.
    { code: `{ "methodConfig": [{ "name": [{ "service": "shop.Orders", "method": "UpdateOrder" }, { "service": "shop.Orders", "method": "DeleteOrder" }, { "service": "shop.Orders", "method": "BatchDeleteOrders" }], ${policy} }] }`, filename: "convergent.service-config.json" },
  ],
  invalid: [
    {
      code: `{ "methodConfig": [{ "name": [{ "service": "shop.Payments", "method": "Charge" }], ${policy} }] }`,
      filename: "by-name.service-config.json",
      errors: [{ message: /`Payments.Charge` \(its name starts with 'Charge'\)/ }],
    },
    {
      code: `{ "methodConfig": [{ "name": [{ "service": "shop.Payments", "method": "PayInvoice" }, { "service": "shop.Payments", "method": "SendEmail" }, { "service": "shop.Payments", "method": "IncrementCounter" }, { "service": "shop.Payments", "method": "TransferFunds" }], ${policy} }] }`,
      filename: "many.service-config.json",
      errors: [{ message: /`Payments.PayInvoice` \(its name starts with 'Pay'\), `Payments.SendEmail` \(its name starts with 'Send'\), `Payments.IncrementCounter` \(its name starts with 'Increment'\) and 1 more\./ }],
    },
    {
      // Hedging sends copies at the same time: even converging changes race with themselves.
      code: `{ "methodConfig": [{ "name": [{ "service": "shop.Orders", "method": "UpdateOrder" }, { "service": "shop.Orders", "method": "GetOrder" }], ${hedging} }] }`,
      filename: "hedge-update.service-config.json",
      errors: [{ message: /`Orders.UpdateOrder` \(its name starts with 'Update'\)\. Hedging/ }],
    },
  ],
});

configRuleTester({ "grpc-review": { ...noProtos["grpc-review"], idempotency: { safeVerbs: ["Charge"] } } }).run(
  "no-retry-non-idempotent with project verbs",
  rule as never,
  {
    valid: [{ code: `{ "methodConfig": [{ "name": [{ "service": "shop.Payments", "method": "ChargeLater" }], ${policy} }] }`, filename: "verbs.service-config.json" }],
    invalid: [],
  },
);

inlineRuleTester(settings).run("no-retry-non-idempotent (inline in TypeScript)", rule as never, {
  valid: [fixture("no-retry-non-idempotent", "valid.ts")],
  invalid: [
    {
      ...fixture("no-retry-non-idempotent", "invalid.ts"),
      errors: [
        { messageId: "retry", line: 14, column: 7 },
        { messageId: "hedging", line: 48, column: 7 },
        { messageId: "retry", line: 64, column: 7 },
      ],
    },
  ],
});

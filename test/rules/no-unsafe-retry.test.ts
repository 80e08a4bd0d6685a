import rule from "../../rules/no-unsafe-retry.js";
import { fixtureCase, typedRuleTester, untypedRuleTester } from "../helpers/fixture-case.js";

typedRuleTester().run("no-unsafe-retry", rule, {
  valid: [fixtureCase("no-unsafe-retry/clean.ts")],
  invalid: [fixtureCase("no-unsafe-retry/flagged.ts")],
});

const header = 'const { Code, ConnectError } = require("@connectrpc/connect");\nconst sleep = (ms) => new Promise((r) => setTimeout(r, ms));\n';

const nice =
  'const { createChannel, createClientFactory, Status } = require("nice-grpc");\nconst { retryMiddleware } = require("nice-grpc-client-middleware-retry");\nconst { OrdersDefinition } = require("./gen/orders");\nconst client = createClientFactory().use(retryMiddleware).create(OrdersDefinition, createChannel("orders:443"));\n';

untypedRuleTester().run("no-unsafe-retry (untyped)", rule, {
  valid: [
    // nice-grpc: retry off (the middleware's default for methods not marked idempotent), a read, UNAVAILABLE only.
    `${nice}client.createOrder(o, { deadline: 1000 });\nclient.getOrder(o, { retry: true, deadline: 1000 });\nclient.createOrder(o, { retry: true, retryableStatuses: [Status.UNAVAILABLE] });`,
    // A switch that retries UNAVAILABLE only, capped and delayed.
    `${header}const i = (next) => async (req) => {\n  for (let n = 0; n < 3; n++) {\n    try { return await next(req); } catch (e) {\n      switch (ConnectError.from(e).code) {\n        case Code.Unavailable: await sleep(2 ** n * 50); continue;\n        default: throw e;\n      }\n    }\n  }\n};`,
    // A catch that always rethrows is no retry.
    `${header}const i = (next) => async (req) => { while (true) { try { return await next(req); } catch (e) { console.log(e); throw e; } } };`,
    // Not a gRPC file: a generic helper with no RPC in sight.
    "async function retry(fn) { for (;;) { try { return await fn(); } catch {} } }",
    // A pager that calls itself after a success is no retry.
    'const grpc = require("@grpc/grpc-js");\nconst c = new (grpc.loadPackageDefinition(d).shop.Orders)("a:1", creds);\nasync function all(token, out = []) {\n  const page = await c.listOrders({ token }, { deadline: Date.now() + 1000 });\n  out.push(...page.orders);\n  return page.next ? all(page.next, out) : out;\n}',
    // A helper of a gRPC file that is never handed an RPC here.
    `${header}async function retry(fn) { for (;;) { try { return await fn(); } catch {} } }\nretry(() => fetch("/x"));`,
  ],
  invalid: [
    fixtureCase("no-unsafe-retry/untyped.js"),
    {
      code: `${nice}client.createOrder(o, { retry: true, deadline: 1000 });\nclient.getOrder(o, { retry: true, retryMaxAttempts: Infinity });\nclient.createOrder(o, { retry: true, retryableStatuses: [Status.UNAVAILABLE, Status.NOT_FOUND] });`,
      errors: [
        { messageId: "niceRetryNonIdempotent", line: 5, column: 25 },
        { messageId: "noAttemptCap", line: 6, column: 35 },
        { messageId: "retriesNonRetryableStatus", line: 7, column: 78 },
      ],
    },
    {
      // Retries on a code list that names INVALID_ARGUMENT (by number) through every method.
      code: `${header}const i = (next) => async (req) => {\n  for (let n = 0; n < 3; n++) {\n    try { return await next(req); } catch (e) {\n      if (![14, 3].includes(e.code)) throw e;\n      await sleep(2 ** n * 50);\n    }\n  }\n};`,
      errors: [{ messageId: "retriesNonRetryableStatus", line: 6, column: 17 }],
    },
    {
      // Nested loops: the inner loop is the retry and is reported once; the outer one iterates.
      code: `${header}const i = (next) => async (req) => {\n  for (let k = 0; k < 2; k++) {\n    for (let n = 0; n < 3; n++) {\n      try { return await next(req); } catch (e) { await sleep(1); }\n    }\n  }\n};`,
      errors: [{ messageId: "retriesEveryStatus", line: 5, column: 5 }],
    },
    {
      // A switch case that retries INTERNAL on every method.
      code: `${header}const i = (next) => async (req) => {\n  for (let n = 0; n < 3; n++) {\n    try { return await next(req); } catch (e) {\n      switch (e.code) {\n        case Code.Unavailable:\n        case Code.Internal: await sleep(2 ** n * 50); continue;\n        default: throw e;\n      }\n    }\n  }\n};`,
      errors: [{ messageId: "retriesUnsafeStatus", line: 8, column: 14 }],
    },
  ],
});

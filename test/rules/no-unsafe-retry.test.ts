import type { InvalidTestCase, ValidTestCase } from "@typescript-eslint/rule-tester";
import rule, { type MessageIds } from "../../rules/no-unsafe-retry.js";
import { join } from "node:path";
import { FIXTURES, fixtureCase, typedRuleTester, untypedRuleTester } from "../helpers/fixture-case.js";

// The protos the rule may read (each case names them: a fixture file's cases run with cwd "/").
const settings = { "grpc-review": { protoRoots: [join(FIXTURES, "no-unsafe-retry", "protos")] } };
const validWithProtos = (test: string | ValidTestCase<[]>): ValidTestCase<[]> => (typeof test === "string" ? { code: test, settings } : { settings, ...test });
const invalidWithProtos = (test: InvalidTestCase<MessageIds, []>): InvalidTestCase<MessageIds, []> => ({ settings, ...test });

typedRuleTester().run("no-unsafe-retry", rule, {
  valid: [fixtureCase("no-unsafe-retry/clean.ts"), fixtureCase("no-unsafe-retry/waits-and-deadlines-clean.ts"), fixtureCase("no-unsafe-retry/retry-libraries-clean.ts")].map(validWithProtos),
  invalid: [fixtureCase<MessageIds>("no-unsafe-retry/flagged.ts"), fixtureCase<MessageIds>("no-unsafe-retry/waits-and-deadlines.ts"), fixtureCase<MessageIds>("no-unsafe-retry/retry-libraries.ts")].map(invalidWithProtos),
});

const header = 'const { Code, ConnectError } = require("@connectrpc/connect");\nconst sleep = (ms) => new Promise((r) => setTimeout(r, ms));\n';

const nice =
  'const { createChannel, createClientFactory, Status } = require("nice-grpc");\nconst { retryMiddleware } = require("nice-grpc-client-middleware-retry");\nconst { OrdersDefinition } = require("./gen/orders");\nconst client = createClientFactory().use(retryMiddleware).create(OrdersDefinition, createChannel("orders:443"));\n';

untypedRuleTester().run("no-unsafe-retry (untyped)", rule, {
  valid: [
    // nice-grpc: retry off (the middleware's default for methods not marked idempotent), a read, UNAVAILABLE only.
    `${nice}client.createOrder(o, { deadline: 1000 });\nclient.getOrder(o, { retry: true, deadline: 1000 });\nclient.createOrder(o, { retry: true, retryableStatuses: [Status.UNAVAILABLE] });`,
    // A switch that retries UNAVAILABLE only, capped and delayed.
    `${header}const i = (next) => async (req) => {\n  for (let n = 0; n < 3; n++) {\n    try { return await next(req); } catch (e) {\n      switch (ConnectError.from(e).code) {\n        case Code.Unavailable: await sleep(Math.random() * 2 ** n * 50); continue;\n        default: throw e;\n      }\n    }\n  }\n};`,
    // A catch that always rethrows is no retry.
    `${header}const i = (next) => async (req) => { while (true) { try { return await next(req); } catch (e) { console.log(e); throw e; } } };`,
    // Not a gRPC file: a generic helper with no RPC in sight.
    "async function retry(fn) { for (;;) { try { return await fn(); } catch {} } }",
    // A pager that calls itself after a success is no retry.
    'const grpc = require("@grpc/grpc-js");\nconst c = new (grpc.loadPackageDefinition(d).shop.Orders)("a:1", creds);\nasync function all(token, out = []) {\n  const page = await c.listOrders({ token }, { deadline: Date.now() + 1000 });\n  out.push(...page.orders);\n  return page.next ? all(page.next, out) : out;\n}',
    // One budget for every attempt (the time left), and a wait the helper makes random.
    `${header}const { createClient } = require("@connectrpc/connect");\nconst c = createClient(Svc, transport);\nconst sleepJittered = (ms) => new Promise((r) => setTimeout(r, ms * (0.8 + Math.random() * 0.4)));\nasync function get(req) {\n  const deadline = Date.now() + 5000;\n  for (let n = 0; ; n++) {\n    try { return await c.getThing(req, { timeoutMs: deadline - Date.now() }); } catch (e) {\n      if (ConnectError.from(e).code !== Code.Unavailable || n >= 3) throw e;\n      await sleepJittered(100 * 2 ** n);\n    }\n  }\n}`,
    // Fresh per-attempt deadlines under a loop that stops when the overall budget is spent; a wait from elsewhere.
    'const grpc = require("@grpc/grpc-js");\nconst { backoff } = require("./backoff");\nconst c = new (grpc.loadPackageDefinition(d).shop.Orders)("a:1", creds);\nasync function get(req, stopAt) {\n  for (let n = 0; Date.now() < stopAt; n++) {\n    try { return await c.getOrder(req, { deadline: Date.now() + 1000 }); } catch (e) {\n      if (e.code !== grpc.status.UNAVAILABLE || n >= 3) throw e;\n      await backoff(n);\n    }\n  }\n}',
    // One deadline for every attempt, computed before the loop and converted to a Date in it.
    'const grpc = require("@grpc/grpc-js");\nconst c = new (grpc.loadPackageDefinition(d).shop.Orders)("a:1", creds);\nasync function get(req, sleep) {\n  const stopAt = Date.now() + 5000;\n  for (let n = 0; n < 3; n++) {\n    try { return await c.getOrder(req, { deadline: new Date(stopAt) }); } catch (e) {\n      if (e.code !== grpc.status.UNAVAILABLE) throw e;\n      await sleep(Math.random() * 100);\n    }\n  }\n}',
    // Retry libraries told which errors retry, with random waits.
    `${header}const { createClient } = require("@connectrpc/connect");\nconst pRetry = require("p-retry");\nconst { backOff } = require("exponential-backoff");\nconst c = createClient(Svc, transport);\nconst d = Date.now() + 5000;\npRetry(() => c.getThing(r, { timeoutMs: d - Date.now() }), { randomize: true, shouldRetry: ({ error }) => ConnectError.from(error).code === Code.Unavailable });\nbackOff(() => c.getThing(r, { timeoutMs: d - Date.now() }), { jitter: "full", retry: (e) => ConnectError.from(e).code === Code.Unavailable });`,
    // A helper of a gRPC file that is never handed an RPC here.
    `${header}async function retry(fn) { for (;;) { try { return await fn(); } catch {} } }\nretry(() => fetch("/x"));`,
  ].map(validWithProtos),
  // Literal message ids widen to string in this array; RuleTester checks each against the rule.
  invalid: ([
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
      code: `${header}const i = (next) => async (req) => {\n  for (let n = 0; n < 3; n++) {\n    try { return await next(req); } catch (e) {\n      if (![14, 3].includes(e.code)) throw e;\n      await sleep(Math.random() * 2 ** n * 50);\n    }\n  }\n};`,
      errors: [{ messageId: "retriesNonRetryableStatus", line: 6, column: 17 }],
    },
    {
      // A new timeoutMs for every attempt, and a fixed wait from node:timers/promises.
      code: `${header}const { createClient } = require("@connectrpc/connect");\nconst { setTimeout: pause } = require("node:timers/promises");\nconst c = createClient(Svc, transport);\nasync function get(req) {\n  for (let n = 0; ; n++) {\n    try { return await c.getThing(req, { timeoutMs: 2000 }); } catch (e) {\n      if (ConnectError.from(e).code !== Code.Unavailable || n >= 3) throw e;\n      await pause(500);\n    }\n  }\n}`,
      errors: [
        { messageId: "freshDeadlinePerAttempt", line: 8, column: 53 },
        { messageId: "noJitter", line: 10, column: 13 },
      ],
    },
    {
      // async-retry with nothing calling bail, forever; promise-retry handing every failure to retry.
      code: `${header}const { createClient } = require("@connectrpc/connect");\nconst retry = require("async-retry");\nconst promiseRetry = require("promise-retry");\nconst c = createClient(Svc, transport);\nconst d = Date.now() + 5000;\nretry(() => c.getThing(r, { timeoutMs: d - Date.now() }), { forever: true });\npromiseRetry((again) => c.getThing(r, { timeoutMs: d - Date.now() }).catch(again));`,
      errors: [
        { messageId: "retriesEveryStatus", line: 8, column: 1 },
        { messageId: "noAttemptCap", line: 8, column: 1 },
        { messageId: "retriesEveryStatus", line: 9, column: 1 },
        { messageId: "noJitter", line: 9, column: 1 },
      ],
    },
    {
      // Nested loops: the inner loop is the retry and is reported once; the outer one iterates.
      code: `${header}const i = (next) => async (req) => {\n  for (let k = 0; k < 2; k++) {\n    for (let n = 0; n < 3; n++) {\n      try { return await next(req); } catch (e) { await sleep(Math.random() * 10); }\n    }\n  }\n};`,
      errors: [{ messageId: "retriesEveryStatus", line: 5, column: 5 }],
    },
    {
      // A switch case that retries INTERNAL on every method.
      code: `${header}const i = (next) => async (req) => {\n  for (let n = 0; n < 3; n++) {\n    try { return await next(req); } catch (e) {\n      switch (e.code) {\n        case Code.Unavailable:\n        case Code.Internal: await sleep(Math.random() * 2 ** n * 50); continue;\n        default: throw e;\n      }\n    }\n  }\n};`,
      errors: [{ messageId: "retriesUnsafeStatus", line: 8, column: 14 }],
    },
    {
      // The protos decide where names mislead: SubmitReview is IDEMPOTENT (clean), ApproveReview is bound to POST.
      code: `${nice.replace("OrdersDefinition", "ReviewsDefinition").replace("./gen/orders", "./gen/reviews")}client.submitReview(r, { retry: true });\nclient.approveReview(r, { retry: true });`,
      errors: [{ messageId: "niceRetryNonIdempotent", line: 6, column: 27 }],
    },
    {
      // Without the protos, the names are all there is: "Submit" changes state, "Approve" is no known verb.
      code: `${nice.replace("OrdersDefinition", "ReviewsDefinition").replace("./gen/orders", "./gen/reviews")}client.submitReview(r, { retry: true });\nclient.approveReview(r, { retry: true });`,
      settings: { "grpc-review": { protoRoots: [join(FIXTURES, "no-such-folder")] } },
      errors: [{ messageId: "niceRetryNonIdempotent", line: 5, column: 26 }],
    },
    {
      // Timers that bound an attempt are no wait between attempts: an abort timer and its
      // clearTimeout, or AbortSignal.timeout; these loops retry at once.
      code: `${header}const { createClient } = require("@connectrpc/connect");\nconst c = createClient(Svc, transport);\nasync function get(req) {\n  for (let n = 0; n < 3; n++) {\n    const controller = new AbortController();\n    const timer = setTimeout(() => controller.abort(), 1000);\n    try { return await c.getThing(req, { signal: controller.signal }); } catch (e) {\n      if (ConnectError.from(e).code !== Code.Unavailable) throw e;\n    } finally { clearTimeout(timer); }\n  }\n}\nasync function list(req) {\n  for (let n = 0; n < 3; n++) {\n    try { return await c.listThings(req, { signal: AbortSignal.timeout(1000) }); } catch (e) {\n      if (ConnectError.from(e).code !== Code.Unavailable) throw e;\n    }\n  }\n}`,
      errors: [
        { messageId: "noBackoff", line: 6, column: 3 },
        { messageId: "noBackoff", line: 15, column: 3 },
      ],
    },
    {
      // nice-grpc's deadline middleware reads a number as relative milliseconds (a Date as a time):
      // `deadline: 5000` in the loop is a new budget for every attempt, as a Date computed there is.
      code: `${nice}async function get(o) {\n  for (let n = 0; ; n++) {\n    try { return await client.getOrder(o, { deadline: 5000 }); } catch (e) {\n      if (e.code !== Status.UNAVAILABLE || n >= 3) throw e;\n      await new Promise((r) => setTimeout(r, Math.random() * 100 * 2 ** n));\n    }\n  }\n}\nasync function list(o) {\n  for (let n = 0; ; n++) {\n    try { return await client.listOrders(o, { deadline: new Date(Date.now() + 5000) }); } catch (e) {\n      if (e.code !== Status.UNAVAILABLE || n >= 3) throw e;\n      await new Promise((r) => setTimeout(r, Math.random() * 100 * 2 ** n));\n    }\n  }\n}`,
      errors: [
        { messageId: "freshDeadlinePerAttempt", line: 7, column: 55 },
        { messageId: "freshDeadlinePerAttempt", line: 15, column: 57 },
      ],
    },
  ] as InvalidTestCase<MessageIds, []>[]).map(invalidWithProtos),
});

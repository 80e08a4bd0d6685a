import type { ESLintUtils } from "@typescript-eslint/utils";
import rule from "../../rules/require-deadline.js";
import { fixtureCase, typedRuleTester, untypedRuleTester } from "../helpers/fixture-case.js";

type MessageIds = ESLintUtils.InferMessageIdsTypeFromRule<typeof rule>;

const typed = typedRuleTester();
const untyped = untypedRuleTester();

function split(paths: string[]) {
  const cases = paths.map((path) => fixtureCase<MessageIds>(path));
  return {
    valid: cases.filter((c) => c.errors.length === 0).map(({ errors: _errors, ...rest }) => rest),
    invalid: cases.filter((c) => c.errors.length > 0),
  };
}

typed.run(
  "require-deadline (typed fixtures)",
  rule,
  split([
    "require-deadline/grpc-js-typed.ts",
    "require-deadline/grpc-js-untyped.ts",
    "require-deadline/connect-v2.ts",
    "require-deadline/nice-grpc.ts",
    "require-deadline/not-grpc.ts",
    "require-deadline/client-class-members.ts",
    "require-deadline/grpc-web-and-nest.ts",
    "require-deadline/clients-held.ts",
    "require-deadline/clients-wrapped.ts",
    "require-deadline/odd-origins.ts",
    "require-deadline/sdk-wrapped-connect.ts",
    "require-deadline/clients-passed.ts",
    "require-deadline/protobuf-ts-clients.ts",
    "require-deadline/grpc-js-interceptors.ts",
    "require-deadline/grpc-js-interceptors-typed.ts",
    "connect-v1/connect-v1.ts",
  ]),
);

// The same fixtures without types: fields, parameters, getters and returns are followed in the file.
untyped.run(
  "require-deadline (untyped fixtures)",
  rule,
  (({ valid, invalid }) => ({
    valid: valid.map(({ filename: _filename, ...rest }) => rest),
    invalid: invalid.map(({ filename: _filename, ...rest }) => rest),
  }))(split(["require-deadline/clients-held.ts", "require-deadline/clients-wrapped.ts", "require-deadline/odd-origins.ts", "require-deadline/sdk-wrapped-connect.ts", "require-deadline/clients-passed.ts", "require-deadline/protobuf-ts-clients.ts"])),
);

// Without parser services: clients are found by tracing their construction in the file.
untyped.run("require-deadline (untyped)", rule, {
  valid: [
    (({ filename: _filename, errors: _errors, ...rest }) => rest)(fixtureCase("require-deadline/not-grpc.ts")),
    // Interceptor lists from another module cannot be seen without types: no verdict rather than a guess.
    (({ filename: _filename, errors: _errors, ...rest }) => rest)(fixtureCase("require-deadline/grpc-js-interceptors-typed.ts")),
    {
      name: "members of Object on an untyped client are not RPCs",
      code: `
        const grpc = require("@grpc/grpc-js");
        const client = new grpc.Client("localhost:50051", grpc.credentials.createInsecure());
        client.toString();
        client.hasOwnProperty("makeUnaryRequest");
        const { routeguide } = grpc.loadPackageDefinition(definition);
        new routeguide.RouteGuide("localhost:50051", creds).toString();
      `,
    },
    {
      name: "HTTP SDKs, repositories and caches with gRPC-like method names",
      code: `
        import * as grpc from "@grpc/grpc-js";
        const stripe = require("stripe")(key);
        stripe.charge({ amount: 1 }, () => {});
        stripe.refunds.create({ charge: "c" });
        const repo = new OrderRepository(db);
        repo.get(id, (err, row) => {});
        cache.get("k");
      `,
    },
    {
      name: "Connect client on a transport with defaultTimeoutMs",
      code: `
        import { createClient } from "@connectrpc/connect";
        import { createGrpcTransport } from "@connectrpc/connect-node";
        const transport = createGrpcTransport({ baseUrl: "https://x", defaultTimeoutMs: 2000 });
        const client = createClient(Svc, transport);
        await client.say({});
      `,
    },
    {
      name: "nice-grpc client from a factory with deadlineMiddleware and a '*' default",
      code: `
        import { createClientFactory, createChannel } from "nice-grpc";
        import { deadlineMiddleware } from "nice-grpc-client-middleware-deadline";
        const client = createClientFactory().use(deadlineMiddleware).create(Def, createChannel("x"), { "*": { deadline: 1000 } });
        await client.get({});
      `,
    },
    {
      name: "a Connect transport passed in from elsewhere is not judged",
      code: `
        import { createClient } from "@connectrpc/connect";
        export function make(transport) { const client = createClient(Svc, transport); return client.say({}); }
      `,
    },
  ],
  invalid: [
    (({ filename: _filename, ...rest }) => rest)(fixtureCase<MessageIds>("require-deadline/grpc-js-untyped.ts")),
    // The same file without types: lists from another module are not followed, so only the in-file verdicts.
    (({ filename: _filename, ...rest }) => rest)(fixtureCase<MessageIds>("require-deadline/grpc-js-interceptors.ts")),
    (({ filename: _filename, ...rest }) => rest)(fixtureCase<MessageIds>("require-deadline/grpc-web-and-nest.ts")),
    {
      name: "grpc-js client from a grpc-tools module, in plain JavaScript style",
      code: `
        const grpc = require("@grpc/grpc-js");
        const services = require("./greeter_grpc_pb");
        const client = new services.GreeterClient("localhost:50051", grpc.credentials.createInsecure());
        client.sayHello(request, function (err, response) {});
      `,
      errors: [{ messageId: "missingDeadline", line: 5, column: 16 }],
    },
    {
      name: "nice-grpc without the middleware: the message says deadline does nothing",
      code: `
        import { createClient, createChannel } from "nice-grpc";
        const client = createClient(Def, createChannel("x"));
        await client.get({}, { deadline: 1000 });
      `,
      errors: [
        {
          messageId: "noDeadlineMiddleware",
          line: 4, column: 22,
          data: { method: "get" },
        },
      ],
    },
    {
      name: "Connect: timeoutMs 0 and a transport without defaultTimeoutMs",
      code: `
        import { createPromiseClient } from "@connectrpc/connect";
        import { createConnectTransport } from "@connectrpc/connect-node";
        const client = createPromiseClient(Svc, createConnectTransport({ baseUrl: "https://x", httpVersion: "2" }));
        await client.say({});
        await client.say({}, { timeoutMs: 0 });
      `,
      errors: [
        { messageId: "missingTimeout", line: 5, column: 22 },
        { messageId: "timeoutDisabled", line: 6, column: 43 },
      ],
    },
  ],
});

untyped.run("require-deadline: cancellation is not a deadline", rule, {
  valid: [
    {
      name: "acceptLocalCancellation accepts a signal, a timer and a race",
      options: [{ acceptLocalCancellation: true }],
      code: `
        import { createClient } from "@connectrpc/connect";
        import { createGrpcTransport } from "@connectrpc/connect-node";
        const client = createClient(Svc, createGrpcTransport({ baseUrl: "https://x" }));
        await client.say({}, { signal: AbortSignal.timeout(1000) });
        await Promise.race([client.say({}), new Promise((resolve) => setTimeout(resolve, 1000))]);
      `,
    },
  ],
  invalid: [
    {
      name: "a signal alone, a timer that aborts, a race with a timer",
      code: `
        import { createClient } from "@connectrpc/connect";
        import { createGrpcTransport } from "@connectrpc/connect-node";
        const client = createClient(Svc, createGrpcTransport({ baseUrl: "https://x" }));
        await client.say({}, { signal: AbortSignal.timeout(1000) });
        const controller = new AbortController();
        setTimeout(() => controller.abort(), 1000);
        await client.say({}, { signal: controller.signal });
        await Promise.race([client.say({}), new Promise((resolve) => setTimeout(resolve, 1000))]);
      `,
      errors: [
        { messageId: "cancellationOnly", line: 5, column: 22, data: { method: "say", how: "AbortSignal.timeout()" } },
        { messageId: "cancellationOnly", line: 8, column: 22, data: { method: "say", how: "a timer that aborts it" } },
        { messageId: "cancellationOnly", line: 9, column: 36, data: { method: "say", how: "a Promise.race with a timer" } },
      ],
    },
  ],
});

untyped.run("require-deadline: ignoreMethods exempts streams meant to stay open", rule, {
  valid: [
    {
      code: `
        import * as grpc from "@grpc/grpc-js";
        const proto = grpc.loadPackageDefinition(definition);
        const ads = new proto.envoy.AggregatedDiscoveryService("xds.internal:443", creds);
        ads.StreamAggregatedResources();
        const raw = new grpc.Client("xds.internal:443", creds);
        raw.makeBidiStreamRequest("/envoy.Ads/Stream", serialize, deserialize);
      `,
      options: [{ ignoreMethods: ["StreamAggregatedResources", "/envoy.Ads/Stream"] }],
    },
  ],
  invalid: [
    {
      code: `
        import * as grpc from "@grpc/grpc-js";
        const proto = grpc.loadPackageDefinition(definition);
        const ads = new proto.envoy.AggregatedDiscoveryService("xds.internal:443", creds);
        ads.StreamAggregatedResources();
        ads.FetchClusters({ name: "a" }, () => {});
      `,
      options: [{ ignoreMethods: ["StreamAggregatedResources"] }],
      errors: [{ messageId: "missingDeadline", line: 6, column: 13, data: { method: "FetchClusters" } }],
    },
  ],
});

untyped.run("require-deadline: odd code never throws", rule, {
  valid: [
    `
      import * as grpc from "@grpc/grpc-js";
      const pkg: any = grpc.loadPackageDefinition(def);
      const client = new pkg[name].Svc("t", creds);
      client[method](req, { deadline: Date.now() + 1 }, cb);
      client.get(...args);
      client.get(req, { ...unknownOptions }, cb);
      (client as any).get(req, opts, cb);
      client?.get?.(req, { deadline: d }, cb);
      new (pkg.a.b)("x").x?.(1, { parent: call });
      this.x.y();
      let z; z = z; z.get();
    `,
  ],
  invalid: [
    {
      code: `
        import * as grpc from "@grpc/grpc-js";
        const pkg: any = grpc.loadPackageDefinition(def);
        const client = new pkg.Svc("t", creds);
        client?.get(req, cb);
        client.get(req, { ...{ host: "x" } }, cb);
      `,
      errors: [
        { messageId: "missingDeadline", line: 5, column: 17 },
        { messageId: "missingDeadline", line: 6, column: 16 },
      ],
    },
  ],
});

untyped.run("require-deadline: nice-grpc middleware recognized by name", rule, {
  valid: [
    {
      name: "a deadline middleware re-exported from a local module",
      code: `
        import { createClientFactory, createChannel } from "nice-grpc";
        import { deadlineMiddleware } from ".";
        const client = createClientFactory().use(deadlineMiddleware).create(Def, createChannel("x"));
        await client.get({}, { deadline: new Date(Date.now() + 500) });
      `,
    },
  ],
  invalid: [
    {
      name: "other middleware does not give a deadline",
      code: `
        import { createClientFactory, createChannel } from "nice-grpc";
        import { retryMiddleware } from "nice-grpc-client-middleware-retry";
        const client = createClientFactory().use(retryMiddleware).create(Def, createChannel("x"));
        await client.get({});
      `,
      errors: [{ messageId: "noDeadlineMiddleware", line: 5, column: 22 }],
    },
  ],
});

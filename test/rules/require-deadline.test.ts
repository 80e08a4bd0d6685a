import type { ESLintUtils } from "@typescript-eslint/utils";
import rule from "../../rules/require-deadline.js";
import { fixtureCase, typedRuleTester, untypedRuleTester } from "../helpers/fixture-case.js";

type MessageIds = ESLintUtils.InferMessageIdsTypeFromRule<typeof rule>;

const typed = typedRuleTester();
const untyped = untypedRuleTester();

// What the addDeadline suggestion writes, per library.
const D = "{ deadline: Date.now() + 10000 }";
const T = "{ timeoutMs: 10000 }";
const N = "{ deadline: 10000 }";
const R = "{ timeout: 10000 }";
const SUGGESTING = new Set<string>(["missingDeadline", "missingTimeout", "missingTimeoutUnseenTransport", "missingNiceDeadline", "missingRpcTimeout"]);

/** `[search, replacement]` on the reported line: the suggestion's output; null: no suggestion. */
type Edit = readonly [search: string, replacement: string] | null;
type Edits = Record<string, Edit>;

/**
 * Gives each missing-deadline report of a case its expected suggestion, keyed by `line` (or
 * `line@column` when a line has several). A report with no entry is a test error, so every
 * report says whether it gets an edit.
 */
function suggested<T extends { name?: string; code: string; errors: readonly { messageId: MessageIds; line?: number; column?: number }[] }>(test: T, edits: Edits): T {
  const lines = test.code.split("\n");
  return {
    ...test,
    errors: test.errors.map((error) => {
      if (!SUGGESTING.has(error.messageId)) return error;
      const key = `${error.line}@${error.column}` in edits ? `${error.line}@${error.column}` : String(error.line);
      const edit = edits[key];
      if (edit === undefined) throw new Error(`${test.name ?? "case"}:${error.line}: no expected suggestion given`);
      if (edit === null) return { ...error, suggestions: [] };
      const [search, replacement] = edit;
      const line = lines[error.line! - 1]!;
      if (line.split(search).length !== 2) throw new Error(`${test.name ?? "case"}:${error.line}: "${search}" is not on the line once`);
      const output = [...lines.slice(0, error.line! - 1), line.replace(search, () => replacement), ...lines.slice(error.line!)].join("\n");
      return { ...error, suggestions: [{ messageId: "addDeadline" as const, output }] };
    }),
  };
}

// Generated typings declare grpc-js call options only after a Metadata for unary calls
// (`(request, metadata, options, callback)`): inserting between request and callback would not compile.
const GRPC_JS_TYPED: Edits = {
  19: null,
  20: ["(request, metadata, reply)", `(request, metadata, ${D}, reply)`],
  21: ['{ host: "greeter" }', '{ host: "greeter", deadline: Date.now() + 10000 }'],
  27: ["(request)", `(request, ${D})`],
  30: ["(reply)", `(${D}, reply)`],
  31: ["(metadata, reply)", `(metadata, ${D}, reply)`],
  34: ["chat()", `chat(${D})`],
  35: ["(metadata)", `(metadata, ${D})`],
  // A spread and a helper's result may carry a deadline at run time: no edit.
  51: null,
  60: null,
  64: null,
  66: ["chat()", `chat(${D})`],
  67: null,
  74: ["request, reply)", `request, ${D}, reply)`],
  76: ["request, metadata)", `request, metadata, ${D})`],
};
const GRPC_JS_UNTYPED: Edits = {
  18: ["({ name }, (error", `({ name }, ${D}, (error`],
  24: ['({ name: "a" }, () => {})', `({ name: "a" }, ${D}, () => {})`],
  25: ['({ name: "a" })', `({ name: "a" }, ${D})`],
};
const CONNECT_V2: Edits = {
  16: ['({ sentence: "hi" })', `({ sentence: "hi" }, ${T})`],
  17: ['{ headers: { "x-id": "1" } }', '{ headers: { "x-id": "1" }, timeoutMs: 10000 }'],
  24: ['({ sentence: "hi" })', `({ sentence: "hi" }, ${T})`],
  27: ['({ sentence: "hi" })', `({ sentence: "hi" }, ${T})`],
  31: ['({ sentence: "hi" })', `({ sentence: "hi" }, ${T})`],
  // A callback client takes the options last, after the callback.
  32: ["() => {})", `() => {}, ${T})`],
  "45@31": ['({ sentence: "a" })', `({ sentence: "a" }, ${T})`],
  "45@63": ['({ sentence: "b" })', `({ sentence: "b" }, ${T})`],
  50: ['({ sentence: "hi" })', `({ sentence: "hi" }, ${T})`],
};
const NICE_GRPC: Edits = {
  18: ['({ name: "a" })', `({ name: "a" }, ${N})`],
  26: ['({ name: "a" })', `({ name: "a" }, ${N})`],
  36: ['({ name: "a" })', `({ name: "a" }, ${N})`],
};
const CLIENTS_HELD: Edits = {
  34: ["({ sentence })", `({ sentence }, ${T})`],
  36: ["({ sentence })", `({ sentence }, ${T})`],
  38: ["({ sentence })", `({ sentence }, ${T})`],
  60: null,
  79: ["(request)", `(request, ${D})`],
};
const CLIENTS_WRAPPED: Edits = {
  // A promisified method's type takes no options argument.
  17: null,
  21: ["metadata, () => {})", `metadata, ${D}, () => {})`],
  31: ["new grpc.Metadata(), () => {})", `new grpc.Metadata(), ${D}, () => {})`],
};
const CLIENTS_PASSED: Edits = {
  // An `any` client: every argument list compiles.
  11: ["({ name }, () => {})", `({ name }, ${D}, () => {})`],
  15: ['({ name: "n" })', `({ name: "n" }, ${D})`],
  40: null,
};
const PROTOBUF_TS: Edits = {
  13: ["({ sentence })", `({ sentence }, ${R})`],
  21: ['({ sentence: "hi" })', `({ sentence: "hi" }, ${R})`],
  // A bidi call takes only options: the object literal is them.
  29: ["converse({})", `converse(${R})`],
};
// Interceptors see the options and may pass on another deadline: only the client without any gets an edit.
const GRPC_JS_INTERCEPTORS: Edits = { 34: null, 35: ['({ name: "a" }, () => {})', `({ name: "a" }, ${D}, () => {})`], 42: null, 45: null, 71: null };
const GRPC_JS_INTERCEPTORS_TYPED: Edits = { 11: null, 12: null };
const SDK_WRAPPED_CONNECT: Edits = { 11: ["({ sentence }, {})", `({ sentence }, ${T})`], 12: ["({ sentence })", `({ sentence }, ${T})`] };
const CONNECT_V1: Edits = {
  17: ['({ sentence: "hi" })', `({ sentence: "hi" }, ${T})`],
  19: ['({ sentence: "hi" })', `({ sentence: "hi" }, ${T})`],
  20: ["() => {})", `() => {}, ${T})`],
};

const EDITS: Record<string, Edits> = {
  "require-deadline/grpc-js-typed.ts": GRPC_JS_TYPED,
  "require-deadline/grpc-js-untyped.ts": GRPC_JS_UNTYPED,
  "require-deadline/connect-v2.ts": CONNECT_V2,
  "require-deadline/nice-grpc.ts": NICE_GRPC,
  "require-deadline/clients-held.ts": CLIENTS_HELD,
  "require-deadline/clients-wrapped.ts": CLIENTS_WRAPPED,
  "require-deadline/clients-passed.ts": CLIENTS_PASSED,
  "require-deadline/protobuf-ts-clients.ts": PROTOBUF_TS,
  "require-deadline/grpc-js-interceptors.ts": GRPC_JS_INTERCEPTORS,
  "require-deadline/grpc-js-interceptors-typed.ts": GRPC_JS_INTERCEPTORS_TYPED,
  "require-deadline/sdk-wrapped-connect.ts": SDK_WRAPPED_CONNECT,
  "connect-v1/connect-v1.ts": CONNECT_V1,
  "require-deadline/protobufjs-typed.ts": { 8: ["new grpc.Metadata(), callback)", `new grpc.Metadata(), ${D}, callback)`] },
  // grpc-js's typings take options between the argument and the callback of a generic call.
  "require-deadline/project-modules/inherited-field.ts": { 10: ["Buffer.alloc(0), () => undefined)", `Buffer.alloc(0), ${D}, () => undefined)`] },
};

/**
 * Without types, a TypeScript file gets no edit between a request and a callback (its typings may
 * not take options there); at the end of the arguments, or after a Metadata, it does.
 */
const UNTYPED_EDITS: Record<string, Edits> = {
  ...EDITS,
  "require-deadline/clients-passed.ts": { ...CLIENTS_PASSED, 11: null },
  "require-deadline/grpc-js-untyped.ts": { ...GRPC_JS_UNTYPED, 18: null, 24: null },
  "require-deadline/grpc-js-interceptors.ts": { ...GRPC_JS_INTERCEPTORS, 35: null },
  // One argument to a protobuf-ts call may be the input or the options: no edit.
  "require-deadline/protobuf-ts-clients.ts": { ...PROTOBUF_TS, 29: null },
};

/** A protobufjs service and clients reached through other modules (classes, getters, aliases). */
const PROJECT_MODULES = [
  "require-deadline/project-modules/connection.ts",
  "require-deadline/project-modules/greeter-client.ts",
  "require-deadline/project-modules/plain-subclass.ts",
  "require-deadline/project-modules/base-client.ts",
  "require-deadline/project-modules/service-types.ts",
  "require-deadline/project-modules/inherited-field.ts",
  "require-deadline/project-modules/cyclic-bases-a.ts",
  "require-deadline/project-modules/cyclic-bases-b.ts",
];

function split(paths: string[], edits: Record<string, Edits> = EDITS) {
  const cases = paths.map((path) => suggested(fixtureCase<MessageIds>(path), edits[path] ?? {}));
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
    "require-deadline/protobufjs-typed.ts",
    ...PROJECT_MODULES,
  ]),
);

// Without types, but with the files' real paths: relative imports are followed into the modules
// they name (bases, getters, type aliases), as the checker follows them when typed.
untyped.run(
  "require-deadline (untyped, across the project's modules)",
  rule,
  split(PROJECT_MODULES, { ...UNTYPED_EDITS, "require-deadline/project-modules/inherited-field.ts": { 10: null } }),
);

// The same fixtures without types: fields, parameters, getters and returns are followed in the file.
untyped.run(
  "require-deadline (untyped fixtures)",
  rule,
  (({ valid, invalid }) => ({
    valid: valid.map(({ filename: _filename, ...rest }) => rest),
    invalid: invalid.map(({ filename: _filename, ...rest }) => rest),
  }))(
    split(
      ["require-deadline/clients-held.ts", "require-deadline/clients-wrapped.ts", "require-deadline/odd-origins.ts", "require-deadline/sdk-wrapped-connect.ts", "require-deadline/clients-passed.ts", "require-deadline/protobuf-ts-clients.ts"],
      UNTYPED_EDITS,
    ),
  ),
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
    (({ filename: _filename, ...rest }) => rest)(suggested(fixtureCase<MessageIds>("require-deadline/grpc-js-untyped.ts"), UNTYPED_EDITS["require-deadline/grpc-js-untyped.ts"]!)),
    // The same file without types: lists from another module are not followed, so only the in-file verdicts.
    (({ filename: _filename, ...rest }) => rest)(suggested(fixtureCase<MessageIds>("require-deadline/grpc-js-interceptors.ts"), UNTYPED_EDITS["require-deadline/grpc-js-interceptors.ts"]!)),
    (({ filename: _filename, ...rest }) => rest)(fixtureCase<MessageIds>("require-deadline/grpc-web-and-nest.ts")),
    {
      name: "grpc-js client from a grpc-tools module, in plain JavaScript style",
      // JavaScript: grpc-js takes `(request, options, callback)` (client.ts checkOptionalUnaryResponseArguments).
      filename: "client.js",
      code: `
        const grpc = require("@grpc/grpc-js");
        const services = require("./greeter_grpc_pb");
        const client = new services.GreeterClient("localhost:50051", grpc.credentials.createInsecure());
        client.sayHello(request, function (err, response) {});
      `,
      errors: [
        {
          messageId: "missingDeadline",
          line: 5,
          column: 16,
          suggestions: [
            {
              messageId: "addDeadline",
              data: { entry: "deadline: Date.now() + 10000", seconds: 10 },
              output: `
        const grpc = require("@grpc/grpc-js");
        const services = require("./greeter_grpc_pb");
        const client = new services.GreeterClient("localhost:50051", grpc.credentials.createInsecure());
        client.sayHello(request, { deadline: Date.now() + 10000 }, function (err, response) {});
      `,
            },
          ],
        },
      ],
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
        {
          messageId: "missingTimeout",
          line: 5,
          column: 22,
          suggestions: [
            {
              messageId: "addDeadline",
              data: { entry: "timeoutMs: 10000", seconds: 10 },
              output: `
        import { createPromiseClient } from "@connectrpc/connect";
        import { createConnectTransport } from "@connectrpc/connect-node";
        const client = createPromiseClient(Svc, createConnectTransport({ baseUrl: "https://x", httpVersion: "2" }));
        await client.say({}, { timeoutMs: 10000 });
        await client.say({}, { timeoutMs: 0 });
      `,
            },
          ],
        },
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
      filename: "discovery.js",
      options: [{ ignoreMethods: ["StreamAggregatedResources"] }],
      errors: [
        {
          messageId: "missingDeadline",
          line: 6,
          column: 13,
          data: { method: "FetchClusters" },
          suggestions: [
            {
              messageId: "addDeadline",
              output: `
        import * as grpc from "@grpc/grpc-js";
        const proto = grpc.loadPackageDefinition(definition);
        const ads = new proto.envoy.AggregatedDiscoveryService("xds.internal:443", creds);
        ads.StreamAggregatedResources();
        ads.FetchClusters({ name: "a" }, ${D}, () => {});
      `,
            },
          ],
        },
      ],
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
        {
          messageId: "missingDeadline",
          line: 5,
          column: 17,
          // A TypeScript file without types: between request and callback its typings may not take options.
          suggestions: [],
        },
        // A spread in the options may carry a deadline (here it does not, but no edit guesses).
        { messageId: "missingDeadline", line: 6, column: 16, suggestions: [] },
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

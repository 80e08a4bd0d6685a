import rule from "../../rules/no-l4-target.js";
import { fixtureCase, typedRuleTester, untypedRuleTester } from "../helpers/fixture-case.js";

typedRuleTester().run("no-l4-target", rule, {
  valid: [fixtureCase("no-l4-target/clean.ts")],
  invalid: [fixtureCase("no-l4-target/flagged.ts")],
});

const header = 'const grpc = require("@grpc/grpc-js");\n';

untypedRuleTester().run("no-l4-target (untyped)", rule, {
  valid: [
    // Odd shapes: spread arguments, computed option keys, unknown configs.
    `${header}new grpc.Client(...args);`,
    `${header}const key = "grpc.service_config"; new grpc.Client("a.b.svc:1", creds, { [key]: cfg });`,
    `${header}new grpc.Client("a.b.svc:1", creds, { "grpc.service_config": loadConfig() });`,
    `${header}new grpc.Client("a.b.svc:1", creds, { "grpc.service_config": JSON.stringify({ loadBalancingConfig: policies }) });`,
    // A user pattern that is not a valid regular expression is ignored.
    { code: `${header}new grpc.Client("orders.lb.corp:443", creds);`, settings: { "grpc-review": { l4TargetPatterns: ["("] } } },
    // Not a gRPC file at all.
    'new Client("a.b.svc.cluster.local:1");',
  ],
  invalid: [
    fixtureCase("no-l4-target/untyped.js"),
    {
      code: `${header}new grpc.Client("orders.lb.corp:443", creds);`,
      settings: { "grpc-review": { l4TargetPatterns: ["\\.lb\\.corp$"] } },
      errors: [{ messageId: "l4Target", line: 2, column: 17 }],
    },
    {
      code: `${header}const client = new grpc.Client(\n  "orders.prod.svc:50051",\n  grpc.credentials.createInsecure(),\n);`,
      errors: [
        {
          messageId: "l4Target",
          line: 3,
          column: 3,
          data: { host: "orders.prod.svc", label: "a Kubernetes Service name (ClusterIP)", policies: "" },
        },
      ],
    },
  ],
});

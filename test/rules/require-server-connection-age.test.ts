import rule from "../../rules/require-server-connection-age.js";
import { fixtureCase, typedRuleTester, untypedRuleTester } from "../helpers/fixture-case.js";

typedRuleTester().run("require-server-connection-age", rule, {
  valid: [fixtureCase("require-server-connection-age/clean.ts")],
  invalid: [fixtureCase("require-server-connection-age/flagged.ts")],
});

untypedRuleTester().run("require-server-connection-age (untyped)", rule, {
  valid: [
    fixtureCase("require-server-connection-age/untyped-clean.js"),
    // Odd shapes: computed keys and a spread leave the options unknown.
    'const grpc = require("@grpc/grpc-js"); const key = "x"; new grpc.Server({ [key]: 1 });',
    'const grpc = require("@grpc/grpc-js"); new grpc.Server(...args);',
    "new Server();",
  ],
  invalid: [
    fixtureCase("require-server-connection-age/untyped-flagged.js"),
    {
      code: 'import { Server as GrpcServer } from "@grpc/grpc-js";\nexport const s = new GrpcServer();',
      errors: [{ messageId: "missingConnectionAge", line: 2, column: 22 }],
    },
  ],
});

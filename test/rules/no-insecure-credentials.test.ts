import rule from "../../rules/no-insecure-credentials.js";
import { fixtureCase, typedRuleTester, untypedRuleTester } from "../helpers/fixture-case.js";

const mesh: [{ meshTargets: string[] }] = [{ meshTargets: ["\\.mesh\\.local$", "("] }];

typedRuleTester().run("no-insecure-credentials", rule, {
  valid: [fixtureCase("no-insecure-credentials/clean.ts")],
  invalid: [fixtureCase("no-insecure-credentials/flagged.ts")],
});

const header = 'const grpc = require("@grpc/grpc-js");\n';

untypedRuleTester().run("no-insecure-credentials (untyped)", rule, {
  valid: [
    // Odd shapes never crash.
    `${header}new grpc.Channel(...args);`,
    `${header}server.bindAsync(addr, grpc.ServerCredentials.createInsecure(), cb);`,
    `${header}new grpc.Channel(\`\${host}:50051\`, grpc.credentials.createInsecure(), {});`,
    // Something else's createInsecure.
    'const other = require("other");\nconst grpc = require("@grpc/grpc-js");\nnew grpc.Channel("a.example:1", other.credentials.createInsecure(), {});',
    // Not a gRPC file.
    'new Channel("a.example:1", credentials.createInsecure());',
  ],
  invalid: [
    { ...fixtureCase("no-insecure-credentials/untyped.js"), options: mesh },
    {
      code: `${header}const s = new grpc.Server();\ns.bindAsync(":50051", grpc.ServerCredentials.createInsecure(), () => {});`,
      errors: [{ messageId: "insecureServer", line: 3, column: 23 }],
    },
  ],
});

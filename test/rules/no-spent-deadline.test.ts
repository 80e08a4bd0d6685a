import rule from "../../rules/no-spent-deadline.js";
import { fixtureCase, typedRuleTester, untypedRuleTester } from "../helpers/fixture-case.js";

typedRuleTester().run("no-spent-deadline", rule, {
  valid: [fixtureCase("no-spent-deadline/clean.ts")],
  invalid: [fixtureCase("no-spent-deadline/flagged.ts")],
});

const header = 'const grpc = require("@grpc/grpc-js");\nconst { GreeterClient } = require("./greeter_grpc_pb");\nconst c = new GreeterClient("a:1", creds);\n';

untypedRuleTester().run("no-spent-deadline (untyped)", rule, {
  valid: [
    // Deadlines from parameters or helpers the rule cannot read.
    `${header}function f(deadline) { c.sayHello({}, { deadline }, cb); }`,
    `${header}function f() { c.sayHello({}, { ...opts }, cb); }`,
    // A relative duration is another rule's business.
    `${header}const d = 5000;\nfunction f() { c.sayHello({}, { deadline: d }, cb); }`,
    // Not a gRPC file.
    "const d = Date.now() + 1;\nfunction f() { c.sayHello({}, { deadline: d }, cb); }",
  ],
  invalid: [
    fixtureCase("no-spent-deadline/untyped.js"),
    {
      code: `${header}const d = Date.now() + 5000;\nexports.handler = async () => c.sayHello({}, { deadline: d }, cb);`,
      errors: [{ messageId: "moduleDeadline", line: 5, column: 33, data: { method: "sayHello", line: "4" } }],
    },
  ],
});

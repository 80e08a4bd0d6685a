import rule from "../../rules/no-client-per-call.js";
import { fixtureCase, typedRuleTester, untypedRuleTester } from "../helpers/fixture-case.js";

typedRuleTester().run("no-client-per-call", rule, {
  valid: [fixtureCase("no-client-per-call/clean.ts")],
  invalid: [fixtureCase("no-client-per-call/flagged.ts")],
});

const header = 'const grpc = require("@grpc/grpc-js");\nconst { GreeterClient } = require("./greeter_grpc_pb");\n';

untypedRuleTester().run("no-client-per-call (untyped)", rule, {
  valid: [
    // Odd shapes never crash and report nothing.
    `${header}function f() { const { a } = new GreeterClient(); a(); }`,
    `${header}function f(list) { list.push(new GreeterClient("a:1", creds)); list[0].sayHello({}, cb); }`,
    // Destructured or spread away: not followed, not reported.
    `${header}function f() { const c = new GreeterClient("a:1", creds); const o = { c }; o.c.sayHello({}, cb); }`,
    // Not a gRPC file.
    "function f() { const c = new Client(); c.get(); }",
    // HTTP/1.1 or unknown httpVersion: Node's agent pools the connection.
    `const { createConnectTransport } = require("@connectrpc/connect-node");\nconst { createClient } = require("@connectrpc/connect");\nfunction f(v) { createClient(S, createConnectTransport({ baseUrl: "https://a", httpVersion: v })).say({}); }`,
  ],
  invalid: [
    fixtureCase("no-client-per-call/untyped.js"),
    {
      code: `${header}exports.handler = async (event) => {\n  const client = new GreeterClient("a:1", grpc.credentials.createSsl());\n  client.sayHello({ name: event.name }, () => {});\n};`,
      errors: [{ messageId: "clientPerCall", line: 4, column: 18 }],
    },
  ],
});

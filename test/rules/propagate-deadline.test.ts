import rule from "../../rules/propagate-deadline.js";
import { fixtureCase, typedRuleTester, untypedRuleTester } from "../helpers/fixture-case.js";

typedRuleTester().run("propagate-deadline", rule, {
  valid: [fixtureCase("propagate-deadline/grpc-js-clean.ts")],
  invalid: [
    fixtureCase("propagate-deadline/grpc-js-flagged.ts"),
    fixtureCase("propagate-deadline/connect.ts"),
    fixtureCase("propagate-deadline/nice-grpc.ts"),
    fixtureCase("propagate-deadline/connect-rpc.ts"),
  ],
});

// Handlers registered with `router.rpc` and NestJS controller methods, without types.
untypedRuleTester().run("propagate-deadline (untyped router.rpc and NestJS)", rule, {
  valid: [
    {
      name: "an rpc() call that is not Connect's router is no registration",
      code: `
        import * as grpc from "@grpc/grpc-js";
        const downstream = new grpc.Client("x:1", grpc.credentials.createInsecure());
        jsonRpc.rpc("getFeature", (request, ctx) => downstream.makeUnaryRequest("/a.B/C", s, d, request, () => {}));
      `,
    },
  ],
  invalid: [
    (({ filename: _filename, ...rest }) => rest)(fixtureCase<"notPropagated">("propagate-deadline/connect-rpc.ts")),
    {
      name: "a NestJS @GrpcMethod handler calling a grpc-js client",
      code: [
        'import { Controller } from "@nestjs/common";',
        'import { GrpcMethod } from "@nestjs/microservices";',
        'import * as grpc from "@grpc/grpc-js";',
        'import { GreeterClient } from "./greeter_grpc_pb";',
        'const downstream = new GreeterClient("x:1", grpc.credentials.createInsecure());',
        "@Controller()",
        "export class HeroesController {",
        '  @GrpcMethod("HeroService", "FindOne")',
        "  findOne(data, metadata, call) {",
        "    downstream.sayHello(data, new grpc.Metadata(), { parent: call }, () => {});",
        "    downstream.sayHello(data, new grpc.Metadata(), { deadline: call.getDeadline() }, () => {});",
        "    downstream.sayHello(data, () => {});",
        "  }",
        "}",
      ].join("\n"),
      errors: [{ messageId: "notPropagated", line: 12, column: 5 }],
    },
  ],
});

const setup = `
const grpc = require("@grpc/grpc-js");
const routeguide = grpc.loadPackageDefinition(definition).routeguide;
const downstream = new routeguide.RouteGuide("dns:///features:50051", grpc.credentials.createInsecure());
const server = new grpc.Server();
`;

untypedRuleTester().run("propagate-deadline (untyped)", rule, {
  valid: [
    // Spread arguments and options from elsewhere: the rule cannot see them.
    `${setup}server.addService(svc, { getFeature(call, callback) { downstream.getFeature(call.request, ...rest); } });`,
    `${setup}server.addService(svc, { getFeature(call, callback) { downstream.getFeature(call.request, new grpc.Metadata(), makeOptions(call), callback); } });`,
    // Optional chaining on the client, with parent.
    `${setup}server.addService(svc, { getFeature(call, callback) { downstream?.getFeature(call.request, new grpc.Metadata(), { parent: call }, callback); } });`,
    // A generator and a method with a computed key are not calls; a handler that is not registered is not a handler.
    `${setup}const impl = { *[Symbol.iterator]() { yield 1; } }; function later(call, cb) { downstream.getFeature(call.request, cb); }`,
  ],
  invalid: [
    fixtureCase("propagate-deadline/untyped.js"),
    {
      code: `${setup}server.addService(svc, {\n  ["getFeature"](call, callback) {\n    downstream["getFeature"](call.request, callback);\n  },\n});`,
      errors: [{ messageId: "notPropagated", line: 8, column: 5 }],
    },
    {
      // A destructured call cannot be passed on as \`parent\`.
      code: `${setup}server.addService(svc, {\n  getFeature({ request }, callback) {\n    downstream.getFeature(request, callback);\n  },\n});`,
      errors: [{ messageId: "notPropagated", line: 8, column: 5 }],
    },
  ],
});

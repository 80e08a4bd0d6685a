import rule from "../../rules/no-browser-request-stream.js";
import { join } from "node:path";
import { FIXTURES, fixtureCase, typedRuleTester, untypedRuleTester } from "../helpers/fixture-case.js";

typedRuleTester().run("no-browser-request-stream", rule, {
  valid: [fixtureCase("no-browser-request-stream/clean.ts")],
  invalid: [fixtureCase("no-browser-request-stream/flagged.ts")],
});

// The protos of this folder say which methods stream requests (absolute: a fixture file's cases run with cwd "/").
const settings = { "grpc-review": { protoRoots: [join(FIXTURES, "no-browser-request-stream")] } };
const header =
  'const { createClient } = require("@connectrpc/connect");\nconst { createConnectTransport } = require("@connectrpc/connect-web");\nconst { RouteGuideService } = require("./gen/route_guide_connect");\n';

untypedRuleTester().run("no-browser-request-stream (untyped)", rule, {
  valid: [
    // Unary and server streaming are fine in a browser.
    { code: `${header}const c = createClient(RouteGuideService, createConnectTransport({ baseUrl: "/" }));\nc.getFeature({}, { timeoutMs: 1 });\nc.listFeatures({}, { timeoutMs: 1 });`, settings },
    // connect-node transports stream requests over HTTP/2.
    {
      code: 'const { createClient } = require("@connectrpc/connect");\nconst { createGrpcTransport } = require("@connectrpc/connect-node");\nconst c = createClient(S, createGrpcTransport({ baseUrl: "https://a" }));\nc.recordRoute(points, { timeoutMs: 1 });',
      settings,
    },
    // A method the protos do not know: no guess.
    { code: `${header}const c = createClient(RouteGuideService, createConnectTransport({ baseUrl: "/" }));\nc.uploadEverything(points);`, settings },
    // No protos in sight: the shape is unknown, nothing is reported.
    { code: `${header}const c = createClient(RouteGuideService, createConnectTransport({ baseUrl: "/" }));\nc.recordRoute(points);`, settings: { "grpc-review": { protoRoots: [join(FIXTURES, "no-such-folder")] } } },
  ],
  invalid: [
    { ...fixtureCase("no-browser-request-stream/untyped.js"), settings },
    {
      code: `${header}const c = createClient(RouteGuideService, createConnectTransport({ baseUrl: "/" }));\nc.recordRoute(points);`,
      settings,
      errors: [{ messageId: "clientStreamInBrowser", line: 5, column: 3 }],
    },
  ],
});

import rule from "../../rules/valid-channel-options.js";
import { fixtureCase, typedRuleTester, untypedRuleTester } from "../helpers/fixture-case.js";

const longLived: [{ longLivedMethods: string[] }] = [{ longLivedMethods: ["listFeatures"] }];

typedRuleTester().run("valid-channel-options", rule, {
  valid: [{ ...fixtureCase("valid-channel-options/clean.ts"), options: longLived }],
  invalid: [{ ...fixtureCase("valid-channel-options/flagged.ts"), options: longLived }],
});

const header = 'const grpc = require("@grpc/grpc-js");\n';

untypedRuleTester().run("valid-channel-options (untyped)", rule, {
  valid: [
    // Odd shapes: spread arguments, computed keys, values that are not static.
    `${header}new grpc.Channel(...args);`,
    `${header}const k = key(); new grpc.Channel("a:1", creds, { [k]: 1 });`,
    `${header}new grpc.Channel("a:1", creds, { "grpc.keepalive_time_ms": readMs() });`,
    // keepalive_time_ms 0 or negative turns keepalive off in grpc-js.
    `${header}new grpc.Channel("a:1", creds, { "grpc.keepalive_time_ms": 0 });`,
    // Without keepalive there are no pings to permit.
    `${header}new grpc.Channel("a:1", creds, { "grpc.keepalive_permit_without_calls": 1 });`,
    // -1 on a client only lifts the client's own limit on replies it asked for.
    `${header}new grpc.Channel("a:1", creds, { "grpc.max_receive_message_length": -1 });`,
    // No longLivedMethods configured: streams are not checked.
    `${header}const { GreeterClient } = require("./greeter_grpc_pb");\nconst c = new GreeterClient("a:1", creds);\nc.watch({});`,
    // An application key outside grpc's namespaces, near no known key: it separates channels.
    `${header}new grpc.Channel("a:1", creds, { channelId: 7 });`,
    // Not a gRPC file.
    'new Channel("a:1", creds, { "grpc.typo": 1 });',
  ],
  invalid: [
    fixtureCase("valid-channel-options/untyped.js"),
    {
      code: `${header}const { GreeterClient } = require("./greeter_grpc_pb");\nconst c = new GreeterClient("a:1", creds);\nfunction w() { c.watch({}); }`,
      options: [{ longLivedMethods: ["watch"] }],
      errors: [{ messageId: "streamWithoutKeepalive", line: 3, column: 11 }],
    },
    {
      code: `${header}new grpc.Channel("a:1", creds, { "grpc.keepalive-time-ms": 300000 });`,
      errors: [{ messageId: "unknownOptionSuggest", line: 2, column: 34, data: { key: "grpc.keepalive-time-ms", suggestion: "grpc.keepalive_time_ms" } }],
    },
    {
      // Outside grpc's namespace but close to a known key: a likely mistake all the same.
      code: `${header}new grpc.Channel("a:1", creds, { keepalive_time_ms: 300000 });`,
      errors: [{ messageId: "unknownOptionSuggest", line: 2, column: 34, data: { key: "keepalive_time_ms", suggestion: "grpc.keepalive_time_ms" } }],
    },
  ],
});

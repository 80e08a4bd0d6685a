import rule from "../../rules/no-relative-deadline.js";
import { fixtureCase, typedRuleTester, untypedRuleTester } from "../helpers/fixture-case.js";

const typed = typedRuleTester();
const untyped = untypedRuleTester();

/**
 * A fixture with its expected reports, each with the `Date.now() + ...` suggestion applied to the
 * marked line (the value after `deadline:`, or waitForReady's first argument).
 */
function withSuggestions(relativePath: string) {
  const fixture = fixtureCase(relativePath);
  const lines = fixture.code.split("\n");
  return {
    ...fixture,
    errors: fixture.errors.map((error) => {
      const line = lines[error.line - 1];
      const match = /deadline: ([^},]+?)\s*}/.exec(line) ?? /waitForReady\(([^,]+),/.exec(line);
      if (!match) throw new Error(`no deadline value on line ${error.line} of ${relativePath}`);
      const value = match[1];
      const wrapped = /^[\w.]+$/.test(value) ? value : `(${value})`;
      const fixedLine = line.slice(0, match.index) + match[0].replace(value, `Date.now() + ${wrapped}`) + line.slice(match.index + match[0].length);
      const output = [...lines.slice(0, error.line - 1), fixedLine, ...lines.slice(error.line)].join("\n");
      return { ...error, data: { text: value }, suggestions: [{ messageId: "addNow" as const, data: { text: wrapped }, output }] };
    }),
  } as never;
}

typed.run("no-relative-deadline (typed fixtures)", rule, {
  valid: [(({ errors: _errors, ...rest }) => rest)(fixtureCase("no-relative-deadline/nice-grpc.ts"))],
  invalid: [withSuggestions("no-relative-deadline/grpc-js.ts"), withSuggestions("no-relative-deadline/untyped.ts")],
});

untyped.run("no-relative-deadline (untyped)", rule, {
  valid: [
    {
      name: "nice-grpc reads a number as relative",
      code: `
        import { createClientFactory, createChannel } from "nice-grpc";
        import { deadlineMiddleware } from "nice-grpc-client-middleware-deadline";
        const client = createClientFactory().use(deadlineMiddleware).create(Def, createChannel("x"));
        await client.get({}, { deadline: 5000 });
      `,
    },
    {
      name: "not a gRPC client",
      code: `
        import * as grpc from "@grpc/grpc-js";
        const job = scheduler.schedule(task, { deadline: 5000 });
        const cfg = { deadline: 5000 };
      `,
    },
  ],
  invalid: [
    {
      code: `
        const grpc = require("@grpc/grpc-js");
        const services = require("./greeter_grpc_pb");
        const client = new services.GreeterClient("x:1", grpc.credentials.createInsecure());
        const timeoutMs = 3000;
        client.sayHello(req, new grpc.Metadata(), { deadline: timeoutMs }, cb);
      `,
      errors: [
        {
          messageId: "relativeDeadline",
          line: 6, column: 63,
          suggestions: [
            {
              messageId: "addNow",
              output: `
        const grpc = require("@grpc/grpc-js");
        const services = require("./greeter_grpc_pb");
        const client = new services.GreeterClient("x:1", grpc.credentials.createInsecure());
        const timeoutMs = 3000;
        client.sayHello(req, new grpc.Metadata(), { deadline: Date.now() + timeoutMs }, cb);
      `,
            },
          ],
        },
      ],
    },
  ],
});

untyped.run("no-relative-deadline: odd code never throws", rule, {
  valid: [
    `
      import * as grpc from "@grpc/grpc-js";
      const pkg: any = grpc.loadPackageDefinition(def);
      const client = new pkg[name].Svc("t", creds);
      client[method](req, { deadline: Date.now() + 5 }, cb);
      client.get(...args);
      client.get(req, { ...unknown }, cb);
      client?.get?.(req, { deadline: a ? b : c }, cb);
      client.get(req, { [key]: 1 }, cb);
      client.waitForReady?.(deadline, cb);
      (client as any).get(req, { deadline: fn() }, cb);
      let z; z = z; z.get({ deadline: z });
    `,
  ],
  invalid: [],
});

import { describe, expect, it } from "vitest";
import { recognize } from "./recognize.js";

describe("call recognition without types", () => {
  it("finds calls on clients built from loadPackageDefinition, through variables and casts", () => {
    const calls = recognize(`
      import * as grpc from "@grpc/grpc-js";
      import * as loader from "@grpc/proto-loader";
      const proto = grpc.loadPackageDefinition(loader.loadSync("x.proto")) as any;
      const Greeter = proto.hello.Greeter;
      const client = new Greeter("localhost:50051", grpc.credentials.createInsecure());
      client.sayHello({ name: "a" }, (err, res) => {});
      const other = new proto.hello.Other("x", grpc.credentials.createInsecure());
      other.list({ q: 1 }, new grpc.Metadata(), { deadline: Date.now() + 1000 });
      client.close();
    `);
    expect(calls).toMatchObject([
      { line: 7, library: "grpc-js", method: "sayHello", optionsIndex: 1, options: undefined, recognizedBy: "construction", kind: "grpc-js-service" },
      { line: 9, library: "grpc-js", method: "list", optionsIndex: 2, options: "{ deadline: Date.now() + 1000 }" },
    ]);
  });

  it("follows destructuring from a package and from an object of clients", () => {
    const calls = recognize(`
      const grpc = require("@grpc/grpc-js");
      const { Greeter, Other: Renamed } = grpc.loadPackageDefinition(def).hello;
      const clients = { greeter: new Greeter("t", creds), other: new Renamed("t", creds) };
      const { greeter } = clients;
      greeter.sayHello(req, cb);
      clients.other.list(req);
    `);
    expect(calls.map((c) => [c.line, c.method, c.kind])).toEqual([
      [6, "sayHello", "grpc-js-service"],
      [7, "list", "grpc-js-service"],
    ]);
  });

  it("reads every grpc-js argument layout", () => {
    const calls = recognize(`
      const grpc = require("@grpc/grpc-js");
      const { loadPackageDefinition } = require("@grpc/grpc-js");
      const pkg = loadPackageDefinition(def);
      const c = new pkg.Svc("t", creds);
      c.a(req, cb);
      c.b(req, metadata, cb);
      c.c(req, { deadline: d }, cb);
      c.d(req, md, opts, cb);
      c.e(req);
      c.f(metadata, { parent: call });
      c.g();
      c.h(req, something);
      c.i(point, featureCallback);
    `);
    expect(calls.map((c) => [c.method, c.optionsIndex, c.options, c.optionsUncertain])).toEqual([
      ["a", 1, undefined, false],
      ["b", 2, undefined, false],
      ["c", 1, "{ deadline: d }", false],
      ["d", 2, "opts", false],
      ["e", 1, undefined, false],
      ["f", 1, "{ parent: call }", false],
      ["g", 0, undefined, false],
      ["h", 1, "something", true],
      ["i", 1, undefined, false],
    ]);
  });

  it("knows the generic Client request methods and their call types", () => {
    const calls = recognize(`
      import { Client, credentials } from "@grpc/grpc-js";
      const client = new Client("t", credentials.createInsecure());
      client.makeUnaryRequest("/pkg.Svc/Get", s, d, req, (e, r) => {});
      client.makeBidiStreamRequest("/pkg.Svc/Chat", s, d, { deadline: x });
      client.waitForReady(Date.now() + 10, () => {});
    `);
    expect(calls).toMatchObject([
      { method: "/pkg.Svc/Get", callType: "unary", optionsIndex: 4, options: undefined, kind: "grpc-js-generic" },
      { method: "/pkg.Svc/Chat", callType: "bidi", optionsIndex: 3, options: "{ deadline: x }" },
    ]);
  });

  // A client class's own methods forward their caller's options to makeUnaryRequest: the call
  // worth checking is the one on the instance, not the one inside the class.
  it("follows class fields, classes extending Client and makeGenericClientConstructor", () => {
    const calls = recognize(`
      import * as grpc from "@grpc/grpc-js";
      const Ctor = grpc.makeGenericClientConstructor(definition, "Svc");
      class Mine extends grpc.Client { get(r, cb) { return this.makeUnaryRequest("/a/b", s, d, r, cb); } }
      class Service {
        client = new Ctor("t", grpc.credentials.createInsecure());
        private mine: any;
        constructor() { this.mine = new Mine("t", grpc.credentials.createInsecure()); }
        run() { this.client.doIt(req, cb); this.mine.get(req, cb); }
      }
    `);
    expect(calls.map((c) => [c.method, c.kind])).toEqual([
      ["doIt", "grpc-js-service"],
      ["get", "grpc-js-service"],
    ]);
  });

  it("recognizes Connect and nice-grpc clients with their transport and middleware", () => {
    const calls = recognize(`
      import { createClient as connectClient, createCallbackClient } from "@connectrpc/connect";
      import { createPromiseClient } from "@bufbuild/connect";
      import { createChannel, createClientFactory, createClient } from "nice-grpc";
      import { deadlineMiddleware } from "nice-grpc-client-middleware-deadline";
      const transport = createGrpcTransport({ baseUrl: "http://x" });
      const a = connectClient(Svc, transport);
      const b = createPromiseClient(Svc, transport);
      const cb = createCallbackClient(Svc, transport);
      const factory = createClientFactory().use(logging).use(deadlineMiddleware);
      const n = factory.create(Def, createChannel("x"), { "*": { deadline: 1000 } });
      const plain = createClient(Def, createChannel("x"));
      a.say({}, { timeoutMs: 10 });
      b.say({});
      cb.say({}, (err, res) => {}, { timeoutMs: 5 });
      n.get({});
      plain.get({}, { signal });
    `);
    expect(calls.map((c) => [c.library, c.kind, c.optionsIndex, c.options])).toEqual([
      ["connect", "connect-promise", 1, "{ timeoutMs: 10 }"],
      ["connect", "connect-promise", 1, undefined],
      ["connect", "connect-callback", 2, "{ timeoutMs: 5 }"],
      ["nice-grpc", "nice-grpc", 1, undefined],
      ["nice-grpc", "nice-grpc", 1, "{ signal }"],
    ]);
  });

  it("leaves alone lookalikes that are not gRPC clients", () => {
    const calls = recognize(`
      import Stripe from "stripe";
      import * as grpc from "@grpc/grpc-js";
      const stripe = new Stripe(key);
      stripe.charges.create({ amount: 1 });
      stripe.charge(req, cb);
      const cache = new Map();
      cache.get("k");
      repository.refund(order, () => {});
      const channel = new grpc.Channel("t", grpc.credentials.createInsecure(), {});
      channel.close();
    `);
    expect(calls).toEqual([]);
  });

  it("never throws on odd code", () => {
    expect(() =>
      recognize(`
        import * as grpc from "@grpc/grpc-js";
        const p: any = grpc.loadPackageDefinition(d);
        const c = new p[name].Svc("t", creds);
        c[method](req, cb);
        c?.get?.(req, ...rest);
        (c as any).get(...args);
        new (p.a.b)("x").x?.(1);
        this.x.y();
        super.toString;
        let z; z = z; z.get();
      `),
    ).not.toThrow();
  });

  it("skips a file that names no gRPC module", () => {
    expect(recognize(`const client = new Greeter("t"); client.sayHello(req, cb);`)).toEqual([]);
  });
});

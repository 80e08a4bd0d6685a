import { describe, expect, it } from "vitest";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { FIXTURES, recognizeFixture } from "./recognize.js";

/** The 1-based line of the first line containing `snippet` in a fixture. */
function lineOf(relativePath: string, snippet: string): number {
  const index = readFileSync(join(FIXTURES, relativePath), "utf8").split("\n").findIndex((line) => line.includes(snippet));
  if (index < 0) throw new Error(`${snippet} not in ${relativePath}`);
  return index + 1;
}

const TYPED = "require-deadline/grpc-js-typed.ts";

describe("call recognition with types", () => {
  it("recognizes generated grpc-js clients of every generator with call type and options argument", () => {
    const calls = recognizeFixture(TYPED);
    const byLine = new Map(calls.map((call) => [call.line, call]));
    expect(byLine.get(lineOf(TYPED, "greeter.sayHello(request, reply)"))).toMatchObject({ method: "sayHello", callType: "unary", optionsIndex: 1, options: undefined, recognizedBy: "type" });
    expect(byLine.get(lineOf(TYPED, '{ host: "greeter" }, reply'))).toMatchObject({ callType: "unary", optionsIndex: 2, options: '{ host: "greeter" }' });
    expect(byLine.get(lineOf(TYPED, "greeter.listGreetings(request);"))).toMatchObject({ method: "listGreetings", callType: "server-stream", optionsIndex: 1 });
    expect(byLine.get(lineOf(TYPED, "greeter.recordGreetings({ deadline"))).toMatchObject({ method: "recordGreetings", callType: "client-stream", optionsIndex: 0 });
    expect(byLine.get(lineOf(TYPED, "greeter.chat(metadata);"))).toMatchObject({ method: "chat", callType: "bidi", optionsIndex: 1, options: undefined });
    expect(byLine.get(lineOf(TYPED, "tools.sayHello(request, reply)"))).toMatchObject({ method: "sayHello", callType: "unary" });
    expect(byLine.get(lineOf(TYPED, "genTs.SayHello(request, reply)"))).toMatchObject({ method: "SayHello", callType: "unary", optionsIndex: 1 });
    expect(byLine.get(lineOf(TYPED, "makeServerStreamRequest"))).toMatchObject({ method: "/hello.Greeter/ListGreetings", callType: "server-stream", optionsIndex: 5 });
    // waitForReady and close are Client's own methods, not RPCs.
    expect(calls.some((call) => call.method === "waitForReady" || call.method === "close")).toBe(false);
    expect(calls).toHaveLength(35);
  });

  it("traces untyped loadPackageDefinition clients inside a typed file", () => {
    const calls = recognizeFixture("require-deadline/grpc-js-untyped.ts");
    expect(calls.map((call) => [call.line, call.method, call.recognizedBy])).toEqual([
      [18, "sayHello", "construction"],
      [19, "sayHello", "construction"],
      [24, "sayHello", "construction"],
      [25, "listGreetings", "construction"],
      [26, "listGreetings", "construction"],
      [27, "sayHello", "construction"],
    ]);
  });

  it("uses types to stay silent on SDKs, repositories, caches and grpc-js's own objects", () => {
    expect(recognizeFixture("require-deadline/not-grpc.ts")).toEqual([]);
  });
});

describe("client constructions with types", () => {
  it("recognizes generated grpc-js clients imported from any module, with their target", async () => {
    const { constructionsIn } = await import("./recognize.js");
    const found = constructionsIn(TYPED);
    const first = lineOf(TYPED, "new TsProtoClient(");
    expect(found).toEqual([
      { line: first, library: "grpc-js", kind: "grpc-js-service", target: '"dns:///greeter:50051"' },
      { line: first + 1, library: "grpc-js", kind: "grpc-js-service", target: '"dns:///greeter:50051"' },
      { line: first + 2, library: "grpc-js", kind: "grpc-js-service", target: '"dns:///greeter:50051"' },
      { line: first + 3, library: "grpc-js", kind: "grpc-js-generic", target: '"dns:///greeter:50051"' },
    ]);
  });

  it("recognizes Connect and nice-grpc clients created in another module's style", async () => {
    const { constructionsIn } = await import("./recognize.js");
    expect(constructionsIn("require-deadline/connect-clients.ts").map((c) => [c.library, c.kind])).toEqual([
      ["connect", "connect-promise"],
      ["connect", "connect-promise"],
    ]);
    const first = lineOf("require-deadline/nice-grpc.ts", "const withMiddleware = factory.create(");
    expect(constructionsIn("require-deadline/nice-grpc.ts").map((c) => [c.line - first, c.kind])).toEqual([
      [0, "nice-grpc"],
      [1, "nice-grpc"],
      [2, "nice-grpc"],
      [3, "nice-grpc"],
      [4, "nice-grpc"],
      [5, "nice-grpc"],
    ]);
  });
});

import { describe, expect, it } from "vitest";
import { recognizeFixture } from "./recognize.js";

describe("call recognition with types", () => {
  it("recognizes generated grpc-js clients of every generator with call type and options argument", () => {
    const calls = recognizeFixture("require-deadline/grpc-js-typed.ts");
    const byLine = new Map(calls.map((call) => [call.line, call]));
    expect(byLine.get(18)).toMatchObject({ method: "sayHello", callType: "unary", optionsIndex: 1, options: undefined, recognizedBy: "type" });
    expect(byLine.get(20)).toMatchObject({ callType: "unary", optionsIndex: 2, options: '{ host: "greeter" }' });
    expect(byLine.get(26)).toMatchObject({ method: "listGreetings", callType: "server-stream", optionsIndex: 1 });
    expect(byLine.get(31)).toMatchObject({ method: "recordGreetings", callType: "client-stream", optionsIndex: 0 });
    expect(byLine.get(34)).toMatchObject({ method: "chat", callType: "bidi", optionsIndex: 1, options: undefined });
    expect(byLine.get(56)).toMatchObject({ method: "sayHello", callType: "unary" });
    expect(byLine.get(59)).toMatchObject({ method: "SayHello", callType: "unary", optionsIndex: 1 });
    expect(byLine.get(68)).toMatchObject({ method: "/hello.Greeter/ListGreetings", callType: "server-stream", optionsIndex: 5 });
    // waitForReady and close are Client's own methods, not RPCs.
    expect(calls.some((call) => call.method === "waitForReady" || call.method === "close")).toBe(false);
    expect(calls).toHaveLength(31);
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

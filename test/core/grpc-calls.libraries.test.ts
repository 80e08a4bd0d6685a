import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { FIXTURES, recognize, recognizeFixture } from "./recognize.js";

const FIXTURE = "require-deadline/protobuf-ts-and-grpc-web.ts";
const source = readFileSync(join(FIXTURES, FIXTURE), "utf8");

/** The 1-based line of the first line containing `snippet`. */
function lineOf(snippet: string): number {
  const index = source.split("\n").findIndex((line) => line.includes(snippet));
  if (index < 0) throw new Error(`${snippet} not in ${FIXTURE}`);
  return index + 1;
}

// Each library's RPCs and nothing else: `stream.on(...)` and `chat.requests.complete()` are the
// libraries' own API.
const EXPECTED = [
  [lineOf("await eliza.say({ sentence });"), "protobuf-ts", "say", undefined],
  [lineOf("{ timeout: 2_000 }"), "protobuf-ts", "say", "{ timeout: 2_000 }"],
  [lineOf("eliza.introduce("), "protobuf-ts", "introduce", undefined],
  [lineOf("eliza.converse("), "protobuf-ts", "converse", "{}"],
  [lineOf("this.client.say("), "protobuf-ts", "say", undefined],
  [lineOf("this.client.echo("), "grpc-web", "echo", '{ authorization: "token" }'],
  [lineOf("this.client.serverStreamingEcho("), "grpc-web", "serverStreamingEcho", undefined],
  [lineOf("this.callbacks.echo("), "grpc-web", "echo", "undefined"],
] as const;

describe("protobuf-ts and grpc-web clients", () => {
  it("are recognized with types, by the call types their generated methods declare", () => {
    const calls = recognizeFixture(FIXTURE).map((call) => [call.line, call.library, call.method, call.options]);
    expect(calls).toEqual(EXPECTED);
  });

  it("are recognized without types, by their generated modules and transports", () => {
    const calls = recognize(source).map((call) => [call.line, call.library, call.method, call.options]);
    // Without types a one-argument protobuf-ts call cannot tell `{}` options from an empty input.
    expect(calls).toEqual(EXPECTED.map((entry) => (entry[2] === "converse" ? [entry[0], entry[1], entry[2], undefined] : entry)));
  });
});

describe("NestJS getService clients", () => {
  it("are followed from the ClientGrpc a field or parameter holds", () => {
    const calls = recognize(`
      import { Inject, OnModuleInit } from "@nestjs/common";
      import { Client, ClientGrpc } from "@nestjs/microservices";
      import type { HeroServiceClient } from "./gen/hero";
      export class HeroesController implements OnModuleInit {
        private heroes!: HeroServiceClient;
        @Client(options) private readonly grpc2: any;
        constructor(@Inject("HERO_PACKAGE") private readonly client: ClientGrpc) {}
        onModuleInit() { this.heroes = this.client.getService<HeroServiceClient>("HeroService"); }
        find(id: number) { return this.heroes.findOne({ id }); }
        other() { return this.grpc2.getService("Villains").findAll({}); }
        notRpc() { return this.heroes.findOne({ id: 1 }).pipe(); }
      }
    `);
    expect(calls.map((call) => [call.line, call.library, call.method])).toEqual([
      [10, "nestjs", "findOne"],
      [11, "nestjs", "findAll"],
      [12, "nestjs", "findOne"],
    ]);
  });
});

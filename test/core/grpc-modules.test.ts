import { describe, expect, it } from "vitest";
import { isGrpcModuleSpecifier, libraryOfFile, libraryOfGeneratedModule, libraryOfModule, textMayMentionGrpc } from "../../src/core/calls/grpc-modules.js";

describe("gRPC module tables", () => {
  it("maps module specifiers to libraries, generated grpc-tools modules included", () => {
    expect(libraryOfModule("@grpc/grpc-js")).toBe("grpc-js");
    expect(libraryOfModule("grpc")).toBe("grpc-js");
    expect(libraryOfModule("./gen/greeter_grpc_pb")).toBe("grpc-js");
    expect(libraryOfModule("./gen/greeter_grpc_pb.js")).toBe("grpc-js");
    expect(libraryOfModule("@connectrpc/connect")).toBe("connect");
    expect(libraryOfModule("@bufbuild/connect")).toBe("connect");
    expect(libraryOfModule("nice-grpc")).toBe("nice-grpc");
    expect(libraryOfModule("nice-grpc-common")).toBeUndefined();
    expect(libraryOfModule("./gen/greeter_pb")).toBeUndefined();
    expect(libraryOfModule("stripe")).toBeUndefined();
  });

  it("maps declaration files to libraries by their node_modules path", () => {
    expect(libraryOfFile("/app/node_modules/@grpc/grpc-js/build/src/client.d.ts")).toBe("grpc-js");
    expect(libraryOfFile("C:\\app\\node_modules\\@connectrpc\\connect\\dist\\cjs\\promise-client.d.ts")).toBe("connect");
    expect(libraryOfFile("/app/node_modules/nice-grpc/lib/client/Client.d.ts")).toBe("nice-grpc");
    expect(libraryOfFile("/app/node_modules/nice-grpc-common/lib/index.d.ts")).toBeUndefined();
    expect(libraryOfFile("/app/src/grpc/client.ts")).toBeUndefined();
  });

  it("knows generated client modules of grpc-tools, grpc-web and protobuf-ts, and the newer libraries' packages", () => {
    expect(libraryOfGeneratedModule("./gen/echo_grpc_web_pb")).toBe("grpc-web");
    expect(libraryOfGeneratedModule("./gen/EchoServiceClientPb")).toBe("grpc-web");
    expect(libraryOfGeneratedModule("./gen/eliza.client")).toBe("protobuf-ts");
    expect(libraryOfGeneratedModule("./gen/greeter_grpc_pb.js")).toBe("grpc-js");
    expect(libraryOfGeneratedModule("./gen/eliza_pb")).toBeUndefined();
    expect(libraryOfGeneratedModule("./http-client")).toBeUndefined();
    expect(isGrpcModuleSpecifier("@nestjs/microservices")).toBe(true);
    expect(isGrpcModuleSpecifier("@protobuf-ts/grpcweb-transport")).toBe(true);
    expect(isGrpcModuleSpecifier("@nestjs/common")).toBe(false);
    expect(libraryOfFile("/app/node_modules/grpc-web/index.d.ts")).toBe("grpc-web");
    expect(libraryOfFile("/app/node_modules/@protobuf-ts/runtime-rpc/build/types/unary-call.d.ts")).toBe("protobuf-ts");
    expect(libraryOfFile("/app/node_modules/@nestjs/microservices/interfaces/client-grpc.interface.d.ts")).toBe("nestjs");
  });

  it("lets through only text that names a gRPC module", () => {
    expect(textMayMentionGrpc(`import * as grpc from "@grpc/grpc-js";`)).toBe(true);
    expect(textMayMentionGrpc(`import { createClient } from "@connectrpc/connect";`)).toBe(true);
    expect(textMayMentionGrpc(`const s = require("./greeter_grpc_pb");`)).toBe(true);
    expect(textMayMentionGrpc(`import { get } from "./http"; get("/users");`)).toBe(false);
    expect(textMayMentionGrpc(`constructor(@Inject("HERO") private client: ClientGrpc) {}`)).toBe(true);
    expect(textMayMentionGrpc(`import GRPCClient from "./GRPCClient";`)).toBe(true);
    expect(textMayMentionGrpc(`import { ElizaClient } from "./gen/eliza.client";`)).toBe(true);
  });
});

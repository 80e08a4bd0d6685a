import { describe, expect, it } from "vitest";
import { libraryOfFile, libraryOfModule, textMayMentionGrpc } from "../../src/core/calls/grpc-modules.js";

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

  it("lets through only text that names a gRPC module", () => {
    expect(textMayMentionGrpc(`import * as grpc from "@grpc/grpc-js";`)).toBe(true);
    expect(textMayMentionGrpc(`import { createClient } from "@connectrpc/connect";`)).toBe(true);
    expect(textMayMentionGrpc(`const s = require("./greeter_grpc_pb");`)).toBe(true);
    expect(textMayMentionGrpc(`import { get } from "./http"; get("/users");`)).toBe(false);
  });
});

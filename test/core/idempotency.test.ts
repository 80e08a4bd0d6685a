import { mkdtempSync, writeFileSync, mkdirSync, utimesSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { parseProto } from "../../proto-checks/parser.js";
import { getProtoIndex } from "../../proto-checks/project-index.js";
import { idempotencyByName, methodIdempotency, repeatDuplicatesEffect } from "../../src/core/policy/idempotency.js";
import { resolveTypeName } from "../../proto-checks/names.js";

function firstMethod(source: string) {
  const { file } = parseProto(`syntax = "proto3";\npackage p;\nservice S {\n${source}\n}\n`);
  const service = file.body.find((node) => node.type === "Service");
  if (service?.type !== "Service") throw new Error("no service");
  return service.methods[0]!;
}

describe("idempotencyByName", () => {
  it.each([
    ["GetUser", "NO_SIDE_EFFECTS"],
    ["ListUsers", "NO_SIDE_EFFECTS"],
    ["BatchGetUsers", "NO_SIDE_EFFECTS"],
    ["WatchEvents", "NO_SIDE_EFFECTS"],
    ["CreateUser", "SIDE_EFFECTS"],
    ["BatchCreateUsers", "SIDE_EFFECTS"],
    ["ChargeCard", "SIDE_EFFECTS"],
    ["DeleteUser", "SIDE_EFFECTS"],
    ["Getaway", "UNKNOWN"],
    ["Frobnicate", "UNKNOWN"],
    ["", "UNKNOWN"],
    ["getUser", "NO_SIDE_EFFECTS"],
  ])("%s is %s", (name, level) => {
    expect(idempotencyByName(name).level).toBe(level);
  });

  it("lets projects add verbs and reclassify built-in ones", () => {
    expect(idempotencyByName("FrobnicateThing", { unsafeVerbs: ["Frobnicate"] }).level).toBe("SIDE_EFFECTS");
    expect(idempotencyByName("UpdateCache", { safeVerbs: ["UpdateCache"] }).level).toBe("NO_SIDE_EFFECTS");
    expect(idempotencyByName("CreateUser").reason).toBe("its name starts with 'Create'");
  });
});

describe("repeatDuplicatesEffect", () => {
  it("is true for verbs whose repeat adds a second effect, not for convergent ones", () => {
    expect(repeatDuplicatesEffect(idempotencyByName("CreateOrder"))).toBe(true);
    expect(repeatDuplicatesEffect(idempotencyByName("BatchCreateOrders"))).toBe(true);
    expect(repeatDuplicatesEffect(idempotencyByName("UpdateOrder"))).toBe(false);
    expect(repeatDuplicatesEffect(idempotencyByName("BatchDeleteOrders"))).toBe(false);
    expect(repeatDuplicatesEffect(idempotencyByName("GetOrder"))).toBe(false);
    expect(repeatDuplicatesEffect({ level: "SIDE_EFFECTS", source: "http", reason: "POST" })).toBe(false);
  });
});

describe("methodIdempotency", () => {
  it("takes the idempotency_level option first", () => {
    const method = firstMethod(`rpc CreateUser(Req) returns (Res) { option idempotency_level = IDEMPOTENT; }`);
    expect(methodIdempotency(method)).toEqual({ level: "IDEMPOTENT", source: "option", reason: "option idempotency_level = IDEMPOTENT" });
  });

  it("treats a GET binding as side-effect free, before the name", () => {
    const method = firstMethod(`rpc CreateReport(Req) returns (Res) { option (google.api.http) = { get: "/v1/reports" }; }`);
    expect(methodIdempotency(method)).toMatchObject({ level: "NO_SIDE_EFFECTS", source: "http" });
  });

  it("reads a binding set field by field", () => {
    const method = firstMethod(`rpc Frobnicate(Req) returns (Res) { option (google.api.http).get = "/v1/x"; }`);
    expect(methodIdempotency(method)).toMatchObject({ level: "NO_SIDE_EFFECTS", source: "http" });
  });

  it("prefers the name over non-GET bindings, and falls back to them", () => {
    const post = `option (google.api.http) = { post: "/v1/x:run" body: "*" };`;
    expect(methodIdempotency(firstMethod(`rpc SearchThings(Req) returns (Res) { ${post} }`)).level).toBe("NO_SIDE_EFFECTS");
    expect(methodIdempotency(firstMethod(`rpc Frobnicate(Req) returns (Res) { ${post} }`))).toMatchObject({ level: "SIDE_EFFECTS", source: "http" });
    const put = `option (google.api.http) = { put: "/v1/x" body: "*" };`;
    expect(methodIdempotency(firstMethod(`rpc Frobnicate(Req) returns (Res) { ${put} }`)).level).toBe("IDEMPOTENT");
  });

  it("says UNKNOWN with source none when nothing tells", () => {
    expect(methodIdempotency(firstMethod(`rpc Frobnicate(Req) returns (Res);`))).toMatchObject({ level: "UNKNOWN", source: "none" });
  });
});

describe("resolveTypeName", () => {
  const known = new Set(["a.b.Req", "a.Other", "Top"]);
  const exists = (name: string) => known.has(name);
  it("follows protobuf scoping outward", () => {
    expect(resolveTypeName("Req", "a.b", exists)).toBe("a.b.Req");
    expect(resolveTypeName("Other", "a.b", exists)).toBe("a.Other");
    expect(resolveTypeName("Top", "a.b", exists)).toBe("Top");
    expect(resolveTypeName(".a.Other", "x", exists)).toBe("a.Other");
    expect(resolveTypeName("Missing", "a.b", exists)).toBeUndefined();
  });
});

function idempotencyOf(index: ReturnType<typeof getProtoIndex>, service: string, method: string) {
  const indexed = index.method(service, method);
  return indexed && methodIdempotency(indexed);
}

describe("getProtoIndex", () => {
  it("indexes services under the roots and re-reads changed files", async () => {
    const root = mkdtempSync(join(tmpdir(), "proto-index-"));
    mkdirSync(join(root, "api"));
    mkdirSync(join(root, "node_modules"));
    writeFileSync(
      join(root, "api", "pay.proto"),
      `syntax = "proto3";
package shop.v1;
service Payments {
  rpc ChargeCard(ChargeRequest) returns (ChargeResponse);
  rpc GetCharge(GetChargeRequest) returns (ChargeResponse) { option idempotency_level = NO_SIDE_EFFECTS; }
}
message ChargeRequest { string request_id = 1; oneof card { string token = 2; } }
message ChargeResponse {}
message GetChargeRequest {}
`,
    );
    writeFileSync(join(root, "node_modules", "dep.proto"), `syntax = "proto3"; package dep; service Hidden { rpc GetX(A) returns (B); }`);
    const index = getProtoIndex([root]);
    expect(index.services()).toEqual(["shop.v1.Payments"]);
    expect(index.methodsOf("shop.v1.Payments")).toEqual(["ChargeCard", "GetCharge"]);
    expect(idempotencyOf(index, "shop.v1.Payments", "ChargeCard")?.level).toBe("SIDE_EFFECTS");
    expect(idempotencyOf(index, "shop.v1.Payments", "GetCharge")?.source).toBe("option");
    expect(idempotencyOf(index, "shop.v1.Missing", "GetCharge")).toBeUndefined();
    expect(index.method("shop.v1.Payments", "ChargeCard")?.inputType).toBe("shop.v1.ChargeRequest");
    expect(index.messageFields("shop.v1.ChargeRequest")).toEqual(["request_id", "token"]);
    expect(index.typeKind(".shop.v1.ChargeRequest")).toBe("message");
    expect(index.typeKind("shop.v1.Nope")).toBeUndefined();
    expect(index.files()).toEqual([join(root, "api", "pay.proto")]);
    expect(getProtoIndex([root])).toBe(index);

    writeFileSync(join(root, "api", "pay.proto"), `syntax = "proto3"; package shop.v1; service Payments { rpc ListCharges(A) returns (B); }`);
    const later = new Date(Date.now() + 10_000);
    utimesSync(join(root, "api", "pay.proto"), later, later);
    await new Promise((done) => setTimeout(done, 2_100));
    expect(getProtoIndex([root]).methodsOf("shop.v1.Payments")).toEqual(["ListCharges"]);
  });
});

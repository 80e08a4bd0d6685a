import { describe, expect, it } from "vitest";
import type { Field, Message, Oneof, Reserved, Service } from "../../proto-checks/ast.js";
import { MAX_FIELD_NUMBER } from "../../proto-checks/ast.js";
import { parseProto } from "../../proto-checks/parser.js";
import { decodeString, positionAt } from "../../proto-checks/scanner.js";

function parseClean(text: string) {
  const result = parseProto(text);
  expect(result.errors).toEqual([]);
  return result.file;
}

const SAMPLE = `// header comment = 5;
syntax = "proto2";
package acme.shop.v1;
import public "a/b.proto";
import "google/api/annotations.proto";
option java_package = "com.acme";
option (my.file_opt).sub = { a: 1 b: "x" c { d: [1, 2] } };

message Order {
  /* block = 7; */
  required string id = 1 [json_name = "orderId", (validate.rules).string = { min_len: 1 }];
  map<string, Item> items = 2;
  oneof payment {
    string card = 3;
    Wallet wallet = 4;
  }
  repeated group Line = 5 { optional int32 qty = 1; }
  reserved 8, 10 to 12, 100 to max;
  reserved "legacy", 'old';
  extensions 1000 to 1999;
  message Item { optional .acme.shop.v1.Order.Item child = 1; }
  enum State { option allow_alias = true; UNKNOWN = 0; NEW = 1; FRESH = 1; NEG = -1 [deprecated = true]; reserved 9; }
  extend Other { optional int32 ext = 1001; }
}

service Shop {
  option (svc) = true;
  rpc PlaceOrder (stream Order) returns (stream Order) {
    option idempotency_level = IDEMPOTENT;
    option (google.api.http) = { post: "/v1/orders" body: "*" additional_bindings { get: "/v1/x" } };
  }
  rpc Ping(stream) returns (.acme.Pong);
}
`;

describe("parseProto", () => {
  it("builds the model of a full file", () => {
    const file = parseClean(SAMPLE);
    expect(file.syntax).toBe("proto2");
    expect(file.package).toBe("acme.shop.v1");
    expect(file.imports.map((i) => [i.path, i.modifier])).toEqual([["a/b.proto", "public"], ["google/api/annotations.proto", undefined]]);
    expect(file.options.map((o) => o.name)).toEqual(["java_package", "(my.file_opt).sub"]);
    const order = file.body.find((n) => n.type === "Message") as Message;
    expect(order.fullName).toBe("acme.shop.v1.Order");
    const types = order.body.map((m) => m.type);
    expect(types).toEqual(["Field", "Field", "Oneof", "Field", "Reserved", "Reserved", "Extensions", "Message", "Enum", "Extend"]);
    const id = order.body[0] as Field;
    expect([id.label, id.fieldType, id.name, id.number, id.options?.map((o) => o.name)]).toEqual([
      "required", "string", "id", 1, ["json_name", "(validate.rules).string"],
    ]);
    const items = order.body[1] as Field;
    expect([items.kind, items.keyType, items.valueType]).toEqual(["map", "string", "Item"]);
    const oneof = order.body[2] as Oneof;
    expect(oneof.fields.map((f) => [f.name, f.number, f.oneof])).toEqual([["card", 3, "payment"], ["wallet", 4, "payment"]]);
    const group = order.body[3] as Field;
    expect([group.kind, group.name, group.number, group.group?.fullName, (group.group?.body[0] as Field).name]).toEqual([
      "group", "line", 5, "acme.shop.v1.Order.Line", "qty",
    ]);
    const reserved = order.body[4] as Reserved;
    expect(reserved.ranges.map((r) => [r.from, r.to])).toEqual([[8, 8], [10, 12], [100, MAX_FIELD_NUMBER]]);
    expect((order.body[5] as Reserved).names.map((n) => n.name)).toEqual(["legacy", "old"]);
    const service = file.body.find((n) => n.type === "Service") as Service;
    expect(service.fullName).toBe("acme.shop.v1.Shop");
    const [place, ping] = service.methods;
    expect([place!.clientStreaming, place!.serverStreaming, place!.inputType]).toEqual([true, true, "Order"]);
    expect(place!.options.map((o) => o.name)).toEqual(["idempotency_level", "(google.api.http)"]);
    expect(place!.options[1]!.value).toEqual([["post", "/v1/orders"], ["body", "*"], ["additional_bindings", [["get", "/v1/x"]]]]);
    expect([ping!.clientStreaming, ping!.inputType, ping!.outputType]).toEqual([false, "stream", ".acme.Pong"]);
  });

  it("keeps exact positions", () => {
    const file = parseClean(SAMPLE);
    const order = file.body.find((n) => n.type === "Message") as Message;
    const id = order.body[0] as Field;
    expect(positionAt(file.lineStarts, id.start)).toEqual({ line: 11, column: 3 });
    expect(positionAt(file.lineStarts, id.numberSpan.start)).toEqual({ line: 11, column: 24 });
    expect(SAMPLE.slice(id.nameSpan.start, id.nameSpan.end)).toBe("id");
  });

  it("reads a field whose type is a keyword", () => {
    const file = parseClean(`message A { message message = 1; enum enum = 2; }`);
    const a = file.body[0] as Message;
    expect(a.body.map((m) => (m as Field).name)).toEqual(["message", "enum"]);
  });

  it("reads edition-2023 reserved identifiers and hex/octal numbers", () => {
    const file = parseClean(`edition = "2023"; message A { reserved foo, bar; int32 x = 0x10; int32 y = 010; }`);
    expect(file.edition).toBe("2023");
    const a = file.body[0] as Message;
    expect((a.body[0] as Reserved).names.map((n) => n.name)).toEqual(["foo", "bar"]);
    expect((a.body[1] as Field).number).toBe(16);
    expect((a.body[2] as Field).number).toBe(8);
  });

  it("reads edition 2024 visibility, option imports and signed enum ranges", () => {
    const file = parseClean(`edition = "2024";\nimport option "f.proto";\nexport message A { local enum E { Z = 0; reserved -3 to -1, 5 to max; } local message local { } }\nlocal enum T { T0 = 0; }`);
    expect(file.imports[0]!.modifier).toBe("option");
    const a = file.body.find((n) => n.type === "Message") as Message;
    const e = a.body[0] as unknown as { reserved: Reserved[] };
    expect(e.reserved[0]!.ranges.map((r) => [r.from, r.to])).toEqual([[-3, -1], [5, 2147483647]]);
    expect((a.body[1] as Message).name).toBe("local");
  });

  it("recovers after an error and reports every one with its position", () => {
    const text = `syntax = "proto3";
message A {
  string a = ;
  int32 b = 2;
  strin g c d = 3;
  int32 e = 4;
}
message B { int32 x = 1; }
`;
    const { file, errors } = parseProto(text);
    expect(errors.map((e) => [positionAt(file.lineStarts, e.start).line, e.message])).toEqual([
      [3, "Expected a field number but found ';'."],
      [5, "Expected '=' but found 'c'."],
    ]);
    const [a, b] = file.body as Message[];
    expect(a!.body.map((m) => (m as Field).name)).toEqual(["b", "e"]);
    expect(b!.name).toBe("B");
  });

  it("reports an unclosed brace at the brace, and unterminated strings and comments", () => {
    const unclosed = parseProto(`message A {\n  int32 a = 1;\n`);
    expect(unclosed.errors).toHaveLength(1);
    expect(unclosed.errors[0]!.message).toMatch(/Unclosed '\{'/);
    expect(unclosed.errors[0]!.start).toBe(10);
    expect(parseProto(`option x = "abc;\nmessage A {}`).errors[0]!.message).toBe("Unterminated string literal.");
    expect(parseProto(`message A {} /* never closed`).errors[0]!.message).toBe("Unterminated block comment.");
  });

  it("names binary junk", () => {
    const { errors } = parseProto("message A { \u0000\u0001 }");
    expect(errors[0]!.message).toBe("Expected a field or declaration but found unexpected character U+0000.");
  });

  it("refuses absurd nesting instead of overflowing the stack", () => {
    const deep = "message A { ".repeat(5000) + "}".repeat(5000);
    const { errors } = parseProto(deep);
    expect(errors[0]!.message).toBe("Nesting deeper than 100 levels.");
  });
});

describe("decodeString on broken escapes", () => {
  it("keeps an escape letter with no digits, and maps code points beyond Unicode to U+FFFD, without throwing", () => {
    expect(decodeString(String.raw`"a\xg"`)).toBe("axg");
    expect(decodeString(String.raw`"\u"`)).toBe("u");
    expect(decodeString(String.raw`"\UFFFFFFFF!"`)).toBe("\ufffd!");
    expect(decodeString(String.raw`"\x41\u00e9"`)).toBe("Aé");
  });
});

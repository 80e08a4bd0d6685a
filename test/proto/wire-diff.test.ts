import { describe, expect, it } from "vitest";
import type { Message } from "../../proto-checks/ast.js";
import { parseProto } from "../../proto-checks/parser.js";
import { droppedReservations, wireChanges, type MessageVersion, type TypeKind } from "../../proto-checks/wire-diff.js";

function version(source: string, kinds: Record<string, TypeKind> = {}): MessageVersion {
  const { file, errors } = parseProto(source);
  expect(errors).toEqual([]);
  const message = file.body.find((node) => node.type === "Message") as Message;
  const messages = new Map<string, Message>();
  const collect = (node: Message): void => {
    messages.set(node.fullName, node);
    for (const member of node.body) if (member.type === "Message") collect(member);
  };
  for (const node of file.body) if (node.type === "Message") collect(node);
  return { message, syntax: file.syntax ?? "proto2", kindOf: (name) => kinds[name], messageOf: (name) => messages.get(name) };
}

const kinds = (changes: ReturnType<typeof wireChanges>) => changes.map((change) => `${change.kind}:${change.field.name}`);

describe("wireChanges", () => {
  it("accepts singular <-> repeated for unpacked proto2 scalars and for strings, not for packed ones", () => {
    const before = version(`syntax = "proto2"; message M { optional int32 a = 1; optional string b = 2; optional int32 c = 3; }`);
    const after = version(`syntax = "proto2"; message M { repeated int32 a = 1; repeated string b = 2; repeated int32 c = 3 [packed = true]; }`);
    expect(kinds(wireChanges(before, after))).toEqual(["cardinalityChanged:c"]);
  });

  it("tells enums (varints) from messages by kind", () => {
    const kindsMap: Record<string, TypeKind> = { E: "enum", M2: "message" };
    const before = version(`syntax = "proto3"; message M { E a = 1; M2 b = 2; }`, kindsMap);
    const after = version(`syntax = "proto3"; message M { uint64 a = 1; bytes b = 2; }`, kindsMap);
    expect(kinds(wireChanges(before, after))).toEqual(["typeChanged:b"]);
  });

  it("does not compare types it cannot resolve", () => {
    const before = version(`syntax = "proto3"; message M { Unknown a = 1; }`);
    const after = version(`syntax = "proto3"; message M { string a = 1; }`);
    expect(wireChanges(before, after)).toEqual([]);
  });

  it("treats sint and int as different encodings, and groups as their own wire type", () => {
    const before = version(`syntax = "proto2"; message M { optional int32 a = 1; optional group G = 2 { optional int32 x = 1; } }`);
    const after = version(`syntax = "proto2"; message M { optional sint32 a = 1; optional G g = 2; message G { optional int32 x = 1; } }`, {
      "M.G": "message",
    });
    expect(kinds(wireChanges(before, after))).toEqual(["typeChanged:a", "typeChanged:g"]);
  });

  it("reports a number another field took over while its old field moved (the bytes decode, as the wrong field)", () => {
    const before = version(`syntax = "proto3"; message M { string name = 1; }`);
    const after = version(`syntax = "proto3"; message M { string display_name = 1; string name = 2; }`);
    expect(kinds(wireChanges(before, after))).toEqual(["numberTakenOver:display_name"]);
  });

  it("accepts a rename in place", () => {
    const before = version(`syntax = "proto3"; message M { string name = 1; string title = 2; }`);
    const after = version(`syntax = "proto3"; message M { string display_name = 1; string title = 2; }`);
    expect(wireChanges(before, after)).toEqual([]);
  });
});

describe("message types", () => {
  it("compares renamed message types by shape, not by name", () => {
    const kindsMap: Record<string, TypeKind> = { "M.Old": "message", "M.New": "message", "M.Bad": "message" };
    const before = version(`syntax = "proto3"; message M { Old a = 1; Old b = 2; message Old { int64 micros = 1; } }`, kindsMap);
    const after = version(
      `syntax = "proto3"; message M { New a = 1; Bad b = 2; message New { int64 micros = 1; string unit = 2; } message Bad { string micros = 1; } }`,
      kindsMap,
    );
    expect(kinds(wireChanges(before, after))).toEqual(["typeChanged:b"]);
  });
});

describe("maps", () => {
  it("accepts a map turned into a repeated entry-shaped message, and flags other shapes", () => {
    const before = version(`syntax = "proto3"; message M { map<string, string> a = 1; map<string, int32> b = 2; }`);
    const after = version(
      `syntax = "proto3"; message M { repeated Entry a = 1; repeated Entry b = 2; message Entry { string key = 1; string value = 2; } }`,
      { "M.Entry": "message" },
    );
    expect(kinds(wireChanges(before, after))).toEqual(["typeChanged:b"]);
  });
});

describe("droppedReservations", () => {
  it("sees ranges split across several new declarations as kept", () => {
    const before = version(`message M { reserved 1 to 10; }`).message;
    const after = version(`message M { reserved 1 to 4; reserved 5, 6 to 10; }`).message;
    expect(droppedReservations(before, after)).toEqual([]);
  });
});

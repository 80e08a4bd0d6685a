import { describe, expect, it } from "vitest";
import { defaultJsonName } from "../../proto-checks/json-names.js";
import { historyRepos, lintProtos, markedFindings } from "../helpers/git-repo.js";

const RULE = "grpc-review/no-json-incompatible-change";
const { newRepo } = historyRepos("no-json-incompatible-change");

describe("no-json-incompatible-change", () => {
  it("reports renames old JSON clients cannot read, and none that a json_name keeps readable", async () => {
    const dir = newRepo();
    const messages = (await lintProtos(dir, { "grpc-review": { against: "v1" } }, { [RULE]: "error" })).filter((m) => m.ruleId === RULE);
    expect(messages.map((m) => [m.file, m.line, m.column, m.messageId])).toEqual(markedFindings("no-json-incompatible-change"));
    expect(messages.map((m) => m.message)).toEqual([
      "Field 1 of 'Profile' was 'display_name' at v1 and is now 'name': the JSON key changes from 'displayName' to 'name', so JSON clients (Connect with JSON, gRPC-gateway, REST) built on the old protos send a key the server no longer reads. Keep the name, or add `json_name = \"displayName\"`.",
      "Field 'phone' of 'Profile' had the JSON key 'phoneNumber' at v1 and now has 'phone': JSON written with the old key is no longer read. Keep the old `json_name`.",
      expect.stringMatching(/^Field 4 of 'Profile' was 'city' at v1 and is now 'town'/),
      "Enum value 2 of 'Tier' was 'TIER_GOLD' at v1 and is now 'TIER_PREMIUM': JSON carries enum values by name, so 'TIER_GOLD' from old JSON clients is rejected. Keep the old name (an `allow_alias` alias can carry both).",
    ]);
  });

  it("is off in the recommended preset", async () => {
    const dir = newRepo();
    expect((await lintProtos(dir, { "grpc-review": { against: "v1" } })).filter((m) => m.ruleId === RULE)).toEqual([]);
  });
});

describe("defaultJsonName", () => {
  // The JSON names buf 1.75 (protoc's rule) gives these field names.
  it.each([
    ["foo_bar", "fooBar"],
    ["foo__bar", "fooBar"],
    ["_foo", "Foo"],
    ["foo_", "foo"],
    ["foo_1bar", "foo1bar"],
    ["FooBar", "FooBar"],
    ["foo_bAr_baz", "fooBArBaz"],
  ])("%s → %s", (name, json) => {
    expect(defaultJsonName(name)).toBe(json);
  });
});

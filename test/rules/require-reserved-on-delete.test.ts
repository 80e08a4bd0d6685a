import { describe, expect, it } from "vitest";
import { git, historyRepos, lintProtos } from "../helpers/git-repo.js";

const RULE = "grpc-review/require-reserved-on-delete";
const { newRepo, tempDir } = historyRepos("require-reserved-on-delete");

describe("require-reserved-on-delete", () => {
  it("reports deleted fields whose number or name is not reserved", async () => {
    const dir = newRepo();
    const messages = (await lintProtos(dir, { "grpc-review": { against: "v1" } })).filter((m) => m.ruleId === RULE);
    expect(messages.map((m) => [m.line, m.column, m.message])).toEqual([
      [5, 9, "Field 'coupon = 2' of 'Order' was deleted since v1 without reserving its number and its name: a later field could reuse it and misread old data. Add `reserved 2;` and `reserved \"coupon\";`."],
      [5, 9, "Field 'fax = 4' of 'Order' was deleted since v1 without reserving its name: a later field could reuse it and misread old data. Add `reserved \"fax\";`."],
      [5, 9, "Field 'telex = 5' of 'Order' was deleted since v1 without reserving its number: a later field could reuse it and misread old data. Add `reserved 5;`."],
      [5, 9, "Field 'wallet = 9' of 'Order' was deleted since v1 without reserving its number and its name: a later field could reuse it and misread old data. Add `reserved 9;` and `reserved \"wallet\";`."],
      [20, 11, "Field 'qty = 2' of 'Line' was deleted since v1 without reserving its number and its name: a later field could reuse it and misread old data. Add `reserved 2;` and `reserved \"qty\";`."],
      [26, 9, "'Invoice' reserved 5 at v1 and no longer does: the next field added may take it and misread old data. Keep `reserved 5;`."],
      [26, 9, "'Invoice' reserved 10 to 20 at v1 and no longer does: the next field added may take it and misread old data. Keep `reserved 10 to 20;`."],
      [26, 9, "'Invoice' reserved \"old_total\" at v1 and no longer does: the next field added may take it and misread old data. Keep `reserved \"old_total\";`."],
      [35, 6, "Enum value 'REFUNDED = 3' of 'Status' was deleted since v1 without reserving its number and its name: a later value could reuse it and old data would change meaning. Add `reserved 3;` and `reserved \"REFUNDED\";`."],
      [35, 6, "'Status' reserved 9 at v1 and no longer does: the next value added may take it and misread old data. Keep `reserved 9;`."],
    ]);
  });

  it("accepts renames and renumbering (another rule's concern) and a fully reserved deletion", async () => {
    const dir = newRepo();
    const messages = await lintProtos(dir, { "grpc-review": { against: "v1" } });
    expect(messages.some((m) => /renamed_before|moved|gift_note/.test(m.message) && m.ruleId === RULE)).toBe(false);
  });

  it("can be silenced for one message with a disable comment", async () => {
    const dir = newRepo();
    const { readFileSync, writeFileSync } = await import("node:fs");
    const path = `${dir}/order.proto`;
    writeFileSync(path, readFileSync(path, "utf8").replace("message Order {", "// eslint-disable-next-line grpc-review/require-reserved-on-delete\nmessage Order {"));
    const messages = (await lintProtos(dir, { "grpc-review": { against: "v1" } })).filter((m) => m.ruleId === RULE);
    expect(messages.map((m) => m.message)).toEqual([
      expect.stringContaining("'qty = 2' of 'Line'"),
      expect.stringContaining("'Invoice' reserved 5"),
      expect.stringContaining("'Invoice' reserved 10 to 20"),
      expect.stringContaining("'Invoice' reserved \"old_total\""),
      expect.stringContaining("'REFUNDED = 3'"),
      expect.stringContaining("'Status' reserved 9"),
    ]);
  });

  // 10 to 20 shrank to 10 to 15: the fix restores 16 to 20 only, since protoc rejects overlapping reserved ranges.
  it("fixes by adding the missing reservations at the end of each body, in report order", async () => {
    const dir = newRepo();
    const { ESLint } = await import("eslint");
    const { default: plugin } = await import("../../src/index.js");
    const eslint = new ESLint({
      cwd: dir,
      fix: true,
      overrideConfigFile: true,
      overrideConfig: [...(plugin.configs.recommended as never[]), { files: ["**/*.proto"], settings: { "grpc-review": { against: "v1" } } } as never],
    });
    const [result] = await eslint.lintFiles(["order.proto"]);
    expect(result!.messages.filter((m) => m.ruleId === RULE)).toEqual([]);
    const { readFileSync } = await import("node:fs");
    const before = readFileSync(`${dir}/order.proto`, "utf8");
    const { edited } = await import("../helpers/config-lint.js");
    expect(result!.output).toBe(
      edited(before, [
        [
          "  repeated Line lines = 10;\n}",
          '  repeated Line lines = 10;\n  reserved 2;\n  reserved "coupon";\n  reserved "fax";\n  reserved 5;\n  reserved 9;\n  reserved "wallet";\n}',
        ],
        ["    string sku = 1;\n  }", '    string sku = 1;\n    reserved 2;\n    reserved "qty";\n  }'],
        ["  string took_hundred = 100;\n}", '  string took_hundred = 100;\n  reserved 5;\n  reserved 16 to 20;\n  reserved "old_total";\n}'],
        ['  reserved "VOID";\n}', '  reserved "VOID";\n  reserved 3;\n  reserved "REFUNDED";\n  reserved 9;\n}'],
      ]),
    );
  });

  it("writes names as identifiers under editions, and opens a one-line body", async () => {
    const dir = tempDir("reserved-editions-");
    const { writeFileSync } = await import("node:fs");
    git(dir, "init", "-q", "-b", "main");
    writeFileSync(`${dir}/a.proto`, 'edition = "2023";\npackage p;\nmessage A { string keep = 1; string gone = 2; }\nenum E { E_ZERO = 0; E_GONE = 1; }\n');
    git(dir, "add", "-A");
    git(dir, "commit", "-qm", "before");
    writeFileSync(`${dir}/a.proto`, 'edition = "2023";\npackage p;\nmessage A { string keep = 1; }\nenum E { E_ZERO = 0; }\n');
    const { ESLint } = await import("eslint");
    const { default: plugin } = await import("../../src/index.js");
    const eslint = new ESLint({
      cwd: dir,
      fix: true,
      overrideConfigFile: true,
      overrideConfig: [...(plugin.configs.recommended as never[]), { files: ["**/*.proto"], settings: { "grpc-review": { against: "HEAD" } } } as never],
    });
    const [result] = await eslint.lintFiles(["a.proto"]);
    expect(result!.messages.filter((m) => m.ruleId === RULE)).toEqual([]);
    expect(result!.output).toBe(
      'edition = "2023";\npackage p;\nmessage A { string keep = 1;\n  reserved 2;\n  reserved gone;\n}\nenum E { E_ZERO = 0;\n  reserved 1;\n  reserved E_GONE;\n}\n',
    );
  });

  it("is quiet when the work tree matches the ref", async () => {
    const dir = newRepo();
    git(dir, "add", "-A");
    git(dir, "commit", "-qm", "after");
    expect(await lintProtos(dir, { "grpc-review": { against: "HEAD" } })).toEqual([]);
  });
});

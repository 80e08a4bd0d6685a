import { mkdirSync, mkdtempSync, utimesSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { declarationsAt, importedDeclarations, lookUp } from "../../proto-checks/imports.js";
import { parseProto } from "../../proto-checks/parser.js";

describe("importedDeclarations", () => {
  it("finds imports from the file's folder upwards, follows import public, and re-reads changed files", () => {
    const root = mkdtempSync(join(tmpdir(), "imports-"));
    mkdirSync(join(root, "acme", "v1"), { recursive: true });
    writeFileSync(join(root, "acme", "v1", "common.proto"), `syntax = "proto3"; package acme.v1; import public "acme/v1/types.proto"; message Money { int64 micros = 1; }`);
    writeFileSync(join(root, "acme", "v1", "types.proto"), `syntax = "proto3"; package acme.v1; enum Currency { CURRENCY_UNSPECIFIED = 0; } message Tag { string key = 1; oneof v { string text = 2; } }`);
    const main = join(root, "acme", "v1", "service.proto");
    const source = `syntax = "proto3"; package acme.v1; import "acme/v1/common.proto"; import "missing/nowhere.proto";`;
    const files = importedDeclarations(main, parseProto(source).file, [root]);
    expect(lookUp(files, (d) => d.kinds.get("acme.v1.Money"))).toBe("message");
    expect(lookUp(files, (d) => d.kinds.get("acme.v1.Currency"))).toBe("enum");
    expect(lookUp(files, (d) => d.fields.get("acme.v1.Tag"))).toEqual(["key", "text"]);
    expect(lookUp(files, (d) => d.kinds.get("acme.v1.Nothing"))).toBeUndefined();

    const common = join(root, "acme", "v1", "common.proto");
    expect(declarationsAt(common)).toBe(declarationsAt(common));
    writeFileSync(common, `syntax = "proto3"; package acme.v1; message Money { int64 micros = 1; string currency = 2; }`);
    const later = new Date(Date.now() + 5_000);
    utimesSync(common, later, later);
    expect(declarationsAt(common)?.fields.get("acme.v1.Money")).toEqual(["micros", "currency"]);
  });
});

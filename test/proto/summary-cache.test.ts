/**
 * One cache of proto summaries for the three readers (the language, the import resolver, the
 * project index): in a run, each .proto file is parsed once, whichever reader comes first.
 */
import { utimesSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { beforeEach, describe, expect, it } from "vitest";
import { declarationsAt } from "../../proto-checks/imports.js";
import { protoLanguage } from "../../proto-checks/language.js";
import { getProtoIndex } from "../../proto-checks/project-index.js";
import { protoParseCounts, resetProtoParseCounts } from "../../proto-checks/summary-cache.js";
import { runCli, tempProject } from "../helpers/cli.js";

const STORE = `syntax = "proto3";
package demo.v1;
import "z_messages.proto";

service Store {
  rpc Put(PutRequest) returns (PutReply);
}
`;
const MESSAGES = `syntax = "proto3";
package demo.v1;

message PutRequest {
  string key = 1;
}
message PutReply {}
`;
// Asks the project index about the protos' methods (one of them does not exist).
const SERVICE_CONFIG = JSON.stringify({ methodConfig: [{ name: [{ service: "demo.v1.Store", method: "Put" }, { service: "demo.v1.Store", method: "Missing" }], timeout: "1s" }] });

type Report = Array<{ filePath: string; messages: Array<{ ruleId: string | null; line: number; column: number; messageId?: string }> }>;

const counts = (root: string) => Object.fromEntries([...protoParseCounts()].filter(([path]) => path.startsWith(root)).map(([path, count]) => [path.slice(root.length + 1), count]));

beforeEach(() => resetProtoParseCounts());

describe("the proto summary cache", () => {
  it("parses each proto once in a run that lints them, resolves an import and builds the index", { timeout: 60_000 }, async () => {
    // The importing file sorts first, so its import is read before that file is linted.
    const root = tempProject({ "a_store.proto": STORE, "z_messages.proto": MESSAGES, "service_config.json": SERVICE_CONFIG });
    const run = await runCli(["--preset", "all", "--format", "json", "--no-progress", "."], root);
    const found = (JSON.parse(run.stdout) as Report).flatMap((result) => result.messages.map((message) => `${result.filePath.slice(root.length + 1)}:${message.line}:${message.column} ${message.ruleId} ${message.messageId}`));
    expect(found.sort()).toEqual([
      "a_store.proto:6:7 grpc-review/require-idempotency-level undeclared",
      "service_config.json:1:106 grpc-review/no-unmatched-method-config unknownMethod",
    ]);
    expect(counts(root)).toEqual({ "a_store.proto": 1, "z_messages.proto": 1 });
  });

  it("gives the index and the import resolver the language's parse, and parses a changed file again", () => {
    const root = tempProject({ "a_store.proto": STORE, "z_messages.proto": MESSAGES });
    const messages = join(root, "z_messages.proto");
    const parsed = protoLanguage.parse({ path: messages, physicalPath: messages, body: MESSAGES, bom: false }, { languageOptions: {} });
    expect(parsed.ok).toBe(true);
    expect(declarationsAt(messages)?.fields.get("demo.v1.PutRequest")).toEqual(["key"]);
    expect(getProtoIndex([root]).messageFields("demo.v1.PutRequest")).toEqual(["key"]);
    expect(counts(root)).toEqual({ "a_store.proto": 1, "z_messages.proto": 1 });

    writeFileSync(messages, MESSAGES.replace("string key = 1;", "string key = 1;\n  string token = 2;"));
    const later = new Date(Date.now() + 5_000);
    utimesSync(messages, later, later);
    expect(declarationsAt(messages)?.fields.get("demo.v1.PutRequest")).toEqual(["key", "token"]);
    expect(counts(root)["z_messages.proto"]).toBe(2);
  });

  it("keeps what is saved, not an editor's unsaved text, for the other readers", () => {
    const root = tempProject({ "z_messages.proto": MESSAGES });
    const messages = join(root, "z_messages.proto");
    const unsaved = MESSAGES.replace("string key = 1;", "string renamed = 1;");
    protoLanguage.parse({ path: messages, physicalPath: messages, body: unsaved, bom: false }, { languageOptions: {} });
    expect(declarationsAt(messages)?.fields.get("demo.v1.PutRequest")).toEqual(["key"]);
    expect(counts(root)).toEqual({ "z_messages.proto": 2 });
  });
});

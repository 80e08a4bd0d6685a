import { describe, expect, it } from "vitest";
import { git, historyRepos, lintProtos, markedFindings } from "../helpers/git-repo.js";

const RULE = "grpc-review/no-deleted-rpc";
const { newRepo } = historyRepos("no-deleted-rpc");

describe("no-deleted-rpc", () => {
  it("reports methods and services deleted since the ref, unless deprecated there or moved", async () => {
    const dir = newRepo();
    const messages = (await lintProtos(dir, { "grpc-review": { against: "v1" } })).filter((m) => m.ruleId === RULE);
    expect(messages.map((m) => [m.file, m.line, m.column, m.messageId])).toEqual(markedFindings("no-deleted-rpc"));
    expect(messages.map((m) => m.message)).toEqual([
      "Service 'catalog.v1.Pricing' was declared in this file at v1 and no .proto declares it now: every client of it gets UNIMPLEMENTED. Keep it, or mark it `option deprecated = true;` in a release first and delete it once callers have moved.",
      "Method 'DeleteItem' of 'Catalog' was deleted since v1: clients built from the published protos still call it and get UNIMPLEMENTED. Keep it, or mark it `option deprecated = true;` in a release first and delete it once callers have moved.",
      expect.stringMatching(/^Method 'PurgeItem' of 'Catalog' was deleted since v1:/),
    ]);
  });

  it("does nothing without a ref, and nothing when nothing changed", async () => {
    const dir = newRepo();
    expect((await lintProtos(dir, {})).filter((m) => m.ruleId === RULE)).toEqual([]);
    git(dir, "add", "-A");
    git(dir, "commit", "-qm", "after");
    expect((await lintProtos(dir, { "grpc-review": { against: "HEAD" } })).filter((m) => m.ruleId === RULE)).toEqual([]);
  });
});

import { describe, expect, it } from "vitest";
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { clearSnapshots } from "../../proto-checks/git-history.js";
import { git, historyRepos, lintProtos, markedFindings } from "../helpers/git-repo.js";

const RULE = "grpc-review/no-wire-incompatible-change";
const { newRepo, tempDir } = historyRepos("no-wire-incompatible-change");

describe("no-wire-incompatible-change", () => {
  it("reports each wire break since the ref, and none of the safe changes", async () => {
    const dir = newRepo();
    const messages = (await lintProtos(dir, { "grpc-review": { against: "v1" } })).filter((m) => m.ruleId === RULE && m.file !== "api/billing.proto");
    expect(messages.map((m) => [m.file, m.line, m.message])).toEqual([
      ["api/users.proto", 10, "Field number 4 'scores' changed between singular and packed repeated since v1: a singular reader drops packed data. Keep the cardinality, or add a field with a fresh number."],
      ["api/users.proto", 11, "Field number 5 was 'string nickname' at v1 and is now 'int64 nickname': each side misreads the other's data. Keep the old type, or add a field with a fresh number and reserve 5."],
      ["api/users.proto", 14, "Field 'pager' (8) moved into oneof 'contact', which existed at v1: an old message that set both loses one of them when decoded. Leave 'pager' outside the oneof."],
      ["api/users.proto", 16, "Field 'phone' was number 6 at v1 and is now 16: data written under 6 is no longer read as 'phone'. Keep number 6."],
      ["api/users.proto", 17, "Field number 20 of 'reuses_reserved' was reserved at v1: old data may still carry the deleted field that had it. Use a fresh number and keep the reservation."],
      ["api/users.proto", 23, "Field number 15 was 'Address address' at v1 and is now 'Location address': each side misreads the other's data. Keep the old type, or add a field with a fresh number and reserve 15."],
      ["api/users.proto", 45, "Fields 'left' and 'right' both existed at v1 and now share the new oneof 'side': an old message that set both loses one of them when decoded. Move at most one existing field into a new oneof."],
      ["api/users.proto", 51, "Enum value 'ACTIVE = 1' takes a number 'Status' reserved at v1: old data holding the deleted value now reads as 'ACTIVE'. Use a fresh number and keep the reservation."],
    ]);
  });

  it("reports RPC signature changes and a number taken over by another field", async () => {
    const dir = newRepo();
    const messages = (await lintProtos(dir, { "grpc-review": { against: "v1" } })).filter((m) => m.ruleId === RULE && m.file === "api/billing.proto");
    expect(messages.map((m) => [m.file, m.line, m.column, m.messageId])).toEqual(markedFindings("no-wire-incompatible-change"));
    const text = Object.fromEntries(messages.map((m) => [`${m.line}:${m.messageId}`, m.message]));
    expect(text["8:requestTypeChanged"]).toBe(
      "Method 'SendInvoice' took 'billing.v1.SendInvoiceRequest' at v1 and now takes 'billing.v1.DeliverInvoiceRequest': old clients send bytes the server decodes as the other type. Keep the request type, or add a new method.",
    );
    expect(text["9:serverStreamingChanged"]).toMatch(/^Method 'WatchInvoices' is no longer server streaming since v1: Connect clients/);
    expect(text["10:clientStreamingChanged"]).toMatch(/^Method 'UploadLines' became client streaming since v1:/);
    expect(text["11:idempotencyChanged"]).toMatch(/^Method 'ListInvoices' was NO_SIDE_EFFECTS at v1 and is now IDEMPOTENCY_UNKNOWN: Connect serves GET only/);
    expect(text["12:idempotencyChanged"]).toMatch(/^Method 'VoidInvoice' was IDEMPOTENCY_UNKNOWN at v1 and is now IDEMPOTENT:/);
    // Empty has no fields: growing a reply or a request from Empty into a message is no break.
    expect(messages.filter((m) => m.line >= 44).map((m) => [m.line, m.messageId])).toEqual([[48, "responseTypeChanged"]]);
    expect(text["48:responseTypeChanged"]).toBe(
      "Method 'CloseInvoice' returned 'billing.v1.Invoice' at v1 and now returns 'google.protobuf.Empty': old clients decode the reply as the other type. Keep the response type, or add a new method.",
    );
    expect(text["23:numberTakenOver"]).toBe(
      "Field number 7 was 'billing_email' at v1 and is now 'shipping_email', and 'billing_email' is now number 10: old writers' 'billing_email' is read as 'shipping_email', and code or JSON still using the name 'billing_email' writes a number old readers do not know. Keep each name on its number: put 'billing_email' back at 7, or give the new field another name.",
    );
  });

  it("takes the ref from the rule option as well as from settings", async () => {
    const dir = newRepo();
    const messages = await lintProtos(dir, {}, { [RULE]: ["error", { against: "v1" }] });
    expect(messages.filter((m) => m.ruleId === RULE)).toHaveLength(16);
  });

  it("does nothing without a ref", async () => {
    const dir = newRepo();
    expect(await lintProtos(dir, {})).toEqual([]);
  });

  it("is clean when nothing changed since the ref", async () => {
    const dir = newRepo();
    git(dir, "add", "-A");
    git(dir, "commit", "-qm", "after");
    expect(await lintProtos(dir, { "grpc-review": { against: "HEAD" } })).toEqual([]);
  });

  it("says once, as a finding, that a ref does not exist", async () => {
    const dir = newRepo();
    const messages = await lintProtos(dir, { "grpc-review": { against: "no-such-branch" } });
    const history = messages.filter((m) => m.ruleId === RULE);
    expect(history).toHaveLength(1);
    expect(history[0]!.message).toMatch(/^Cannot compare \.proto files with 'no-such-branch': git ref 'no-such-branch' does not exist in /);
    expect([history[0]!.line, history[0]!.column]).toEqual([1, 1]);
  });

  it("tells how to deepen a shallow clone", async () => {
    const origin = newRepo();
    git(origin, "add", "-A");
    git(origin, "commit", "-qm", "after");
    const clone = tempDir("shallow-");
    git(clone, "clone", "-q", "--depth", "1", `file://${origin}`, ".");
    const messages = await lintProtos(clone, { "grpc-review": { against: "HEAD~1" } });
    const history = messages.filter((m) => m.ruleId === RULE);
    expect(history).toHaveLength(1);
    expect(history[0]!.message).toContain("is not in this shallow clone");
    expect(history[0]!.message).toContain("git fetch --deepen");
    expect(history[0]!.message).toContain("fetch-depth: 0");
  });

  it("says when the files are not in a git repository", async () => {
    clearSnapshots();
    const dir = tempDir("not-a-repo-");
    writeFileSync(join(dir, "a.proto"), `syntax = "proto3"; message A { string a = 1; }`);
    writeFileSync(join(dir, "b.proto"), `syntax = "proto3"; message B { string b = 1; }`);
    const messages = await lintProtos(dir, { "grpc-review": { against: "main" } });
    expect(messages.filter((m) => m.ruleId === RULE).map((m) => m.message)).toEqual([
      expect.stringMatching(/is not inside a git repository, so there is no history to compare against 'main'\.$/),
    ]);
  });

  it("never touches the work tree or the index", async () => {
    const dir = newRepo();
    const before = git(dir, "status", "--porcelain");
    await lintProtos(dir, { "grpc-review": { against: "v1" } });
    expect(git(dir, "status", "--porcelain")).toBe(before);
  });
});

import { describe, expect, it } from "vitest";
import rule from "../rules/require-deadline.js";
import { untypedRuleTester } from "./helpers/fixture-case.js";

describe("the TypeScript rule testers", () => {
  it("refuse an expected error without a column", () => {
    const code = `const grpc = require("@grpc/grpc-js");\nconst c = new grpc.Client("x", grpc.credentials.createInsecure());\nc.makeUnaryRequest("/a.B/C", (x) => x, (x) => x, {}, () => {});`;
    expect(() =>
      untypedRuleTester().run("positions", rule, { valid: [], invalid: [{ code, errors: [{ messageId: "missingDeadline", line: 3 }] }] }),
    ).toThrow(/needs messageId, line and column/);
  });
});

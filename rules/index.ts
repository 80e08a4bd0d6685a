// The rule registry: one line per rule file, the key is the rule id and the file name.
// test/invariants.test.ts checks that this list and the rules/ folder agree.
import type { AnyRule } from "../src/util/rule-meta.js";
import noRelativeDeadline from "./no-relative-deadline.js";
import noReusedTag from "./no-reused-tag.js";
import noWireIncompatibleChange from "./no-wire-incompatible-change.js";
import requireDeadline from "./require-deadline.js";
import requireIdempotencyKey from "./require-idempotency-key.js";
import requireReservedOnDelete from "./require-reserved-on-delete.js";

export const rules: Record<string, AnyRule> = {
  "no-relative-deadline": noRelativeDeadline,
  "no-reused-tag": noReusedTag,
  "no-wire-incompatible-change": noWireIncompatibleChange,
  "require-deadline": requireDeadline,
  "require-idempotency-key": requireIdempotencyKey,
  "require-reserved-on-delete": requireReservedOnDelete,
};

// The rule registry: one line per rule file, the key is the rule id and the file name.
// test/invariants.test.ts checks that this list and the rules/ folder agree.
import type { AnyRule } from "../src/util/rule-meta.js";
import noRelativeDeadline from "./no-relative-deadline.js";
import requireDeadline from "./require-deadline.js";

export const rules: Record<string, AnyRule> = {
  "no-relative-deadline": noRelativeDeadline,
  "require-deadline": requireDeadline,
};

// The rule registry: one line per rule file, the key is the rule id and the file name.
// test/invariants.test.ts checks that this list and the rules/ folder agree.
import type { AnyRule } from "../src/util/rule-meta.js";
import noL4Target from "./no-l4-target.js";
import noRelativeDeadline from "./no-relative-deadline.js";
import noUnboundedStreamBuffer from "./no-unbounded-stream-buffer.js";
import propagateDeadline from "./propagate-deadline.js";
import requireDeadline from "./require-deadline.js";
import requireServerConnectionAge from "./require-server-connection-age.js";
import requireStreamErrorHandler from "./require-stream-error-handler.js";

export const rules: Record<string, AnyRule> = {
  "no-l4-target": noL4Target,
  "no-relative-deadline": noRelativeDeadline,
  "no-unbounded-stream-buffer": noUnboundedStreamBuffer,
  "propagate-deadline": propagateDeadline,
  "require-deadline": requireDeadline,
  "require-server-connection-age": requireServerConnectionAge,
  "require-stream-error-handler": requireStreamErrorHandler,
};

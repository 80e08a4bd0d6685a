// The rule registry: one line per rule file, the key is the rule id and the file name.
// test/invariants.test.ts checks that this list and the rules/ folder agree.
import type { AnyRule } from "../src/util/rule-meta.js";
import noL4Target from "./no-l4-target.js";
import noUnboundedStreamBuffer from "./no-unbounded-stream-buffer.js";
import propagateDeadline from "./propagate-deadline.js";
import requireServerConnectionAge from "./require-server-connection-age.js";
import requireStreamErrorHandler from "./require-stream-error-handler.js";

export const rules: Record<string, AnyRule> = {
  "no-l4-target": noL4Target,
  "no-unbounded-stream-buffer": noUnboundedStreamBuffer,
  "propagate-deadline": propagateDeadline,
  "require-server-connection-age": requireServerConnectionAge,
  "require-stream-error-handler": requireStreamErrorHandler,
};

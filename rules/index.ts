// The rule registry: one line per rule file, the key is the rule id and the file name.
// test/invariants.test.ts checks that this list and the rules/ folder agree.
import type { AnyRule } from "../src/util/rule-meta.js";
import noReusedTag from "./no-reused-tag.js";
import validServiceConfig from "./valid-service-config.js";

export const rules: Record<string, AnyRule> = {
  "no-reused-tag": noReusedTag,
  "valid-service-config": validServiceConfig,
};

import type { AnyRule } from "../src/util/rule-meta.js";
export declare const rules: Record<string, AnyRule>;

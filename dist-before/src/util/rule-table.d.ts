import { type AnyRule } from "./rule-meta.js";
export declare const RULE_TABLE_START = "<!-- rule-table:start (generated from rule metadata by `npm run docs`) -->";
export declare const RULE_TABLE_END = "<!-- rule-table:end -->";
/** The README's rule table, generated from each rule's metadata so it cannot drift. */
export declare function renderRuleTable(rules: Record<string, AnyRule>): string;
/** The README with its rule table replaced; throws when the markers are missing. */
export declare function withRuleTable(readme: string, rules: Record<string, AnyRule>): string;

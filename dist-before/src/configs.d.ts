import type { Linter } from "eslint";
import type { AnyRule } from "./util/rule-meta.js";
import type { RuleInput } from "./util/create-rule.js";
export declare const PLUGIN_NAME = "grpc-review";
/** File scopes per input. Every block the plugin ships is scoped: ESLint refuses a language rule on other files. */
export declare const FILES_BY_INPUT: Record<RuleInput, string[]>;
/** The ESLint language id ("plugin/language") each non-JavaScript input is parsed with. */
export declare const LANGUAGE_BY_INPUT: Partial<Record<RuleInput, string>>;
export type PresetName = "recommended" | "strict" | "all";
export declare function presetRules(rules: Record<string, AnyRule>, preset: PresetName, input: RuleInput): Linter.RulesRecord;
/** Flat config blocks for one preset: one block per input that has rules (and, for proto/config, a language). */
export declare function flatPreset(plugin: {
    rules: Record<string, AnyRule>;
    languages: Record<string, unknown>;
}, preset: PresetName): Linter.Config[];
/** `.eslintrc` preset for ESLint 8. Legacy ESLint has no languages, so it carries the TypeScript rules only. */
export declare function legacyPreset(rules: Record<string, AnyRule>, preset: PresetName): Record<string, unknown>;

import type { Linter } from "eslint";
import { type PresetName } from "../configs.js";
import type { RuleInput } from "../util/create-rule.js";
import { type AnyRule } from "../util/rule-meta.js";
import { type GrpcReviewSettings } from "../util/settings.js";
export interface BuiltInConfigInput {
    plugin: {
        rules: Record<string, AnyRule>;
        languages: Record<string, unknown>;
    };
    preset: PresetName;
    kindOf: Map<string, RuleInput>;
    /** Files a usable tsconfig includes. */
    typed: Set<string>;
    tsconfigRootDir: string;
    settings: GrpcReviewSettings;
    ruleOverrides: Record<string, "off" | "warn" | "error">;
    /** Extra blocks for TypeScript files (the report's fact collector rides along with the rules). */
    extraTypeScript?: Linter.Config[];
}
export declare function checkRuleOverrides(plugin: BuiltInConfigInput["plugin"], overrides: Record<string, unknown>): void;
/** One ESLint instance's work: the files discovery gave it and the config they are linted with. */
export interface LintGroup {
    name: string;
    files: string[];
    config: Linter.Config[];
}
/** Config for TypeScript files, with type information from the project service or without. */
export declare function typescriptConfig(config: BuiltInConfigInput, typed: boolean): Linter.Config[];
export declare function builtInGroups(config: BuiltInConfigInput): LintGroup[];

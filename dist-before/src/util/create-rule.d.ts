import { ESLintUtils } from "@typescript-eslint/utils";
/** Where the inputs a rule reads come from; it decides which config block and language the rule lives in. */
export type RuleInput = "typescript" | "proto" | "service-config";
/** The first preset that turns a rule on. `strict` includes `recommended`; `all` includes every rule. */
export type RulePreset = "recommended" | "strict";
export interface GrpcReviewRuleDocs {
    description: string;
    preset: RulePreset;
    /** Severity the presets give the rule. */
    severity: "error" | "warn";
    /** The inputs the rule reads; a service-config rule also reads configs inlined in TypeScript. */
    input: RuleInput | readonly RuleInput[];
    /** True when the rule needs type information to say anything; false when it degrades to syntax. */
    requiresTypeChecking?: boolean;
}
export declare const REPOSITORY_URL = "https://github.com/grpc-review/grpc-review";
export declare function ruleDocsUrl(ruleName: string): string;
/** Rule factory for TypeScript rules (typescript-eslint's RuleCreator with this project's docs shape). */
export declare const createRule: <Options extends readonly unknown[], MessageIds extends string>({ meta, name, ...rule }: Readonly<ESLintUtils.RuleWithMetaAndName<Options, MessageIds, GrpcReviewRuleDocs>>) => ESLintUtils.RuleModule<MessageIds, Options, GrpcReviewRuleDocs, ESLintUtils.RuleListener> & {
    name: string;
};

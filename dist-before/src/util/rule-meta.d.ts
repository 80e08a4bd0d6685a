import type { RuleDefinition } from "@eslint/core";
import type { TSESLint } from "@typescript-eslint/utils";
import type { GrpcReviewRuleDocs } from "./create-rule.js";
/** A TypeScript rule (RuleCreator) or a rule over one of the plugin's languages. */
export type AnyRule = TSESLint.RuleModule<string, readonly unknown[], GrpcReviewRuleDocs> | RuleDefinition;
export declare function ruleDocs(rule: AnyRule): GrpcReviewRuleDocs & {
    url?: string;
};

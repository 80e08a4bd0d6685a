import type { RuleDefinition, RuleDefinitionTypeOptions } from "@eslint/core";
import { type GrpcReviewRuleDocs } from "./create-rule.js";
/**
 * Rules over the plugin's own languages (proto, service config) are plain ESLint rule objects:
 * typescript-eslint's RuleCreator is typed for ESTree. This keeps their metadata in the same
 * shape as the TypeScript rules so configs, docs and invariant tests treat every rule alike.
 */
export declare function createLanguageRule<Options extends RuleDefinitionTypeOptions>(spec: {
    name: string;
    meta: Omit<NonNullable<RuleDefinition<Options>["meta"]>, "docs"> & {
        docs: GrpcReviewRuleDocs;
    };
    create: RuleDefinition<Options>["create"];
}): RuleDefinition<Options> & {
    meta: {
        docs: GrpcReviewRuleDocs & {
            url: string;
        };
    };
};

import { ruleDocsUrl } from "./create-rule.js";
/**
 * Rules over the plugin's own languages (proto, service config) are plain ESLint rule objects:
 * typescript-eslint's RuleCreator is typed for ESTree. This keeps their metadata in the same
 * shape as the TypeScript rules so configs, docs and invariant tests treat every rule alike.
 */
export function createLanguageRule(spec) {
    return {
        meta: { ...spec.meta, docs: { ...spec.meta.docs, url: ruleDocsUrl(spec.name) } },
        create: spec.create,
    };
}

import { ESLintUtils } from "@typescript-eslint/utils";
export const REPOSITORY_URL = "https://github.com/grpc-review/grpc-review";
export function ruleDocsUrl(ruleName) {
    return `${REPOSITORY_URL}/blob/main/docs/rules/${ruleName}.md`;
}
/** Rule factory for TypeScript rules (typescript-eslint's RuleCreator with this project's docs shape). */
export const createRule = ESLintUtils.RuleCreator(ruleDocsUrl);

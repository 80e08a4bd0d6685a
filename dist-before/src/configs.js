import tsParser from "@typescript-eslint/parser";
import { ruleDocs } from "./util/rule-meta.js";
export const PLUGIN_NAME = "grpc-review";
/** File scopes per input. Every block the plugin ships is scoped: ESLint refuses a language rule on other files. */
export const FILES_BY_INPUT = {
    typescript: ["**/*.ts", "**/*.tsx", "**/*.mts", "**/*.cts", "**/*.js", "**/*.jsx", "**/*.mjs", "**/*.cjs"],
    proto: ["**/*.proto"],
    "service-config": [
        "**/*service_config*.json",
        "**/*.service-config.json",
        "**/*.service-config.yaml",
        "**/*.service-config.yml",
    ],
};
const TYPESCRIPT_ONLY_FILES = ["**/*.ts", "**/*.tsx", "**/*.mts", "**/*.cts"];
/** The ESLint language id ("plugin/language") each non-JavaScript input is parsed with. */
export const LANGUAGE_BY_INPUT = {
    proto: `${PLUGIN_NAME}/proto`,
    "service-config": `${PLUGIN_NAME}/service-config`,
};
function inPreset(rule, preset) {
    const docs = ruleDocs(rule);
    if (preset === "all")
        return true;
    if (preset === "strict")
        return (docs.preset === "recommended" || docs.preset === "strict");
    return docs.preset === "recommended";
}
export function presetRules(rules, preset, input) {
    const selected = {};
    for (const [id, rule] of Object.entries(rules)) {
        const docs = ruleDocs(rule);
        const inputs = typeof docs.input === "string" ? [docs.input] : docs.input;
        if (!inputs.includes(input) || !inPreset(rule, preset))
            continue;
        selected[`${PLUGIN_NAME}/${id}`] = docs.severity;
    }
    return selected;
}
/** Flat config blocks for one preset: one block per input that has rules (and, for proto/config, a language). */
export function flatPreset(plugin, preset) {
    const blocks = [];
    for (const input of Object.keys(FILES_BY_INPUT)) {
        const rules = presetRules(plugin.rules, preset, input);
        if (Object.keys(rules).length === 0)
            continue;
        const language = LANGUAGE_BY_INPUT[input];
        if (language && !(language.slice(PLUGIN_NAME.length + 1) in plugin.languages))
            continue;
        const block = {
            name: `${PLUGIN_NAME}/${preset}/${input}`,
            files: FILES_BY_INPUT[input],
            plugins: { [PLUGIN_NAME]: plugin },
            rules,
        };
        if (language)
            block.language = language;
        blocks.push(block);
        if (input === "typescript") {
            // The TypeScript parser for TypeScript files only: JavaScript keeps whatever parser the user set.
            blocks.push({
                name: `${PLUGIN_NAME}/${preset}/typescript-parser`,
                files: TYPESCRIPT_ONLY_FILES,
                languageOptions: { parser: tsParser },
            });
        }
    }
    return blocks;
}
/** `.eslintrc` preset for ESLint 8. Legacy ESLint has no languages, so it carries the TypeScript rules only. */
export function legacyPreset(rules, preset) {
    return {
        plugins: [PLUGIN_NAME],
        parser: "@typescript-eslint/parser",
        // ESLint 8 lints only .js unless a config names other extensions: these make `eslint .` include TypeScript.
        overrides: [{ files: ["*.ts", "*.tsx", "*.mts", "*.cts"] }],
        rules: presetRules(rules, preset, "typescript"),
    };
}

import { ruleDocs } from "./rule-meta.js";
export const RULE_TABLE_START = "<!-- rule-table:start (generated from rule metadata by `npm run docs`) -->";
export const RULE_TABLE_END = "<!-- rule-table:end -->";
const INPUT_LABEL = { typescript: "TypeScript", proto: ".proto", "service-config": "service config" };
/** The README's rule table, generated from each rule's metadata so it cannot drift. */
export function renderRuleTable(rules) {
    const rows = Object.keys(rules)
        .sort()
        .map((id) => {
        const docs = ruleDocs(rules[id]);
        const inputs = (typeof docs.input === "string" ? [docs.input] : docs.input).map((input) => INPUT_LABEL[input]).join(", ");
        const preset = `${docs.preset} (${docs.severity})`;
        const typed = docs.requiresTypeChecking ? "yes" : "no";
        const meta = rules[id].meta;
        // `--fix` applies fixes; suggestions are offered in editors only.
        const fixable = meta?.fixable ? "yes" : "no";
        const suggests = meta?.hasSuggestions ? "yes" : "no";
        return `| [${id}](docs/rules/${id}.md) | ${docs.description} | ${inputs} | ${preset} | ${typed} | ${fixable} | ${suggests} |`;
    });
    return [
        RULE_TABLE_START,
        "| Rule | What it reports | Reads | First preset (severity) | Needs types | Fix | Suggestions |",
        "| --- | --- | --- | --- | --- | --- | --- |",
        ...rows,
        RULE_TABLE_END,
    ].join("\n");
}
/** The README with its rule table replaced; throws when the markers are missing. */
export function withRuleTable(readme, rules) {
    const start = readme.indexOf(RULE_TABLE_START);
    const end = readme.indexOf(RULE_TABLE_END);
    if (start < 0 || end < start)
        throw new Error("README.md has no rule-table markers");
    return readme.slice(0, start) + renderRuleTable(rules) + readme.slice(end + RULE_TABLE_END.length);
}

import { eachMessage, relativePath, ruleIdOf } from "./shared.js";
function cell(text) {
    return text.replace(/\|/g, "\\|").replace(/\r?\n/g, " ");
}
/** A report to paste into a pull request or a job summary: counts per rule, then every finding. */
export const formatMarkdown = (results, { cwd, rulesMeta }) => {
    const findings = [...eachMessage(results)];
    if (findings.length === 0)
        return "## grpc-review\n\nNo findings.\n";
    const perRule = new Map();
    for (const { message } of findings) {
        const id = ruleIdOf(message);
        const counts = perRule.get(id) ?? { errors: 0, warnings: 0 };
        if (message.severity === 2)
            counts.errors++;
        else
            counts.warnings++;
        perRule.set(id, counts);
    }
    const errors = findings.filter(({ message }) => message.severity === 2).length;
    const out = [
        "## grpc-review",
        "",
        `${findings.length} finding(s): ${errors} error(s), ${findings.length - errors} warning(s).`,
        "",
        "| Rule | Errors | Warnings |",
        "| --- | ---: | ---: |",
    ];
    for (const [id, counts] of [...perRule].sort(([a], [b]) => a.localeCompare(b))) {
        const url = rulesMeta[id]?.docs?.url;
        out.push(`| ${url ? `[${id}](${url})` : id} | ${counts.errors} | ${counts.warnings} |`);
    }
    out.push("", "| Location | Severity | Rule | Message |", "| --- | --- | --- | --- |");
    for (const { result, message } of findings) {
        const location = `${relativePath(cwd, result.filePath)}:${message.line}:${message.column}`;
        out.push(`| \`${location}\` | ${message.severity === 2 ? "error" : "warning"} | ${ruleIdOf(message)} | ${cell(message.message)} |`);
    }
    return `${out.join("\n")}\n`;
};

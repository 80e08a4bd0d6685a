import { eachMessage, relativePath, ruleIdOf } from "./shared.js";
// GitHub workflow commands: https://docs.github.com/actions/reference/workflow-commands-for-github-actions
function escapeData(text) {
    return text.replace(/%/g, "%25").replace(/\r/g, "%0D").replace(/\n/g, "%0A");
}
function escapeProperty(text) {
    return escapeData(text).replace(/:/g, "%3A").replace(/,/g, "%2C");
}
export const formatGithub = (results, { cwd }) => {
    const lines = [];
    for (const { result, message } of eachMessage(results)) {
        const properties = [
            `file=${escapeProperty(relativePath(cwd, result.filePath))}`,
            `line=${message.line}`,
            `col=${message.column}`,
            ...(message.endLine ? [`endLine=${message.endLine}`] : []),
            ...(message.endColumn ? [`endColumn=${message.endColumn}`] : []),
            `title=${escapeProperty(ruleIdOf(message))}`,
        ];
        lines.push(`::${message.severity === 2 ? "error" : "warning"} ${properties.join(",")}::${escapeData(message.message)}`);
    }
    return lines.length > 0 ? `${lines.join("\n")}\n` : "";
};

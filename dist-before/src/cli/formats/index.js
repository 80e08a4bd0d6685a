import { ESLint } from "eslint";
import { formatGithub } from "./github.js";
import { formatMarkdown } from "./markdown.js";
import { formatSarif } from "./sarif.js";
/** stylish and json are ESLint's own formatters, so `--format json` is exactly ESLint's JSON shape. */
export async function formatResults(format, results, context) {
    switch (format) {
        case "sarif":
            return formatSarif(results, context);
        case "github":
            return formatGithub(results, context);
        case "markdown":
            return formatMarkdown(results, context);
        case "stylish":
        case "json": {
            const formatter = await new ESLint({ cwd: context.cwd }).loadFormatter(format);
            return formatter.format(results, { color: context.color ?? false });
        }
    }
}

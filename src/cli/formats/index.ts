import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { ESLint } from "eslint";
import type { FormatName } from "../args.js";
import { formatGithub } from "./github.js";
import { formatMarkdown } from "./markdown.js";
import { formatSarif } from "./sarif.js";
import type { FormatContext } from "./shared.js";

/**
 * ESLint's built-in formatters, by path: given a bare name, `loadFormatter` first resolves an
 * `eslint-formatter-<name>` package from the reviewed folder, which reads that folder's package.json
 * (a FIFO there blocked the run) and would let the project swap in its own code.
 */
const BUILT_IN_FORMATTERS = join(dirname(createRequire(import.meta.url).resolve("eslint/package.json")), "lib", "cli-engine", "formatters");

/** stylish and json are ESLint's own formatters, so `--format json` is exactly ESLint's JSON shape. */
export async function formatResults(format: FormatName, results: ESLint.LintResult[], context: FormatContext): Promise<string> {
  switch (format) {
    case "sarif":
      return formatSarif(results, context);
    case "github":
      return formatGithub(results, context);
    case "markdown":
      return formatMarkdown(results, context);
    case "stylish":
    case "json": {
      const formatter = await new ESLint({ cwd: context.cwd }).loadFormatter(join(BUILT_IN_FORMATTERS, `${format}.js`));
      return formatter.format(results, { color: context.color ?? false });
    }
  }
}

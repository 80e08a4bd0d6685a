// First: the command's own TypeScript must be in place before anything loads typescript-eslint.
import { engineNotices } from "./engine.js";
import { relative, resolve } from "node:path";
import { ESLint } from "eslint";
import picocolors from "picocolors";
import { writeReportFile } from "../util/atomic-write.js";
import { packageInfo } from "../util/package-info.js";
import { HELP, parseCliArgs, type CliOptions } from "./args.js";
import { formatResults } from "./formats/index.js";
import { Progress } from "./progress.js";
import { reportCommand } from "./report-command.js";
import { review } from "./run.js";
import { writeFixes } from "./fixes.js";
import { UNUSED_SUPPRESSIONS_MESSAGE } from "./suppressions.js";

export interface CliIo {
  stdout: NodeJS.WritableStream;
  stderr: NodeJS.WriteStream;
  cwd: string;
}

export const EXIT_OK = 0;
export const EXIT_FINDINGS = 1;
export const EXIT_USAGE_OR_INTERNAL = 2;

function exitCodeFor(results: ESLint.LintResult[], options: CliOptions, stderr: NodeJS.WritableStream): number {
  const errors = results.reduce((sum, result) => sum + result.errorCount, 0);
  const warnings = results.reduce((sum, result) => sum + result.warningCount, 0);
  if (errors > 0) return EXIT_FINDINGS;
  if (options.maxWarnings >= 0 && warnings > options.maxWarnings) {
    stderr.write(`grpc-review: too many warnings (${warnings}); the maximum is ${options.maxWarnings}\n`);
    return EXIT_FINDINGS;
  }
  return EXIT_OK;
}

export async function main(argv: string[], io: CliIo = { stdout: process.stdout, stderr: process.stderr, cwd: process.cwd() }): Promise<number> {
  if (argv[0] === "report") return reportCommand(argv.slice(1), io);
  let options: CliOptions;
  try {
    options = parseCliArgs(argv);
  } catch (error) {
    io.stderr.write(`grpc-review: ${(error as Error).message}\nRun "grpc-review --help" for usage.\n`);
    return EXIT_USAGE_OR_INTERNAL;
  }
  if (options.help) {
    io.stdout.write(`${HELP}\n`);
    return EXIT_OK;
  }
  if (options.version) {
    io.stdout.write(`${packageInfo.version}\n`);
    return EXIT_OK;
  }

  try {
    const progress = new Progress(io.stderr, options.progress && io.stderr.isTTY === true);
    const outcome = await review(options, io.cwd, progress);
    // On a terminal the notices stand out from the report; piped, they stay plain text.
    const paint = picocolors.createColors(io.stderr.isTTY === true && !process.env.NO_COLOR);
    for (const notice of [...engineNotices(io.cwd), ...outcome.notices]) io.stderr.write(`grpc-review: ${paint.yellow("warning")}: ${notice}\n`);

    if (options.fix) {
      const fixed = writeFixes(outcome.results);
      if (fixed > 0) io.stderr.write(`grpc-review: fixed ${fixed} file(s)\n`);
    }
    if (outcome.suppressed) io.stderr.write(`grpc-review: suppressed ${outcome.suppressed.count} error(s) in ${outcome.suppressed.file}\n`);

    const results = options.quiet ? ESLint.getErrorResults(outcome.results) : outcome.results;
    const report = await formatResults(options.format, results, {
      cwd: io.cwd,
      rulesMeta: outcome.rulesMeta,
      version: packageInfo.version,
      color: options.outputFile === undefined && (io.stdout as NodeJS.WriteStream).isTTY === true,
    });
    if (options.outputFile) writeReportFile(resolve(io.cwd, options.outputFile), report);
    else io.stdout.write(report);
    if (outcome.stats) {
      outcome.stats.phase("format and write");
      io.stderr.write(outcome.stats.format(io.cwd, relative));
    }
    const code = exitCodeFor(outcome.results, options, io.stderr);
    if (!options.passOnUnprunedSuppressions && Object.keys(outcome.unusedSuppressions).length > 0) {
      io.stderr.write(`grpc-review: ${UNUSED_SUPPRESSIONS_MESSAGE}\n`);
      return EXIT_USAGE_OR_INTERNAL;
    }
    return code;
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    const paint = picocolors.createColors(io.stderr.isTTY === true && !process.env.NO_COLOR);
    io.stderr.write(`grpc-review: ${paint.red(message.split("\n")[0])}\n`);
    if (options.debug || process.env.DEBUG) io.stderr.write(`${(error as Error).stack ?? ""}\n`);
    return EXIT_USAGE_OR_INTERNAL;
  }
}

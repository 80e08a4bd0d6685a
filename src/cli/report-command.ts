/**
 * `grpc-review report [paths...]`: the review run, with the report's fact collector riding along
 * in the lint pass, then the whole-repository call graph, then one model rendered as HTML,
 * Markdown or JSON.
 */
import { resolve } from "node:path";
import { parseArgs } from "node:util";
import { ESLint, type Linter } from "eslint";
import { getProtoIndex } from "../../proto-checks/project-index.js";
import { buildCallGraph, buildModel, createCollector, renderHtml, renderJson, renderMarkdown, type ReportModel } from "../report/index.js";
import { writeReportFile } from "../util/atomic-write.js";
import { packageInfo } from "../util/package-info.js";
import { PRESETS, UsageError, type CliOptions, type PresetChoice } from "./args.js";
import { Progress } from "./progress.js";
import { review } from "./run.js";

export const REPORT_FORMATS = ["html", "markdown", "json"] as const;
export type ReportFormat = (typeof REPORT_FORMATS)[number];

export const REPORT_HELP = `Usage: grpc-review report [options] [paths...]

Writes the design review of the gRPC code under the paths (default: .): every service and method,
who calls it and how, service-config policy, the call graph, the senior checklist with verdicts,
and the findings of the review.

Options:
  -f, --format <name>        html (default), markdown, json
  -o, --output-file <file>   write the report to a file (atomically) instead of stdout
      --preset <name>        recommended (default), strict, all
      --rule <id>=<severity> override a rule (repeatable)
      --no-eslint-config     ignore an eslint.config.* in the target folder
      --no-progress          no progress line on stderr
  -h, --help                 show this help

Exit codes: 0 the report was written, 2 usage or internal error.`;

interface ReportOptions {
  format: ReportFormat;
  outputFile?: string;
  review: CliOptions;
  help: boolean;
}

const COLLECTOR_PLUGIN = "grpc-review-report";

function parseReportArgs(argv: string[]): ReportOptions {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      strict: true,
      options: {
        format: { type: "string", short: "f", default: "html" },
        "output-file": { type: "string", short: "o" },
        preset: { type: "string" },
        rule: { type: "string", multiple: true, default: [] },
        "no-eslint-config": { type: "boolean", default: false },
        "no-progress": { type: "boolean", default: false },
        help: { type: "boolean", short: "h", default: false },
      },
    });
  } catch (error) {
    throw new UsageError((error as Error).message.split("\n")[0].replace(/\. To specify.*$/, ""));
  }
  const { values, positionals } = parsed;
  if (!(REPORT_FORMATS as readonly string[]).includes(values.format)) {
    throw new UsageError(`--format must be one of ${REPORT_FORMATS.join(", ")}; got "${values.format}"`);
  }
  if (values.preset !== undefined && !(PRESETS as readonly string[]).includes(values.preset)) {
    throw new UsageError(`--preset must be one of ${PRESETS.join(", ")}; got "${values.preset}"`);
  }
  const ruleOverrides: CliOptions["ruleOverrides"] = {};
  for (const text of values.rule) {
    const match = /^\s*([\w/@-]+)\s*[=:]\s*(off|warn|error)\s*$/.exec(text);
    if (!match) throw new UsageError(`--rule expects <id>=<off|warn|error>, got "${text}"`);
    ruleOverrides[match[1].replace(/^grpc-review\//, "")] = match[2] as "off" | "warn" | "error";
  }
  return {
    format: values.format as ReportFormat,
    outputFile: values["output-file"],
    help: values.help,
    review: {
      paths: positionals.length > 0 ? positionals : ["."],
      format: "json",
      preset: values.preset as PresetChoice | undefined,
      noEslintConfig: values["no-eslint-config"],
      ruleOverrides,
      maxWarnings: -1,
      quiet: false,
      suppressAll: false,
      suppressRule: [],
      pruneSuppressions: false,
      passOnUnprunedSuppressions: false,
      fix: false,
      cache: false,
      progress: !values["no-progress"],
      types: true,
      help: false,
      version: false,
      strictConfig: false,
      debug: false,
      followSymlinks: false,
      sizeLimits: {},
    },
  };
}

export interface ReportIo {
  stdout: NodeJS.WritableStream;
  stderr: NodeJS.WriteStream;
  cwd: string;
}

/** Builds the model of a repository (exported for tests and the benchmark). */
export async function buildReportModel(options: CliOptions, cwd: string, progress: Progress): Promise<{ model: ReportModel; notices: string[] }> {
  const collector = createCollector();
  const extra: Linter.Config[] = [
    {
      name: "grpc-review/cli/report-facts",
      files: ["**/*.ts", "**/*.tsx", "**/*.mts", "**/*.cts", "**/*.js", "**/*.jsx", "**/*.mjs", "**/*.cjs"],
      plugins: { [COLLECTOR_PLUGIN]: { rules: { facts: collector.rule } } as never },
      rules: { [`${COLLECTOR_PLUGIN}/facts`]: "warn" },
    },
  ];
  progress.phase("discovery");
  const outcome = await review(options, cwd, progress, extra);
  progress.phase("protos");
  const protoIndex = getProtoIndex(outcome.protoRoots);
  progress.phase("graph");
  const typescriptFiles = new Set([...outcome.kindOf].filter(([, kind]) => kind === "typescript").map(([file]) => file));
  const graph = buildCallGraph(collector.facts, typescriptFiles);
  progress.phase("configs");
  const serviceConfigFiles = [...outcome.kindOf].filter(([, kind]) => kind === "service-config").map(([file]) => file).sort();
  const model = buildModel({
    cwd,
    paths: options.paths.map((path) => resolve(cwd, path)),
    version: packageInfo.version,
    protoIndex,
    serviceConfigFiles,
    facts: collector.facts,
    graph,
    results: outcome.results,
  });
  progress.finish();
  const notices = [...outcome.notices];
  if (outcome.configSource !== "" && !outcome.configSource.startsWith("built-in") && !outcome.configSource.endsWith(".grpc-review.json")) {
    // A user's own ESLint config runs its own blocks; the collector rides only with the built-in setup.
    if (collector.facts.size === 0) notices.push(`the lint pass used ${outcome.configSource}; run with --no-eslint-config for call sites and handlers in the report`);
  }
  return { model, notices };
}

export async function reportCommand(argv: string[], io: ReportIo): Promise<number> {
  let options: ReportOptions;
  try {
    options = parseReportArgs(argv);
  } catch (error) {
    io.stderr.write(`grpc-review report: ${(error as Error).message}\nRun "grpc-review report --help" for usage.\n`);
    return 2;
  }
  if (options.help) {
    io.stdout.write(`${REPORT_HELP}\n`);
    return 0;
  }
  if (Number(ESLint.version.split(".")[0]) < 10) {
    io.stderr.write(`grpc-review report: the command needs ESLint 10 or later, found ${ESLint.version}\n`);
    return 2;
  }
  try {
    const progress = new Progress(io.stderr, options.review.progress && io.stderr.isTTY === true);
    const { model, notices } = await buildReportModel(options.review, io.cwd, progress);
    for (const notice of notices) io.stderr.write(`grpc-review: warning: ${notice}\n`);
    const text = options.format === "json" ? renderJson(model) : options.format === "markdown" ? renderMarkdown(model) : renderHtml(model);
    if (options.outputFile) writeReportFile(resolve(io.cwd, options.outputFile), text);
    else io.stdout.write(text);
    return 0;
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    io.stderr.write(`grpc-review report: ${message.split("\n")[0]}\n`);
    if (process.env.DEBUG) io.stderr.write(`${(error as Error).stack ?? ""}\n`);
    return 2;
  }
}

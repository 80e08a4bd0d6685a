import { parseArgs } from "node:util";
import type { InputKind, SizeLimits } from "../util/file-access.js";
import type { Shard } from "./shard.js";

export const FORMATS = ["stylish", "json", "sarif", "github", "markdown"] as const;
export type FormatName = (typeof FORMATS)[number];
export const PRESETS = ["recommended", "strict", "all"] as const;
export type PresetChoice = (typeof PRESETS)[number];

export interface CliOptions {
  paths: string[];
  format: FormatName;
  outputFile?: string;
  /** Unset: the project config's preset, else recommended. */
  preset?: PresetChoice;
  /** ESLint flat config file to use instead of the built-in setup. */
  config?: string;
  /** Ignore an eslint.config.* found in the target and use the built-in setup. */
  noEslintConfig: boolean;
  /** Exit 2 when the target's own ESLint config cannot be loaded, instead of reviewing with the built-in setup. */
  strictConfig: boolean;
  /** `id` → severity overrides, ids with or without the `grpc-review/` prefix. */
  ruleOverrides: Record<string, "off" | "warn" | "error">;
  maxWarnings: number;
  quiet: boolean;
  against?: string;
  /** Apply the rules' fixes to the files (never their suggestions). */
  fix: boolean;
  suppressAll: boolean;
  /** Rules to record in the suppressions file (`grpc-review/` prefixed). */
  suppressRule: string[];
  pruneSuppressions: boolean;
  passOnUnprunedSuppressions: boolean;
  suppressionsLocation?: string;
  progress: boolean;
  /** Lint every TypeScript file without type information (no program is built). */
  types: boolean;
  /** Follow symlinks out of the reviewed folders (discovery skips them by default). */
  followSymlinks: boolean;
  /** Size caps per input kind, in bytes (--max-file-size). */
  sizeLimits: SizeLimits;
  /** Reuse results of files whose inputs did not change (--cache). */
  cache: boolean;
  /** Cache file, or a folder to hold it (--cache-location). */
  cacheLocation?: string;
  /** Print the stack of an internal error. */
  debug: boolean;
  help: boolean;
  version: boolean;
  /** Print the run's phases, programs and rule times on stderr. */
  stats?: boolean;
  /** Review only this part of the files (`--shard <i>/<n>`), as one of n CI jobs. */
  shard?: Shard;
  /** ESLint's own multithreaded linting (`--concurrency <n|auto|off>`); off unless asked for. */
  concurrency?: Concurrency;
}

export type Concurrency = number | "auto" | "off";

export class UsageError extends Error {}

export const HELP = `Usage: grpc-review [options] [paths...]

Reviews gRPC code, .proto files and service configs under the given paths (default: .).
\`grpc-review report [paths...]\` writes the design review as HTML, Markdown or JSON (see \`grpc-review report --help\`).

Options:
  -f, --format <name>            stylish (default), json, sarif, github, markdown
  -o, --output-file <file>       write the report to a file (atomically) instead of stdout
      --preset <name>            recommended (default), strict, all
      --rule <id>=<severity>     override a rule: off, warn or error (repeatable)
  -c, --config <file>            use this ESLint flat config file instead of the built-in setup
      --no-eslint-config         ignore an eslint.config.* in the target folder
      --strict-config            exit 2 when that eslint.config.* cannot be loaded
                                 (default: a notice, then the built-in setup reviews)
      --against <git-ref>        compare .proto files with their versions at this ref
      --max-warnings <n>         exit 1 when there are more than n warnings
      --quiet                    report errors only
      --fix                      apply the rules' fixes to the files (suggestions are never applied)
      --suppress-all             record every current error in the suppressions file
      --suppress-rule <id>       record the current errors of this rule only (repeatable)
      --prune-suppressions       drop suppressions that no longer occur
      --pass-on-unpruned-suppressions
                                 do not fail when suppressions no longer occur
      --suppressions-location <file>
                                 suppressions file (default: eslint-suppressions.json)
      --no-progress              no progress line on stderr
      --no-types                 check TypeScript without type information (builds no program)
      --max-file-size [<kind>=]<MB>
                                 review files up to this size (default 20 MB, TypeScript 5 MB);
                                 kind: typescript, proto, service-config, suppressions (repeatable)
      --follow-symlinks          follow symlinks that lead outside the reviewed folders
      --cache                    reuse results of files whose inputs did not change: their own
                                 text and every .proto, program file, option and version they read
      --cache-location <path>    cache file or folder (default: .grpc-review-cache)
      --debug                    print the stack trace of an internal error
  -h, --help                     show this help
  -v, --version                  show the version
      --stats                    print phases (time, RSS), files typed/untyped, programs and rule times on stderr
      --shard <i>/<n>            review the i-th of n parts of the files (a stable split by path), as
                                 one of n CI jobs; the n JSON outputs together are the whole report
      --concurrency <n|auto|off> lint untyped, proto and service-config files in n ESLint worker
                                 threads (auto: ESLint's choice, at most half the cores; default off);
                                 typed files stay in one thread, one program at a time

Exit codes: 0 no errors (warnings allowed), 1 errors or too many warnings, 2 usage or internal error.`;

const SEVERITIES = new Set(["off", "warn", "error", "0", "1", "2"]);
const SEVERITY_NAMES = ["off", "warn", "error"] as const;

function parseRuleOverride(text: string): [string, "off" | "warn" | "error"] {
  const match = /^\s*([\w/@-]+)\s*[=:]\s*(\w+)\s*$/.exec(text);
  if (!match || !SEVERITIES.has(match[2])) {
    throw new UsageError(`--rule expects <id>=<off|warn|error>, got "${text}"`);
  }
  const severity = /^\d$/.test(match[2]) ? SEVERITY_NAMES[Number(match[2])] : (match[2] as "off" | "warn" | "error");
  return [match[1].replace(/^grpc-review\//, ""), severity];
}

function oneOf<T extends string>(flag: string, value: string, allowed: readonly T[]): T {
  if (!(allowed as readonly string[]).includes(value)) {
    throw new UsageError(`${flag} must be one of ${allowed.join(", ")}; got "${value}"`);
  }
  return value as T;
}

const SIZE_KINDS: readonly InputKind[] = ["typescript", "proto", "service-config", "suppressions"];

function parseSizeLimits(texts: string[]): SizeLimits {
  const limits: SizeLimits = {};
  for (const text of texts) {
    const match = /^(?:([a-z-]+)=)?(\d+(?:\.\d+)?)$/.exec(text.trim());
    const kind = match?.[1];
    if (!match || (kind !== undefined && !(SIZE_KINDS as readonly string[]).includes(kind))) {
      throw new UsageError(`--max-file-size expects [<kind>=]<MB> with kind one of ${SIZE_KINDS.join(", ")}; got "${text}"`);
    }
    const bytes = Math.round(Number(match[2]) * 1024 * 1024);
    for (const each of kind ? [kind as InputKind] : SIZE_KINDS) limits[each] = bytes;
  }
  return limits;
}

function parseConcurrency(text: string): Concurrency {
  if (text === "auto" || text === "off") return text;
  const count = /^\d+$/.test(text.trim()) ? Number(text) : NaN;
  if (!Number.isSafeInteger(count) || count < 1) throw new UsageError(`--concurrency expects a positive number, "auto" or "off", got "${text}"`);
  return count;
}

function parseShard(text: string): Shard {
  const match = /^\s*(\d+)\s*\/\s*(\d+)\s*$/.exec(text);
  const index = Number(match?.[1]);
  const count = Number(match?.[2]);
  if (!match || !Number.isSafeInteger(count) || count < 1 || index < 1 || index > count) {
    throw new UsageError(`--shard expects <index>/<count> with 1 <= index <= count, got "${text}"`);
  }
  return { index, count };
}

export function parseCliArgs(argv: string[]): CliOptions {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      strict: true,
      options: {
        format: { type: "string", short: "f", default: "stylish" },
        "output-file": { type: "string", short: "o" },
        preset: { type: "string" },
        rule: { type: "string", multiple: true, default: [] },
        config: { type: "string", short: "c" },
        "no-eslint-config": { type: "boolean", default: false },
        "strict-config": { type: "boolean", default: false },
        against: { type: "string" },
        "max-warnings": { type: "string", default: "-1" },
        quiet: { type: "boolean", default: false },
        fix: { type: "boolean", default: false },
        "suppress-all": { type: "boolean", default: false },
        "suppress-rule": { type: "string", multiple: true, default: [] },
        "prune-suppressions": { type: "boolean", default: false },
        "pass-on-unpruned-suppressions": { type: "boolean", default: false },
        "suppressions-location": { type: "string" },
        "no-progress": { type: "boolean", default: false },
        "no-types": { type: "boolean", default: false },
        "max-file-size": { type: "string", multiple: true, default: [] },
        "follow-symlinks": { type: "boolean", default: false },
        cache: { type: "boolean", default: false },
        "cache-location": { type: "string" },
        debug: { type: "boolean", default: false },
        help: { type: "boolean", short: "h", default: false },
        version: { type: "boolean", short: "v", default: false },
        stats: { type: "boolean", default: false },
        shard: { type: "string" },
        concurrency: { type: "string" },
      },
    });
  } catch (error) {
    // node:util's messages name the flag; drop its long hints so the error stays one line.
    throw new UsageError((error as Error).message.split("\n")[0].replace(/\. To specify.*$/, ""));
  }
  const { values, positionals } = parsed;
  const maxWarnings = Number(values["max-warnings"]);
  if (!/^-?\d+$/.test(values["max-warnings"]) || maxWarnings < -1) {
    throw new UsageError(`--max-warnings expects a whole number, got "${values["max-warnings"]}"`);
  }
  // ESLint 10's CLI refuses the same combinations, with these messages.
  const suppressRule = values["suppress-rule"];
  if (values["suppress-all"] && suppressRule.length > 0) throw new UsageError("The --suppress-all option and the --suppress-rule option cannot be used together.");
  if (values["suppress-all"] && values["prune-suppressions"]) throw new UsageError("The --suppress-all option and the --prune-suppressions option cannot be used together.");
  if (suppressRule.length > 0 && values["prune-suppressions"]) throw new UsageError("The --suppress-rule option and the --prune-suppressions option cannot be used together.");
  const shard = values.shard === undefined ? undefined : parseShard(values.shard);
  // Each shard sees only its own files' errors: recording or pruning would drop the other shards' entries.
  if (shard && (values["suppress-all"] || suppressRule.length > 0 || values["prune-suppressions"])) {
    throw new UsageError("--shard cannot be used with --suppress-all, --suppress-rule or --prune-suppressions");
  }
  if (values.against !== undefined && values.against.trim() === "") {
    throw new UsageError("--against expects a git ref");
  }
  return {
    paths: positionals.length > 0 ? positionals : ["."],
    format: oneOf("--format", values.format, FORMATS),
    outputFile: values["output-file"],
    preset: values.preset === undefined ? undefined : oneOf("--preset", values.preset, PRESETS),
    config: values.config,
    noEslintConfig: values["no-eslint-config"],
    strictConfig: values["strict-config"],
    ruleOverrides: Object.fromEntries(values.rule.map(parseRuleOverride)),
    maxWarnings,
    quiet: values.quiet,
    against: values.against,
    fix: values.fix,
    suppressAll: values["suppress-all"],
    suppressRule: suppressRule.map((id) => (id.includes("/") ? id : `grpc-review/${id}`)),
    pruneSuppressions: values["prune-suppressions"],
    passOnUnprunedSuppressions: values["pass-on-unpruned-suppressions"],
    suppressionsLocation: values["suppressions-location"],
    progress: !values["no-progress"],
    types: !values["no-types"],
    followSymlinks: values["follow-symlinks"],
    sizeLimits: parseSizeLimits(values["max-file-size"]),
    cache: values.cache,
    cacheLocation: values["cache-location"],
    debug: values.debug,
    help: values.help,
    version: values.version,
    stats: values.stats,
    ...(shard ? { shard } : {}),
    ...(values.concurrency !== undefined ? { concurrency: parseConcurrency(values.concurrency) } : {}),
  };
}

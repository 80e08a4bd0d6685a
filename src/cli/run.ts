import { existsSync, statSync } from "node:fs";
import { availableParallelism } from "node:os";
import { dirname, relative, resolve, sep } from "node:path";
import { ESLint, type Linter } from "eslint";
import plugin from "../index.js";
import { PLUGIN_NAME } from "../configs.js";
import type { GrpcReviewSettings } from "../util/settings.js";
import type { RuleInput } from "../util/create-rule.js";
import { readTextFile, screenFile, SETUP_FILE_LIMIT, sizeLimit } from "../util/file-access.js";
import { UsageError, type CliOptions } from "./args.js";
import { isServiceConfigDocument } from "../core/service-config/index.js";
import { checkAgainstRef } from "./against.js";
import { discoverFiles } from "./discover.js";
import { builtInGroups, checkRuleOverrides, typescriptConfig, type BuiltInConfigInput, type LintGroup } from "./lint-config.js";
import type { Progress } from "./progress.js";
import { findOwnEslintConfig, planOwnConfigRun } from "./own-config.js";
import { loadProjectConfig } from "./project-config.js";
import { baselineResults, DEFAULT_SUPPRESSIONS_FILE, readSuppressions, type Suppressions } from "./suppressions.js";
import { resolveTypeScriptProjects } from "./typescript-projects.js";
import { selectTypedFiles } from "./prefilter.js";
import { typedLintOrder } from "./program-groups.js";
import { closeOpenedFiles, collectGarbage, releaseProjectService, trackOpenedFiles } from "./program-release.js";
import { RunStats } from "./stats.js";
import { workerOptionsUrl, type WorkerInput } from "./worker-options.js";
import { inShard, type Shard } from "./shard.js";
import { forgetProtoIndexes } from "../../proto-checks/project-index.js";
import { clearSnapshots } from "../../proto-checks/git-history.js";
import { cacheFilePath, fingerprints, ResultCache, type CacheInputs } from "./cache.js";

export interface ReviewOutcome {
  results: ESLint.LintResult[];
  rulesMeta: ESLint.LintResultData["rulesMeta"];
  /** One line each: things the user should know that are not findings (a broken tsconfig...). */
  notices: string[];
  /** Which configuration was used: the built-in presets or an ESLint config file. */
  configSource: string;
  /** Suppressions of linted files that no longer occur (ESLint fails the run on them). */
  unusedSuppressions: Suppressions;
  /** How many errors `--suppress-all` / `--suppress-rule` recorded, and where. */
  suppressed?: { count: number; file: string };
  /** What discovery found, each file with the input it was linted as. */
  kindOf: Map<string, RuleInput>;
  protoRoots: string[];
  /** With --stats: what the run spent, phase by phase. */
  stats?: RunStats;
}

/** Phase names for the progress line, by lint group. */
const PHASE_OF_GROUP: Record<string, string> = { "typescript-typed": "TypeScript", "typescript-untyped": "TypeScript", proto: "protos", "service-config": "configs" };

const BATCH_SIZE = 50;
/** ESLint 10 marks a leftover `eslint-env` comment as a fatal, rule-less message; the file itself parsed fine. */
const RETIRED_ESLINT_ENV = /^\/\* eslint-env \*\/ comments are no longer supported/;
/** typescript-eslint's fatal message for a file the nearest tsconfig does not include. */
const NOT_IN_PROJECT = /was not found by the project service|not included in this project|none of those TSConfigs include this file|that TSConfig does not include this file/i;

/** A file that could not be reviewed, as a result ESLint would give: one fatal error at 1:1. */
export function fileProblemResult(filePath: string, reason: string): ESLint.LintResult {
  return {
    filePath,
    messages: [{ ruleId: null, fatal: true, severity: 2, message: reason, line: 1, column: 1 }],
    suppressedMessages: [],
    errorCount: 1,
    fatalErrorCount: 1,
    warningCount: 0,
    fixableErrorCount: 0,
    fixableWarningCount: 0,
    usedDeprecatedRules: [],
  };
}

/** One file's failure (it became unreadable since it was screened) must not lose the batch's other results. */
async function lintEach(eslint: ESLint, files: string[]): Promise<ESLint.LintResult[]> {
  try {
    return await eslint.lintFiles(files);
  } catch (error) {
    if (files.length === 1) return [fileProblemResult(files[0], `cannot be reviewed: ${(error as Error).message.split("\n")[0]}`)];
    const results: ESLint.LintResult[] = [];
    for (const file of files) for (const result of await lintEach(eslint, [file])) results.push(result);
    return results;
  }
}

async function lintInBatches(eslint: ESLint, files: string[], progress: Progress, offset: number, total: number, afterBatch?: () => void, batchSize = BATCH_SIZE): Promise<ESLint.LintResult[]> {
  const results: ESLint.LintResult[] = [];
  for (let start = 0; start < files.length; start += batchSize) {
    for (const result of await lintEach(eslint, files.slice(start, start + batchSize))) results.push(result);
    progress.update(offset + Math.min(start + batchSize, files.length), total);
    afterBatch?.();
  }
  return results;
}

/**
 * ESLint reads each file whole and throws on the first it cannot open, losing every other file's
 * results: files that are too large or unreadable become one finding each instead, before ESLint sees them.
 */
function screenDiscovered(discovered: Awaited<ReturnType<typeof discoverFiles>>, options: CliOptions): ESLint.LintResult[] {
  const problems: ESLint.LintResult[] = [];
  for (const [file, reason] of discovered.problems) problems.push(fileProblemResult(file, reason));
  for (const [file, kind] of [...discovered.kindOf]) {
    const screened = screenFile(file, { maxBytes: sizeLimit(kind, options.sizeLimits), kind });
    if (screened.ok) continue;
    problems.push(fileProblemResult(file, screened.reason));
    discovered.kindOf.delete(file);
  }
  if (problems.length > 0) discovered.files = discovered.files.filter((file) => discovered.kindOf.has(file));
  return problems;
}

/** ESLint gives some messages no line (a parser that overflowed): every format needs one, so they go to 1:1. */
function withPositions(result: ESLint.LintResult): ESLint.LintResult {
  if (result.messages.every((message) => Number.isInteger(message.line) && message.line >= 1 && Number.isInteger(message.column) && message.column >= 1)) {
    return result;
  }
  return {
    ...result,
    messages: result.messages.map((message) => {
      if (Number.isInteger(message.line) && message.line >= 1 && Number.isInteger(message.column) && message.column >= 1) return message;
      // An end without a start is meaningless: the placed message spans nothing.
      const placed = { ...message, line: 1, column: 1, message: `${message.message} (no position was given; shown at 1:1)` };
      delete placed.endLine;
      delete placed.endColumn;
      return placed;
    }),
  };
}

/**
 * Target code carries inline directives for plugins the built-in setup does not load
 * (`// eslint-disable-next-line @typescript-eslint/...`); ESLint reports each as "Definition for
 * rule ... was not found", and retired `eslint-env` comments get a rule-less error.
 * Those are not review findings: keep ours and parse errors only.
 */
function onlyOwnFindings(result: ESLint.LintResult): ESLint.LintResult {
  const messages = result.messages.filter((message) =>
    message.ruleId === null ? message.fatal === true && !RETIRED_ESLINT_ENV.test(message.message) : message.ruleId.startsWith(`${PLUGIN_NAME}/`),
  );
  if (messages.length === result.messages.length) return result;
  const count = (severity: number, fixable = false) =>
    messages.filter((message) => message.severity === severity && (!fixable || message.fix !== undefined)).length;
  return {
    ...result,
    messages,
    errorCount: count(2),
    warningCount: count(1),
    fixableErrorCount: count(2, true),
    fixableWarningCount: count(1, true),
    fatalErrorCount: messages.filter((message) => message.fatal).length,
  };
}

/** Keeps the shard's files (and problem files) only; tsconfigs stay, as every program still sees all its files. */
function keepShard(discovered: Awaited<ReturnType<typeof discoverFiles>>, shard: Shard, cwd: string): void {
  discovered.files = discovered.files.filter((file) => inShard(file, shard, cwd));
  for (const file of [...discovered.kindOf.keys()]) if (!inShard(file, shard, cwd)) discovered.kindOf.delete(file);
  for (const file of [...discovered.problems.keys()]) if (!inShard(file, shard, cwd)) discovered.problems.delete(file);
}

function relativeList(cwd: string, files: string[]): string {
  const shown = files.slice(0, 3).map((file) => relative(cwd, file) || file);
  return files.length > 3 ? `${shown.join(", ")}, ...` : shown.join(", ");
}

function commonAncestor(paths: string[]): string {
  const split = paths.map((path) => path.split(sep));
  const shared: string[] = [];
  for (let index = 0; split.every((parts) => index < parts.length && parts[index] === split[0][index]); index++) shared.push(split[0][index]);
  return shared.join(sep) || sep;
}

export async function review(options: CliOptions, cwd: string, progress: Progress, extraTypeScript?: Linter.Config[]): Promise<ReviewOutcome> {
  const stats = options.stats ? new RunStats() : undefined;
  // A run reads the protos and the refs afresh, also after another run in this process.
  forgetProtoIndexes();
  clearSnapshots();
  const project = loadProjectConfig(cwd);
  const ruleOverrides = { ...project?.config.rules, ...options.ruleOverrides };
  checkRuleOverrides(plugin, ruleOverrides);
  const preset = options.preset ?? project?.config.preset ?? "recommended";
  const discovered = await discoverFiles(options.paths, cwd, {
    sniffServiceConfig: isServiceConfigDocument,
    ignores: project?.config.ignores,
    ignoresBase: cwd,
    followSymlinks: options.followSymlinks,
  });
  if (options.shard) keepShard(discovered, options.shard, cwd);
  const unreviewable = screenDiscovered(discovered, options);
  stats?.phase("discovery", `${discovered.kindOf.size} file(s), ${discovered.tsconfigs.length} tsconfig(s)`);
  const targets = options.paths.map((path) => resolve(cwd, path));
  if (options.against) checkAgainstRef(options.against, targets);
  const settingDefaults: GrpcReviewSettings = {
    // A file target's own folder, never the widened base path (which can be "/"), roots the proto index.
    protoRoots: [...new Set(targets.map((target) => (statSync(target).isDirectory() ? target : dirname(target))))],
  };
  const chosenSettings: GrpcReviewSettings = { ...project?.config.settings, ...(options.against ? { against: options.against } : {}) };
  const settings: GrpcReviewSettings = { ...settingDefaults, ...chosenSettings };
  const suppressionsFile = resolve(cwd, options.suppressionsLocation ?? DEFAULT_SUPPRESSIONS_FILE);
  if (options.suppressionsLocation && !options.suppressAll && options.suppressRule.length === 0 && !existsSync(suppressionsFile)) {
    throw new UsageError("The suppressions file does not exist. Please run the command with `--suppress-all` or `--suppress-rule` to create it.");
  }
  // A broken suppressions file is a usage error before any work, in both modes (--suppress-all rewrites it).
  readSuppressions(suppressionsFile);
  // ESLint ignores files outside its base path: widen it when a target lies outside the cwd.
  const baseOptions: ESLint.Options = {
    cwd: commonAncestor([cwd, ...targets]),
    errorOnUnmatchedPattern: false,
    ...(stats ? { stats: true } : {}),
    // Only this plugin's fixes (a project config may carry other plugins), and with --quiet only
    // those of errors, as ESLint's CLI does; suggestions are never applied.
    ...(options.fix
      ? { fix: (message: { ruleId: string | null; severity: number }) => (message.ruleId?.startsWith(`${PLUGIN_NAME}/`) ?? false) && (!options.quiet || message.severity === 2) }
      : {}),
  };
  const notices: string[] = [...discovered.skipped];
  const results: ESLint.LintResult[] = [...unreviewable];
  const rulesMeta: ReviewOutcome["rulesMeta"] = {};
  let cache: ResultCache | undefined;
  const collect = (eslint: ESLint, batch: ESLint.LintResult[], builtIn = true): void => {
    for (const result of builtIn ? batch.map(onlyOwnFindings) : batch) results.push(result);
    const meta = eslint.getRulesMetaForResults(batch);
    Object.assign(rulesMeta, meta);
    cache?.store(batch, meta);
  };
  /** Takes the files' still-true cached results and returns the files left to lint. */
  const fromCache = (files: string[], builtIn = true): string[] => {
    if (!cache) return files;
    const { hits, misses } = cache.split(files, (file) => discovered.kindOf.get(file));
    for (const result of builtIn ? hits.map(onlyOwnFindings) : hits) results.push(result);
    Object.assign(rulesMeta, cache.metaFor(hits));
    return misses;
  };
  const cacheInputs = (inputs: Omit<CacheInputs, "cwd" | "protoFiles" | "typescriptFiles" | "options"> & { options: Record<string, unknown> }): CacheInputs => {
    const ofKind = (kind: RuleInput) => [...discovered.kindOf].filter(([, each]) => each === kind).map(([file]) => file);
    const source = (file: string | undefined) => {
      if (!file) return undefined;
      const read = readTextFile(file, { maxBytes: SETUP_FILE_LIMIT, allowOutside: true });
      return read.ok ? read.text : `unreadable: ${read.reason}`;
    };
    return {
      ...inputs,
      cwd: baseOptions.cwd!,
      protoFiles: ofKind("proto"),
      typescriptFiles: ofKind("typescript"),
      options: { ...inputs.options, projectConfig: project ? source(project.file) : undefined, fix: options.fix },
    };
  };
  // A thunk: without --cache, no fingerprint input (tsconfig file lists, config texts) is read.
  const openCache = (inputs: () => CacheInputs): void => {
    if (!options.cache) return;
    cache = ResultCache.open(cacheFilePath(cwd, options.cacheLocation), fingerprints(inputs()), { fix: options.fix }, notices);
  };
  const finish = (configSource: string): ReviewOutcome => {
    cache?.save(notices);
    progress.finish();
    results.sort((a, b) => (a.filePath < b.filePath ? -1 : a.filePath > b.filePath ? 1 : 0));
    for (let i = 0; i < results.length; i++) results[i] = withPositions(results[i]);
    const baseline = baselineResults(options, cwd, results);
    return {
      results: baseline.results,
      rulesMeta,
      notices,
      configSource,
      kindOf: discovered.kindOf,
      protoRoots: settings.protoRoots ?? [],
      unusedSuppressions: baseline.unused,
      ...(stats ? { stats } : {}),
      ...(baseline.recorded !== undefined ? { suppressed: { count: baseline.recorded, file: baseline.file } } : {}),
    };
  };

  const userConfig = findOwnEslintConfig(options, cwd);
  if (userConfig) {
    const chosenPreset = options.preset ?? project?.config.preset;
    const outcome = await planOwnConfigRun(userConfig, baseOptions, discovered, { preset: chosenPreset, ruleOverrides, settings: chosenSettings, settingDefaults });
    if (outcome.kind === "plan") {
      const { plan } = outcome;
      notices.push(...plan.notices);
      const effective = { ...settings, ...plan.settings };
      openCache(() =>
        cacheInputs({
          // The config's own roots may be relative to ESLint's cwd; the command's are kept too (over-keying is safe).
          protoRoots: [...new Set([baseOptions.cwd!, ...[...(effective.protoRoots ?? []), ...(settings.protoRoots ?? [])].map((root) => resolve(baseOptions.cwd!, root))])],
          // What the config lints with types is its own choice: key TypeScript on the tsconfigs' files.
          typescriptProjects: resolveTypeScriptProjects(discovered.tsconfigs).usable,
          against: effective.against,
          // A history rule's own `against` option is not visible from here.
          refsUnknown: true,
          // The config file's text; the files it imports are not followed (a documented limit).
          options: { configFile: userConfig, configText: readTextFile(userConfig, { maxBytes: SETUP_FILE_LIMIT, allowOutside: true }), preset: chosenPreset, ruleOverrides, settings: effective },
        }),
      );
      const total = plan.files.length + plan.contentDetected.length;
      const toLint = fromCache(plan.files, false);
      collect(plan.eslint, await lintInBatches(plan.eslint, toLint, progress, plan.files.length - toLint.length, total), false);
      if (plan.contentDetected.length > 0) {
        // `eslint` will not see these; the command reviews them with the built-in preset and says so.
        notices.push(
          `${plan.contentDetected.length} service config(s) recognised by their content are not linted by ${userConfig} (${relativeList(cwd, plan.contentDetected)}); ` +
            `grpc-review reviewed them with the built-in ${preset} preset. For \`eslint\` to see them, name them *.service-config.{json,yaml,yml} or add them to a grpc-review block's files`,
        );
        const kindOf = new Map(plan.contentDetected.map((file) => [file, "service-config" as const]));
        for (const group of builtInGroups({ plugin, preset, kindOf, typed: new Set(), tsconfigRootDir: cwd, settings, ruleOverrides })) {
          const eslint = new ESLint({ ...baseOptions, overrideConfigFile: true, overrideConfig: group.config });
          const toLint = fromCache(group.files);
          collect(eslint, await lintInBatches(eslint, toLint, progress, total - toLint.length, total));
        }
      }
      stats?.phase(`lint with ${userConfig}`, `${total} file(s)`);
      return finish(userConfig);
    }
    if (outcome.kind === "unloadable") {
      // A config named with --config was asked for; a found one is the project's, maybe not installed here.
      if (options.config || options.strictConfig) throw new UsageError(`${userConfig} could not be loaded: ${outcome.reason}`);
      notices.push(`${userConfig} could not be loaded (${outcome.reason}); reviewing with the built-in ${preset} preset instead (--strict-config makes this an error)`);
    } else {
      notices.push(`${userConfig} does not load ${plugin.meta.name}; using the built-in ${preset} preset instead`);
    }
  }

  const projects = options.types ? resolveTypeScriptProjects(discovered.tsconfigs) : { covered: new Set<string>(), warnings: [], brokenDirs: [], usable: [] };
  notices.push(...projects.warnings);
  stats?.phase("tsconfigs", `${projects.usable.length} usable`);
  const selection = selectTypedFiles(projects, discovered.kindOf);
  if (stats) {
    stats.prefilter = { ...selection, tsconfigs: projects.usable.length };
    stats.phase("prefilter (module graph)", `${selection.typed.size} typed, ${selection.untyped} untyped`);
  }
  const underBrokenTsconfig = (file: string) => projects.brokenDirs.some((dir) => file.startsWith(dir + sep));
  const untypedCount = [...discovered.kindOf].filter(
    ([file, kind]) => kind === "typescript" && !projects.covered.has(file) && !underBrokenTsconfig(file),
  ).length;
  if (untypedCount > 0 && options.types) notices.push(`${untypedCount} TypeScript file(s) are in no usable tsconfig; they were checked without type information`);
  const configInput: BuiltInConfigInput = {
    plugin,
    preset,
    kindOf: discovered.kindOf,
    typed: selection.typed,
    // The project service looks for tsconfigs at or below this folder.
    tsconfigRootDir: commonAncestor([baseOptions.cwd!, ...discovered.tsconfigs.map(dirname)]),
    settings,
    ruleOverrides,
    extraTypeScript: stats ? [...(extraTypeScript ?? []), stats.programProbe()] : extraTypeScript,
  };
  openCache(() =>
    cacheInputs({
      protoRoots: (settings.protoRoots ?? [baseOptions.cwd!]).map((root) => resolve(baseOptions.cwd!, root)),
      typescriptProjects: options.types ? projects.usable : undefined,
      against: settings.against,
      options: { preset, ruleOverrides, settings, types: options.types },
    }),
  );
  const groups: LintGroup[] = builtInGroups(configInput);
  // ESLint's own worker threads, for the groups that build no program: each worker would build
  // its own program of the same tsconfig (and keep it), so typed parts stay in this thread, one
  // program at a time. Each lintFiles call starts its workers, so a threaded group is one call,
  // not batches. On fewer than 4 cores "auto" starts none (ESLint takes half the cores, and one
  // worker is none), and the batches stay. The report's fact collector rides in this thread only.
  const asked = extraTypeScript === undefined ? options.concurrency : undefined;
  const threads = asked === "off" || (asked === "auto" && availableParallelism() >> 1 < 2) ? undefined : asked;
  if (threads !== undefined && stats) stats.threads = threads;
  const threadsFor = (group: LintGroup) => (group.name === "typescript-typed" ? undefined : threads);
  const eslintFor = async (group: LintGroup, tsconfig?: string): Promise<ESLint> => {
    const threads = threadsFor(group);
    if (threads === undefined) {
      return new ESLint({ ...baseOptions, overrideConfigFile: true, overrideConfig: tsconfig ? typescriptConfig(configInput, true, tsconfig) : group.config });
    }
    const input: WorkerInput = {
      group: group.name,
      ...(tsconfig ? { tsconfig } : {}),
      preset,
      ruleOverrides,
      settings,
      tsconfigRootDir: configInput.tsconfigRootDir,
      cwd: baseOptions.cwd!,
      stats: stats !== undefined,
      ...(options.fix ? { fix: { quiet: options.quiet } } : {}),
      concurrency: threads,
    };
    return ESLint.fromOptionsModule(workerOptionsUrl(input));
  };
  const total = groups.reduce((sum, group) => sum + group.files.length, 0);
  let done = 0;
  for (const group of groups) {
    progress.phase(PHASE_OF_GROUP[group.name] ?? group.name);
    const toLint = fromCache(group.files);
    done += group.files.length - toLint.length;
    // Every file's result came from the cache: no ESLint (and no program) for this group.
    if (toLint.length === 0) {
      stats?.phase(`lint ${group.name}`, `0 file(s), ${group.files.length} from the cache`);
      continue;
    }
    const eslint = await eslintFor(group);
    const typed = group.name === "typescript-typed";
    let misplacedCount = 0;
    const parts = typed ? typedLintOrder(toLint, projects.usable, configInput.tsconfigRootDir) : [{ tsconfig: undefined, files: toLint }];
    if (typed) trackOpenedFiles();
    for (const part of parts) {
      const started = performance.now();
      // A typed part's first batch opens the project that replaces the last part's (released then);
      // untyped batches leave large ASTs behind (generated code) that V8 would otherwise keep growing over.
      // A shared program is named, not left to the project service: a config of its own. These
      // parts come last; the service's last project and the previous named program go first.
      if (part.shares) releaseProjectService();
      const partEslint = part.shares ? await eslintFor(group, part.tsconfig) : eslint;
      const batch = await lintInBatches(partEslint, part.files, progress, done, total, group.name.startsWith("typescript-") ? collectGarbage : undefined, threadsFor(group) === undefined ? BATCH_SIZE : part.files.length);
      done += part.files.length;
      const misplaced = batch.filter((result) => result.messages.some((message) => message.fatal && NOT_IN_PROJECT.test(message.message)));
      collect(partEslint, batch.filter((result) => !misplaced.includes(result)));
      stats?.addResults(group.name, batch);
      if (misplaced.length > 0) {
        const untyped = new ESLint({ ...baseOptions, overrideConfigFile: true, overrideConfig: typescriptConfig(configInput, false) });
        const relinted = await lintEach(untyped, misplaced.map((result) => result.filePath));
        collect(untyped, relinted);
        stats?.addResults("typescript-untyped", relinted);
        misplacedCount += misplaced.length;
      }
      if (typed) {
        // This part's program is released when the next part's first file opens.
        closeOpenedFiles();
        stats?.programGroup(part.tsconfig, part.files.length, performance.now() - started, part.shares);
      }
    }
    if (typed) releaseProjectService();
    if (misplacedCount > 0) {
      notices.push(`${misplacedCount} file(s) are listed by a tsconfig the project service did not pick for them; they were checked without type information`);
    }
    stats?.phase(`lint ${group.name}`, `${toLint.length} file(s)${toLint.length < group.files.length ? `, ${group.files.length - toLint.length} from the cache` : ""}`);
  }
  return finish(project ? project.file : `built-in ${preset} preset`);
}

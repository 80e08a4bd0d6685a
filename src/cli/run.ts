import { existsSync, statSync } from "node:fs";
import { join, resolve, sep } from "node:path";
import { ESLint, type Linter } from "eslint";
import plugin from "../index.js";
import { FILES_BY_INPUT, PLUGIN_NAME } from "../configs.js";
import type { RuleInput } from "../util/create-rule.js";
import { ruleDocs } from "../util/rule-meta.js";
import { SETTINGS_KEY, type GrpcReviewSettings } from "../util/settings.js";
import type { CliOptions } from "./args.js";
import { isServiceConfigDocument } from "../core/service-config/detect.js";
import { discoverFiles } from "./discover.js";
import { builtInGroups, checkRuleOverrides, typescriptConfig, type BuiltInConfigInput, type LintGroup } from "./lint-config.js";
import type { Progress } from "./progress.js";
import { loadProjectConfig } from "./project-config.js";
import { resolveTypeScriptProjects } from "./typescript-projects.js";

export interface ReviewOutcome {
  results: ESLint.LintResult[];
  rulesMeta: ESLint.LintResultData["rulesMeta"];
  /** One line each: things the user should know that are not findings (a broken tsconfig...). */
  notices: string[];
  /** Which configuration was used: the built-in presets or an ESLint config file. */
  configSource: string;
}

const ESLINT_CONFIG_FILES = ["eslint.config.js", "eslint.config.mjs", "eslint.config.cjs", "eslint.config.ts", "eslint.config.mts", "eslint.config.cts"];
const BATCH_SIZE = 50;
/** typescript-eslint's fatal message for a file the nearest tsconfig does not include. */
const NOT_IN_PROJECT = /was not found by the project service|not included in this project|none of those TSConfigs include this file/i;

function ownEslintConfig(options: CliOptions, cwd: string): string | undefined {
  if (options.config) return resolve(cwd, options.config);
  if (options.noEslintConfig || options.paths.length !== 1) return undefined;
  const target = resolve(cwd, options.paths[0]!);
  if (!statSync(target).isDirectory()) return undefined;
  return ESLINT_CONFIG_FILES.map((name) => join(target, name)).find((file) => existsSync(file));
}

/** Command-line rule overrides and settings for a user's own ESLint config, scoped by input as ESLint requires. */
function overridesForOwnConfig(ruleOverrides: CliOptions["ruleOverrides"], settings: GrpcReviewSettings): Linter.Config[] {
  const blocks: Linter.Config[] = [{ settings: { [SETTINGS_KEY]: settings } }];
  for (const [id, severity] of Object.entries(ruleOverrides)) {
    const { input } = ruleDocs(plugin.rules[id]!);
    for (const each of (typeof input === "string" ? [input] : input) as RuleInput[]) {
      blocks.push({ files: FILES_BY_INPUT[each], rules: { [`${PLUGIN_NAME}/${id}`]: severity } });
    }
  }
  return blocks;
}

async function lintInBatches(eslint: ESLint, files: string[], progress: Progress, offset: number, total: number): Promise<ESLint.LintResult[]> {
  const results: ESLint.LintResult[] = [];
  for (let start = 0; start < files.length; start += BATCH_SIZE) {
    results.push(...(await eslint.lintFiles(files.slice(start, start + BATCH_SIZE))));
    progress.update(offset + Math.min(start + BATCH_SIZE, files.length), total);
  }
  return results;
}

/**
 * Target code carries inline directives for plugins the built-in setup does not load
 * (`// eslint-disable-next-line @typescript-eslint/...`); ESLint reports each as "Definition for
 * rule ... was not found". Those are not review findings: keep ours and parse errors only.
 */
function onlyOwnFindings(result: ESLint.LintResult): ESLint.LintResult {
  const messages = result.messages.filter((message) => message.ruleId === null || message.ruleId.startsWith(`${PLUGIN_NAME}/`));
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

function commonAncestor(paths: string[]): string {
  const split = paths.map((path) => path.split(sep));
  const shared: string[] = [];
  for (let index = 0; split.every((parts) => index < parts.length && parts[index] === split[0]![index]); index++) shared.push(split[0]![index]!);
  return shared.join(sep) || sep;
}

export async function review(options: CliOptions, cwd: string, progress: Progress): Promise<ReviewOutcome> {
  const project = loadProjectConfig(cwd);
  const ruleOverrides = { ...project?.config.rules, ...options.ruleOverrides };
  checkRuleOverrides(plugin, ruleOverrides);
  const preset = options.preset ?? project?.config.preset ?? "recommended";
  const discovered = await discoverFiles(options.paths, cwd, {
    sniffServiceConfig: isServiceConfigDocument,
    ignores: project?.config.ignores,
    ignoresBase: cwd,
  });
  const settings: GrpcReviewSettings = {
    protoRoots: options.paths.map((path) => resolve(cwd, path)).filter((path) => existsSync(path) && statSync(path).isDirectory()),
    ...project?.config.settings,
    ...(options.against ? { against: options.against } : {}),
  };
  const suppressions = resolve(cwd, options.suppressionsLocation ?? "eslint-suppressions.json");
  const baseOptions: ESLint.Options = {
    // ESLint ignores files outside its base path: widen it when a target lies outside the cwd.
    cwd: commonAncestor([cwd, ...options.paths.map((path) => resolve(cwd, path))]),
    errorOnUnmatchedPattern: false,
    ...(existsSync(suppressions) && !options.suppressAll ? { applySuppressions: true, suppressionsLocation: suppressions } : {}),
  };
  const notices: string[] = [];
  const results: ESLint.LintResult[] = [];
  const rulesMeta: ReviewOutcome["rulesMeta"] = {};
  const collect = (eslint: ESLint, batch: ESLint.LintResult[], builtIn = true): void => {
    results.push(...(builtIn ? batch.map(onlyOwnFindings) : batch));
    Object.assign(rulesMeta, eslint.getRulesMetaForResults(batch));
  };

  const userConfig = ownEslintConfig(options, cwd);
  if (userConfig) {
    if (!existsSync(userConfig)) throw new Error(`config file not found: ${options.config}`);
    const eslint = new ESLint({ ...baseOptions, overrideConfigFile: userConfig, overrideConfig: overridesForOwnConfig(ruleOverrides, settings) });
    // A user's config decides what it covers; files it has no block for are not reported as ignored.
    const covered: string[] = [];
    for (const file of discovered.files) {
      if ((await eslint.calculateConfigForFile(file)) !== undefined && !(await eslint.isPathIgnored(file))) covered.push(file);
    }
    collect(eslint, await lintInBatches(eslint, covered, progress, 0, covered.length), false);
    progress.finish();
    return { results, rulesMeta, notices, configSource: userConfig };
  }

  const projects = resolveTypeScriptProjects(discovered.tsconfigs);
  notices.push(...projects.warnings);
  const configInput: BuiltInConfigInput = {
    plugin,
    preset,
    kindOf: discovered.kindOf,
    typed: projects.covered,
    tsconfigRootDir: cwd,
    settings,
    ruleOverrides,
  };
  const groups: LintGroup[] = builtInGroups(configInput);
  const total = groups.reduce((sum, group) => sum + group.files.length, 0);
  let done = 0;
  for (const group of groups) {
    const eslint = new ESLint({ ...baseOptions, overrideConfigFile: true, overrideConfig: group.config });
    const batch = await lintInBatches(eslint, group.files, progress, done, total);
    done += group.files.length;
    const misplaced = batch.filter((result) => result.messages.some((message) => message.fatal && NOT_IN_PROJECT.test(message.message)));
    collect(eslint, batch.filter((result) => !misplaced.includes(result)));
    if (misplaced.length > 0) {
      const untyped = new ESLint({ ...baseOptions, overrideConfigFile: true, overrideConfig: typescriptConfig(configInput, false) });
      collect(untyped, await untyped.lintFiles(misplaced.map((result) => result.filePath)));
      notices.push(`${misplaced.length} file(s) are listed by a tsconfig the project service did not pick for them; they were checked without type information`);
    }
  }
  progress.finish();
  results.sort((a, b) => (a.filePath < b.filePath ? -1 : a.filePath > b.filePath ? 1 : 0));
  return { results, rulesMeta, notices, configSource: project ? project.file : `built-in ${preset} preset` };
}

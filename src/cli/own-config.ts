import { existsSync, statSync } from "node:fs";
import { basename, dirname, join, resolve, sep } from "node:path";
import { gitRoot } from "./git.js";
import { ESLint, type Linter } from "eslint";
import { FILES_BY_INPUT, PLUGIN_NAME, presetRules, type PresetName } from "../configs.js";
import plugin from "../index.js";
import type { RuleInput } from "../util/create-rule.js";
import { ruleDocs } from "../util/rule-meta.js";
import { readSettings, SETTINGS_KEY, type GrpcReviewSettings } from "../util/settings.js";
import { isRegularFile } from "../util/file-access.js";
import { UsageError, type CliOptions } from "./args.js";

const ESLINT_CONFIG_FILES = ["eslint.config.js", "eslint.config.mjs", "eslint.config.cjs", "eslint.config.ts", "eslint.config.mts", "eslint.config.cts"];

/**
 * The ESLint config file to lint with: `--config`, or the `eslint.config.*` the targets share. A
 * folder target looks in itself; a file target, like ESLint, in its folder and then upward, as far
 * as its git root (or the cwd outside git), so `grpc-review src/client.ts` from lint-staged lints
 * with the project's config.
 * Targets under different configs, or some under none, get the built-in setup.
 */
export function findOwnEslintConfig(options: CliOptions, cwd: string): string | undefined {
  if (options.config) {
    const file = resolve(cwd, options.config);
    if (!existsSync(file)) throw new Error(`config file not found: ${options.config}`);
    // Loading a FIFO or device as a module would block the run.
    if (!isRegularFile(file)) throw new UsageError(`${options.config}: not a regular file; not loaded as a config`);
    return file;
  }
  if (options.noEslintConfig) return undefined;
  const found = new Set(options.paths.map((path) => nearestEslintConfig(resolve(cwd, path), cwd)));
  return found.size === 1 ? [...found][0] : undefined;
}

function nearestEslintConfig(target: string, cwd: string): string | undefined {
  // A folder target keeps to its own config: `grpc-review examples/` reviews that folder as a project.
  if (statSync(target).isDirectory()) return ESLINT_CONFIG_FILES.map((name) => join(target, name)).find(isRegularFile);
  let dir = dirname(target);
  const inside = (folder: string, base: string) => folder === base || folder.startsWith(base + sep);
  const stop = gitRoot(dir) ?? (inside(dir, cwd) ? cwd : dir);
  for (;;) {
    // A FIFO under a config's name is no config (loading it would block); discovery notes it as skipped.
    const file = ESLINT_CONFIG_FILES.map((name) => join(dir, name)).find(isRegularFile);
    if (file || dir === stop || !inside(dir, stop)) return file;
    dir = dirname(dir);
  }
}

export interface OwnConfigPlan {
  eslint: ESLint;
  /** The discovered files the user's config lints with grpc-review loaded. */
  files: string[];
  /**
   * Service configs discovery recognised by their content that the config does not lint with
   * grpc-review (its presets match service configs by name): the command reviews them itself.
   */
  contentDetected: string[];
  /** Choices that cannot apply under this config, one line each. */
  notices: string[];
  /** The grpc-review settings the plugin's files are linted with (the config's, then the command's). */
  settings: GrpcReviewSettings;
}

function loadsThisPlugin(config: Linter.Config | undefined): boolean {
  return Object.values(config?.plugins ?? {}).some((each) => (each as { meta?: { name?: string } }).meta?.name === plugin.meta.name);
}

/**
 * What the user's own ESLint config offers the run: a plan, nothing (it does not load grpc-review
 * for any discovered file: running it would only repeat the user's other lint rules), or a load
 * failure (a syntax error, a throw at import, a plugin that is not installed, as on a fresh clone).
 */
export type OwnConfigOutcome = { kind: "plan"; plan: OwnConfigPlan } | { kind: "no-plugin" } | { kind: "unloadable"; reason: string };

export interface OwnConfigChoices {
  /** A preset chosen with --preset or in grpc-review.config.json (undefined: keep the config's own). */
  preset?: PresetName;
  ruleOverrides: CliOptions["ruleOverrides"];
  /** Settings the user chose (grpc-review.config.json, --against): they win over the config's. */
  settings: GrpcReviewSettings;
  /** Settings the command would assume (proto roots from the targets): only where the config sets none. */
  settingDefaults: GrpcReviewSettings;
}

const INPUT_NAMES: Record<RuleInput, string> = { typescript: "TypeScript", proto: ".proto", "service-config": "service config" };

export async function planOwnConfigRun(
  configFile: string,
  baseOptions: ESLint.Options,
  discovered: { files: string[]; kindOf: Map<string, RuleInput> },
  choices: OwnConfigChoices,
): Promise<OwnConfigOutcome> {
  const probe = new ESLint({ ...baseOptions, overrideConfigFile: configFile });
  const files: string[] = [];
  const passedOver: string[] = [];
  const inputsCovered = new Set<RuleInput>();
  let configuredSettings: GrpcReviewSettings | undefined;
  for (const file of discovered.files) {
    let config: Linter.Config | undefined;
    try {
      config = (await probe.calculateConfigForFile(file)) as Linter.Config | undefined;
    } catch (error) {
      return { kind: "unloadable", reason: firstLine(error) };
    }
    if (!loadsThisPlugin(config)) {
      if (discovered.kindOf.get(file) === "service-config") passedOver.push(file);
      continue;
    }
    if (await probe.isPathIgnored(file)) continue;
    files.push(file);
    inputsCovered.add(discovered.kindOf.get(file)!);
    configuredSettings ??= readSettings(config as { settings?: Record<string, unknown> });
  }
  if (files.length === 0) return { kind: "no-plugin" };

  const notices: string[] = [];
  const name = basename(configFile);
  const settings: GrpcReviewSettings = { ...choices.settings };
  for (const [key, value] of Object.entries(choices.settingDefaults) as Array<[keyof GrpcReviewSettings, never]>) {
    if (configuredSettings?.[key] === undefined && settings[key] === undefined) settings[key] = value;
  }
  const overrides: Linter.Config[] = [{ settings: { [SETTINGS_KEY]: settings } }];
  // A chosen preset replaces the config's grpc-review severities, input by input; inputs the
  // config does not lint with the plugin (and its language) cannot take it, and are named.
  if (choices.preset) {
    for (const input of inputsCovered) {
      const rules = presetRules(plugin.rules, choices.preset, input);
      for (const [id, rule] of Object.entries(plugin.rules)) {
        const { input: reads } = ruleDocs(rule);
        if ((typeof reads === "string" ? [reads] : reads).includes(input)) rules[`${PLUGIN_NAME}/${id}`] ??= "off";
      }
      overrides.push({ files: FILES_BY_INPUT[input], rules });
    }
    const missing = (Object.keys(INPUT_NAMES) as RuleInput[]).filter((input) => !inputsCovered.has(input) && [...discovered.kindOf.values()].includes(input));
    if (missing.length > 0) {
      notices.push(`--preset ${choices.preset}: ${name} does not lint ${missing.map((input) => INPUT_NAMES[input]).join(" or ")} files with grpc-review, so the preset does not reach them`);
    }
  }
  // Rule overrides go only to inputs the user's config already lints with the plugin.
  for (const [id, severity] of Object.entries(choices.ruleOverrides)) {
    const { input } = ruleDocs(plugin.rules[id]);
    const inputs = typeof input === "string" ? [input] : input;
    for (const each of inputs) {
      if (inputsCovered.has(each)) overrides.push({ files: FILES_BY_INPUT[each], rules: { [`${PLUGIN_NAME}/${id}`]: severity } });
    }
    if (!inputs.some((each) => inputsCovered.has(each))) {
      notices.push(`--rule ${id}=${severity}: ${name} does not lint ${inputs.map((each) => INPUT_NAMES[each]).join(" or ")} files with grpc-review, so the override does not apply`);
    }
  }
  // A file no block matches counts as ignored to ESLint; a block matching every data file tells those
  // apart from files the config's ignores name, which stay ignored.
  const contentDetected: string[] = [];
  if (passedOver.length > 0) {
    const matchAll = new ESLint({ ...baseOptions, overrideConfigFile: configFile, overrideConfig: [{ files: ["**/*.json", "**/*.yaml", "**/*.yml"] }] });
    for (const file of passedOver) if (!(await matchAll.isPathIgnored(file))) contentDetected.push(file);
  }
  return {
    kind: "plan",
    plan: {
      eslint: new ESLint({ ...baseOptions, overrideConfigFile: configFile, overrideConfig: overrides }),
      files,
      contentDetected,
      notices,
      settings: { ...configuredSettings, ...settings },
    },
  };
}

function firstLine(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  return message.split("\n")[0].trim() || (error as Error)?.name || "unknown error";
}

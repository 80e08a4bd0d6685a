import { existsSync, statSync } from "node:fs";
import { join, resolve } from "node:path";
import { ESLint, type Linter } from "eslint";
import { FILES_BY_INPUT, PLUGIN_NAME } from "../configs.js";
import plugin from "../index.js";
import type { RuleInput } from "../util/create-rule.js";
import { ruleDocs } from "../util/rule-meta.js";
import { SETTINGS_KEY, type GrpcReviewSettings } from "../util/settings.js";
import type { CliOptions } from "./args.js";

const ESLINT_CONFIG_FILES = ["eslint.config.js", "eslint.config.mjs", "eslint.config.cjs", "eslint.config.ts", "eslint.config.mts", "eslint.config.cts"];

/** The ESLint config file to lint with: `--config`, or an `eslint.config.*` in the single target folder. */
export function findOwnEslintConfig(options: CliOptions, cwd: string): string | undefined {
  if (options.config) {
    const file = resolve(cwd, options.config);
    if (!existsSync(file)) throw new Error(`config file not found: ${options.config}`);
    return file;
  }
  if (options.noEslintConfig || options.paths.length !== 1) return undefined;
  const target = resolve(cwd, options.paths[0]);
  if (!statSync(target).isDirectory()) return undefined;
  return ESLINT_CONFIG_FILES.map((name) => join(target, name)).find((file) => existsSync(file));
}

export interface OwnConfigPlan {
  eslint: ESLint;
  /** The discovered files the user's config lints with grpc-review loaded. */
  files: string[];
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

export async function planOwnConfigRun(
  configFile: string,
  baseOptions: ESLint.Options,
  discovered: { files: string[]; kindOf: Map<string, RuleInput> },
  ruleOverrides: CliOptions["ruleOverrides"],
  settings: GrpcReviewSettings,
): Promise<OwnConfigOutcome> {
  const probe = new ESLint({ ...baseOptions, overrideConfigFile: configFile });
  const files: string[] = [];
  const inputsCovered = new Set<RuleInput>();
  for (const file of discovered.files) {
    let config: Linter.Config | undefined;
    try {
      config = (await probe.calculateConfigForFile(file)) as Linter.Config | undefined;
    } catch (error) {
      return { kind: "unloadable", reason: firstLine(error) };
    }
    if (!loadsThisPlugin(config) || (await probe.isPathIgnored(file))) continue;
    files.push(file);
    inputsCovered.add(discovered.kindOf.get(file)!);
  }
  if (files.length === 0) return { kind: "no-plugin" };

  // Overrides go only to inputs the user's config already lints with the plugin (and its language).
  const overrides: Linter.Config[] = [{ settings: { [SETTINGS_KEY]: settings } }];
  for (const [id, severity] of Object.entries(ruleOverrides)) {
    const { input } = ruleDocs(plugin.rules[id]);
    for (const each of typeof input === "string" ? [input] : input) {
      if (inputsCovered.has(each)) overrides.push({ files: FILES_BY_INPUT[each], rules: { [`${PLUGIN_NAME}/${id}`]: severity } });
    }
  }
  return { kind: "plan", plan: { eslint: new ESLint({ ...baseOptions, overrideConfigFile: configFile, overrideConfig: overrides }), files } };
}

function firstLine(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  return message.split("\n")[0].trim() || (error as Error)?.name || "unknown error";
}

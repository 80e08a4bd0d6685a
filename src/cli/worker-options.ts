/**
 * The options module for ESLint's own multithreaded linting (`--concurrency`). ESLint clones its
 * options into each worker thread, and a config that holds this plugin (its rules are functions)
 * cannot be cloned: ESLint's documented way is an options module (`ESLint.fromOptionsModule`),
 * which every worker imports to build the same options itself. What differs between runs (the
 * group, preset, rule overrides, settings) travels in the module URL's `input` query as JSON, so
 * the main thread and the workers import the same URL and build the same config.
 */
// First, as in the command itself: the command's own TypeScript for typescript-eslint, per thread.
import "./engine.js";
import type { ESLint } from "eslint";
import plugin from "../index.js";
import { PLUGIN_NAME, type PresetName } from "../configs.js";
import type { GrpcReviewSettings } from "../util/settings.js";
import type { Concurrency } from "./args.js";
import { groupConfig } from "./lint-config.js";

export interface WorkerInput {
  group: string;
  /** The tsconfig whose program a typed part is linted with, when the command names it. */
  tsconfig?: string;
  preset: PresetName;
  ruleOverrides: Record<string, "off" | "warn" | "error">;
  settings: GrpcReviewSettings;
  tsconfigRootDir: string;
  cwd: string;
  stats: boolean;
  /** Apply this plugin's fixes (with `quiet`, those of errors only). */
  fix?: { quiet: boolean };
  concurrency: Concurrency;
}

export function workerOptionsUrl(input: WorkerInput): URL {
  const url = new URL(import.meta.url);
  url.searchParams.set("input", JSON.stringify(input));
  return url;
}

export function workerOptions(input: WorkerInput): ESLint.Options {
  const config = groupConfig({ plugin, preset: input.preset, kindOf: new Map(), typed: new Set(), tsconfigRootDir: input.tsconfigRootDir, settings: input.settings, ruleOverrides: input.ruleOverrides }, input.group, input.tsconfig);
  if (!config) throw new Error(`no built-in lint group "${input.group}"`);
  const fix = input.fix;
  return {
    cwd: input.cwd,
    errorOnUnmatchedPattern: false,
    overrideConfigFile: true,
    overrideConfig: config,
    concurrency: input.concurrency,
    ...(input.stats ? { stats: true } : {}),
    // As the single-threaded run: only this plugin's fixes, with --quiet only those of errors.
    ...(fix ? { fix: (message: { ruleId: string | null; severity: number }) => (message.ruleId?.startsWith(`${PLUGIN_NAME}/`) ?? false) && (!fix.quiet || message.severity === 2) } : {}),
  };
}

const input = new URL(import.meta.url).searchParams.get("input");
// Imported without an input (by the command itself, for workerOptionsUrl) it builds nothing.
export default input === null ? undefined : workerOptions(JSON.parse(input) as WorkerInput);

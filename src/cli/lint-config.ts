import tsParser from "@typescript-eslint/parser";
import type { Linter } from "eslint";
import { LANGUAGE_BY_INPUT, PLUGIN_NAME, presetRules, type PresetName } from "../configs.js";
import type { RuleInput } from "../util/create-rule.js";
import { ruleDocs, type AnyRule } from "../util/rule-meta.js";
import { SETTINGS_KEY, type GrpcReviewSettings } from "../util/settings.js";
import { UsageError } from "./args.js";

export interface BuiltInConfigInput {
  plugin: { rules: Record<string, AnyRule>; languages: Record<string, unknown> };
  preset: PresetName;
  kindOf: Map<string, RuleInput>;
  /** Files a usable tsconfig includes. */
  typed: Set<string>;
  tsconfigRootDir: string;
  settings: GrpcReviewSettings;
  ruleOverrides: Record<string, "off" | "warn" | "error">;
  /** Extra blocks for TypeScript files (the report's fact collector rides along with the rules). */
  extraTypeScript?: Linter.Config[];
}

function inputsOf(rule: AnyRule): readonly RuleInput[] {
  const { input } = ruleDocs(rule);
  return typeof input === "string" ? [input] : input;
}

/** The preset's rules for one input, with the command line's overrides applied to the rules that read that input. */
function rulesFor(config: BuiltInConfigInput, input: RuleInput): Linter.RulesRecord {
  const rules = presetRules(config.plugin.rules, config.preset, input);
  for (const [id, severity] of Object.entries(config.ruleOverrides)) {
    const rule = config.plugin.rules[id];
    if (rule && inputsOf(rule).includes(input)) rules[`${PLUGIN_NAME}/${id}`] = severity;
  }
  return rules;
}

export function checkRuleOverrides(plugin: BuiltInConfigInput["plugin"], overrides: Record<string, unknown>): void {
  for (const id of Object.keys(overrides)) {
    if (!(id in plugin.rules)) {
      throw new UsageError(`unknown rule "${id}"; known rules: ${Object.keys(plugin.rules).sort().join(", ")}`);
    }
  }
}

/** One ESLint instance's work: the files discovery gave it and the config they are linted with. */
export interface LintGroup {
  name: string;
  files: string[];
  config: Linter.Config[];
}

const ALL_TYPESCRIPT = ["**/*.ts", "**/*.tsx", "**/*.mts", "**/*.cts", "**/*.js", "**/*.jsx", "**/*.mjs", "**/*.cjs"];
const ALL_SERVICE_CONFIGS = ["**/*.json", "**/*.yaml", "**/*.yml"];

/**
 * The lint groups the CLI runs when the target has no ESLint config of its own. Discovery, not
 * globs, decides which file belongs where: a JSON file that is a service config by its content is
 * linted as one, and TypeScript files are split by tsconfig coverage so uncovered files get
 * untyped analysis instead of a fatal "not found by the project service". Each group lints an
 * explicit file list, so its config can use broad globs.
 */
function commonBlock(config: BuiltInConfigInput): Linter.Config {
  return {
    name: "grpc-review/cli/common",
    settings: { [SETTINGS_KEY]: config.settings },
    // Target code carries directives for plugins this run does not load; those are not our findings.
    linterOptions: { reportUnusedDisableDirectives: "off", reportUnusedInlineConfigs: "off" },
  };
}

/**
 * Config for TypeScript files, with type information from the project service or without; or
 * from the one program of `tsconfig`, when the command picks the program itself (see
 * shareOverlappingPrograms).
 */
export function typescriptConfig(config: BuiltInConfigInput, typed: boolean, tsconfig?: string): Linter.Config[] {
  const parserOptions = !typed ? {} : tsconfig ? { project: [tsconfig], tsconfigRootDir: config.tsconfigRootDir } : { projectService: true, tsconfigRootDir: config.tsconfigRootDir };
  return [
    commonBlock(config),
    {
      name: `grpc-review/cli/typescript-${typed ? "typed" : "untyped"}`,
      files: ALL_TYPESCRIPT,
      plugins: { [PLUGIN_NAME]: config.plugin as never },
      languageOptions: {
        parser: tsParser,
        parserOptions,
      },
      rules: rulesFor(config, "typescript"),
    },
    ...(config.extraTypeScript ?? []),
  ];
}

function languageConfig(config: BuiltInConfigInput, input: "proto" | "service-config", files: string[]): Linter.Config[] | undefined {
  const language = LANGUAGE_BY_INPUT[input]!;
  if (!(language.slice(PLUGIN_NAME.length + 1) in config.plugin.languages)) return undefined;
  const plugins = { [PLUGIN_NAME]: config.plugin as never };
  return [commonBlock(config), { name: `grpc-review/cli/${input}`, files, plugins, language, rules: rulesFor(config, input) }];
}

/** The config of one built-in group by its name (what ESLint's worker threads rebuild, see worker-options.ts). */
export function groupConfig(config: BuiltInConfigInput, group: string, tsconfig?: string): Linter.Config[] | undefined {
  if (group === "typescript-typed") return typescriptConfig(config, true, tsconfig);
  if (group === "typescript-untyped") return typescriptConfig(config, false);
  if (group === "proto") return languageConfig(config, "proto", ["**/*.proto"]);
  if (group === "service-config") return languageConfig(config, "service-config", ALL_SERVICE_CONFIGS);
  return undefined;
}

export function builtInGroups(config: BuiltInConfigInput): LintGroup[] {
  const filesOf = (predicate: (file: string, kind: RuleInput) => boolean): string[] =>
    [...config.kindOf].filter(([file, kind]) => predicate(file, kind)).map(([file]) => file);
  const groups: LintGroup[] = [];
  // Protos first: the language's parse of each file also gives the proto index and the import
  // resolver their summaries, which TypeScript and service-config rules then ask for without a
  // second parse (summary-cache.ts).
  const proto = languageConfig(config, "proto", ["**/*.proto"]);
  if (proto) groups.push({ name: "proto", files: filesOf((_, kind) => kind === "proto"), config: proto });
  groups.push(
    {
      name: "typescript-typed",
      files: filesOf((file, kind) => kind === "typescript" && config.typed.has(file)),
      config: typescriptConfig(config, true),
    },
    {
      name: "typescript-untyped",
      files: filesOf((file, kind) => kind === "typescript" && !config.typed.has(file)),
      config: typescriptConfig(config, false),
    },
  );
  const serviceConfig = languageConfig(config, "service-config", ALL_SERVICE_CONFIGS);
  if (serviceConfig) {
    groups.push({ name: "service-config", files: filesOf((_, kind) => kind === "service-config"), config: serviceConfig });
  }
  return groups.filter((group) => group.files.length > 0);
}

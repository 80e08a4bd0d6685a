// First: an unsupported TypeScript must be dealt with before typescript-eslint loads it.
import "./util/parser-guard.js";
import type { ESLint, Linter } from "eslint";
import { rules } from "../rules/index.js";
import { flatPreset, legacyPreset, type PresetName } from "./configs.js";
import { languages } from "./languages.js";
import { packageInfo } from "./util/package-info.js";

interface GrpcReviewPlugin {
  meta: NonNullable<ESLint.Plugin["meta"]>;
  rules: typeof rules;
  languages: typeof languages;
  configs: Record<PresetName, Linter.Config[]> & Record<`legacy-${PresetName}`, Record<string, unknown>>;
}

const plugin = {
  meta: { name: packageInfo.name, version: packageInfo.version, namespace: "grpc-review" },
  rules,
  languages,
  configs: {},
} as unknown as GrpcReviewPlugin;

// Configs refer to the plugin object itself, so they are filled in once it exists.
for (const preset of ["recommended", "strict", "all"] as const) {
  plugin.configs[preset] = flatPreset(plugin, preset);
  plugin.configs[`legacy-${preset}`] = legacyPreset(rules, preset);
}

export default plugin;
export { rules, languages };

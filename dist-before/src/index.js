// First: an unsupported TypeScript must be dealt with before typescript-eslint loads it.
import "./util/parser-guard.js";
import { rules } from "../rules/index.js";
import { flatPreset, legacyPreset } from "./configs.js";
import { languages } from "./languages.js";
import { packageInfo } from "./util/package-info.js";
const plugin = {
    meta: { name: packageInfo.name, version: packageInfo.version, namespace: "grpc-review" },
    rules,
    languages,
    configs: {},
};
// Configs refer to the plugin object itself, so they are filled in once it exists.
for (const preset of ["recommended", "strict", "all"]) {
    plugin.configs[preset] = flatPreset(plugin, preset);
    plugin.configs[`legacy-${preset}`] = legacyPreset(rules, preset);
}
export default plugin;
export { rules, languages };

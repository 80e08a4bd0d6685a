import "./util/parser-guard.js";
import type { ESLint, Linter } from "eslint";
import { rules } from "../rules/index.js";
import { type PresetName } from "./configs.js";
import { languages } from "./languages.js";
interface GrpcReviewPlugin {
    meta: NonNullable<ESLint.Plugin["meta"]>;
    rules: typeof rules;
    languages: typeof languages;
    configs: Record<PresetName, Linter.Config[]> & Record<`legacy-${PresetName}`, Record<string, unknown>>;
}
declare const plugin: GrpcReviewPlugin;
export default plugin;
export { rules, languages };

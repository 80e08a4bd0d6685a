import { ESLint } from "eslint";
import { type PresetName } from "../configs.js";
import type { RuleInput } from "../util/create-rule.js";
import { type GrpcReviewSettings } from "../util/settings.js";
import type { CliOptions } from "./args.js";
/**
 * The ESLint config file to lint with: `--config`, or the `eslint.config.*` the targets share. A
 * folder target looks in itself; a file target, like ESLint, in its folder and then upward, as far
 * as its git root (or the cwd outside git), so `grpc-review src/client.ts` from lint-staged lints
 * with the project's config.
 * Targets under different configs, or some under none, get the built-in setup.
 */
export declare function findOwnEslintConfig(options: CliOptions, cwd: string): string | undefined;
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
}
/**
 * What the user's own ESLint config offers the run: a plan, nothing (it does not load grpc-review
 * for any discovered file: running it would only repeat the user's other lint rules), or a load
 * failure (a syntax error, a throw at import, a plugin that is not installed, as on a fresh clone).
 */
export type OwnConfigOutcome = {
    kind: "plan";
    plan: OwnConfigPlan;
} | {
    kind: "no-plugin";
} | {
    kind: "unloadable";
    reason: string;
};
export interface OwnConfigChoices {
    /** A preset chosen with --preset or in grpc-review.config.json (undefined: keep the config's own). */
    preset?: PresetName;
    ruleOverrides: CliOptions["ruleOverrides"];
    /** Settings the user chose (grpc-review.config.json, --against): they win over the config's. */
    settings: GrpcReviewSettings;
    /** Settings the command would assume (proto roots from the targets): only where the config sets none. */
    settingDefaults: GrpcReviewSettings;
}
export declare function planOwnConfigRun(configFile: string, baseOptions: ESLint.Options, discovered: {
    files: string[];
    kindOf: Map<string, RuleInput>;
}, choices: OwnConfigChoices): Promise<OwnConfigOutcome>;

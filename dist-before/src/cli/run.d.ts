import { ESLint, type Linter } from "eslint";
import type { RuleInput } from "../util/create-rule.js";
import { type CliOptions } from "./args.js";
import type { Progress } from "./progress.js";
import { type Suppressions } from "./suppressions.js";
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
    suppressed?: {
        count: number;
        file: string;
    };
    /** What discovery found, each file with the input it was linted as. */
    kindOf: Map<string, RuleInput>;
    protoRoots: string[];
}
export declare function review(options: CliOptions, cwd: string, progress: Progress, extraTypeScript?: Linter.Config[]): Promise<ReviewOutcome>;

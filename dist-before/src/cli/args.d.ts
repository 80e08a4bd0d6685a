export declare const FORMATS: readonly ["stylish", "json", "sarif", "github", "markdown"];
export type FormatName = (typeof FORMATS)[number];
export declare const PRESETS: readonly ["recommended", "strict", "all"];
export type PresetChoice = (typeof PRESETS)[number];
export interface CliOptions {
    paths: string[];
    format: FormatName;
    outputFile?: string;
    /** Unset: the project config's preset, else recommended. */
    preset?: PresetChoice;
    /** ESLint flat config file to use instead of the built-in setup. */
    config?: string;
    /** Ignore an eslint.config.* found in the target and use the built-in setup. */
    noEslintConfig: boolean;
    /** Exit 2 when the target's own ESLint config cannot be loaded, instead of reviewing with the built-in setup. */
    strictConfig: boolean;
    /** `id` → severity overrides, ids with or without the `grpc-review/` prefix. */
    ruleOverrides: Record<string, "off" | "warn" | "error">;
    maxWarnings: number;
    quiet: boolean;
    against?: string;
    /** Apply the rules' fixes to the files (never their suggestions). */
    fix: boolean;
    suppressAll: boolean;
    /** Rules to record in the suppressions file (`grpc-review/` prefixed). */
    suppressRule: string[];
    pruneSuppressions: boolean;
    passOnUnprunedSuppressions: boolean;
    suppressionsLocation?: string;
    progress: boolean;
    /** Lint every TypeScript file without type information (no program is built). */
    types: boolean;
    /** Print the stack of an internal error. */
    debug: boolean;
    help: boolean;
    version: boolean;
}
export declare class UsageError extends Error {
}
export declare const HELP = "Usage: grpc-review [options] [paths...]\n\nReviews gRPC code, .proto files and service configs under the given paths (default: .).\n`grpc-review report [paths...]` writes the design review as HTML, Markdown or JSON (see `grpc-review report --help`).\n\nOptions:\n  -f, --format <name>            stylish (default), json, sarif, github, markdown\n  -o, --output-file <file>       write the report to a file (atomically) instead of stdout\n      --preset <name>            recommended (default), strict, all\n      --rule <id>=<severity>     override a rule: off, warn or error (repeatable)\n  -c, --config <file>            use this ESLint flat config file instead of the built-in setup\n      --no-eslint-config         ignore an eslint.config.* in the target folder\n      --strict-config            exit 2 when that eslint.config.* cannot be loaded\n                                 (default: a notice, then the built-in setup reviews)\n      --against <git-ref>        compare .proto files with their versions at this ref\n      --max-warnings <n>         exit 1 when there are more than n warnings\n      --quiet                    report errors only\n      --fix                      apply the rules' fixes to the files (suggestions are never applied)\n      --suppress-all             record every current error in the suppressions file\n      --suppress-rule <id>       record the current errors of this rule only (repeatable)\n      --prune-suppressions       drop suppressions that no longer occur\n      --pass-on-unpruned-suppressions\n                                 do not fail when suppressions no longer occur\n      --suppressions-location <file>\n                                 suppressions file (default: eslint-suppressions.json)\n      --no-progress              no progress line on stderr\n      --no-types                 check TypeScript without type information (builds no program)\n      --debug                    print the stack trace of an internal error\n  -h, --help                     show this help\n  -v, --version                  show the version\n\nExit codes: 0 no errors (warnings allowed), 1 errors or too many warnings, 2 usage or internal error.";
export declare function parseCliArgs(argv: string[]): CliOptions;

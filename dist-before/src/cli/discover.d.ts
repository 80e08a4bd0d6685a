import type { RuleInput } from "../util/create-rule.js";
/** What the CLI found under the given paths, each file with the input kind it is linted as. */
export interface DiscoveredFiles {
    /** Absolute paths, sorted, each once. */
    files: string[];
    kindOf: Map<string, RuleInput>;
    /** tsconfig.json files under the paths, and the nearest one above each path. */
    tsconfigs: string[];
}
/** A content test for JSON/YAML files whose names say nothing (see the service-config input). */
export type ContentSniffer = (text: string, fileName: string) => boolean;
export declare function kindByName(file: string): RuleInput | undefined;
export interface DiscoveryOptions {
    sniffServiceConfig?: ContentSniffer;
    /** .gitignore-style patterns relative to `ignoresBase` (from the project config file). */
    ignores?: string[];
    ignoresBase?: string;
}
export declare function discoverFiles(paths: string[], cwd: string, options?: DiscoveryOptions): Promise<DiscoveredFiles>;

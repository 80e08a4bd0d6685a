import type { GrpcReviewSettings } from "../util/settings.js";
import { type PresetChoice } from "./args.js";
export declare const PROJECT_CONFIG_FILE = "grpc-review.config.json";
/** What a repository can pin for the `grpc-review` command without writing an ESLint config. */
export interface ProjectConfig {
    preset?: PresetChoice;
    rules?: Record<string, "off" | "warn" | "error">;
    settings?: GrpcReviewSettings;
    /** .gitignore-style patterns, relative to the folder holding the config file. */
    ignores?: string[];
}
export declare function loadProjectConfig(dir: string): {
    file: string;
    config: ProjectConfig;
} | undefined;

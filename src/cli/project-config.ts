import { existsSync } from "node:fs";
import { join } from "node:path";
import plugin from "../index.js";
import type { GrpcReviewSettings } from "../util/settings.js";
import { readTextFile, SETUP_FILE_LIMIT } from "../util/file-access.js";
import { PRESETS, UsageError, type PresetChoice } from "./args.js";

export const PROJECT_CONFIG_FILE = "grpc-review.config.json";

/** What a repository can pin for the `grpc-review` command without writing an ESLint config. */
export interface ProjectConfig {
  preset?: PresetChoice;
  rules?: Record<string, "off" | "warn" | "error">;
  settings?: GrpcReviewSettings;
  /** .gitignore-style patterns, relative to the folder holding the config file. */
  ignores?: string[];
}

const KEYS = new Set(["$schema", "preset", "rules", "settings", "ignores"]);
const SEVERITIES = new Set(["off", "warn", "error"]);

function fail(file: string, problem: string): never {
  throw new UsageError(`${file}: ${problem}`);
}

export function loadProjectConfig(dir: string): { file: string; config: ProjectConfig } | undefined {
  const file = join(dir, PROJECT_CONFIG_FILE);
  if (!existsSync(file)) return undefined;
  // A FIFO or device under the config's name is refused, never read (a read would block the run).
  const read = readTextFile(file, { maxBytes: SETUP_FILE_LIMIT });
  if (!read.ok) fail(file, read.reason);
  let raw: unknown;
  try {
    raw = JSON.parse(read.text);
  } catch (error) {
    fail(file, (error as Error).message);
  }
  if (!raw || typeof raw !== "object" || Array.isArray(raw)) fail(file, "expected a JSON object");
  const config = raw as Record<string, unknown>;
  for (const key of Object.keys(config)) if (!KEYS.has(key)) fail(file, `unknown key "${key}" (known: ${[...KEYS].join(", ")})`);
  if (config.preset !== undefined && !(PRESETS as readonly unknown[]).includes(config.preset)) {
    fail(file, `"preset" must be one of ${PRESETS.join(", ")}`);
  }
  if (config.rules !== undefined) {
    if (!config.rules || typeof config.rules !== "object" || Array.isArray(config.rules)) {
      fail(file, `"rules" must be an object of rule id to severity`);
    }
    const rules: Record<string, string> = {};
    for (const [key, severity] of Object.entries(config.rules)) {
      const id = key.replace(/^grpc-review\//, "");
      if (!(id in plugin.rules)) fail(file, `unknown rule "${key}"`);
      if (!SEVERITIES.has(severity as string)) fail(file, `rule "${key}": severity must be off, warn or error`);
      rules[id] = severity as string;
    }
    config.rules = rules;
  }
  if (config.ignores !== undefined && !(Array.isArray(config.ignores) && config.ignores.every((each) => typeof each === "string"))) {
    fail(file, `"ignores" must be an array of patterns`);
  }
  if (config.settings !== undefined && (typeof config.settings !== "object" || config.settings === null)) fail(file, `"settings" must be an object`);
  return { file, config: config };
}

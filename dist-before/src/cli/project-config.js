import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import plugin from "../index.js";
import { PRESETS, UsageError } from "./args.js";
export const PROJECT_CONFIG_FILE = "grpc-review.config.json";
const KEYS = new Set(["$schema", "preset", "rules", "settings", "ignores"]);
const SEVERITIES = new Set(["off", "warn", "error"]);
function fail(file, problem) {
    throw new UsageError(`${file}: ${problem}`);
}
export function loadProjectConfig(dir) {
    const file = join(dir, PROJECT_CONFIG_FILE);
    if (!existsSync(file))
        return undefined;
    let raw;
    try {
        raw = JSON.parse(readFileSync(file, "utf8"));
    }
    catch (error) {
        fail(file, error.message);
    }
    if (!raw || typeof raw !== "object" || Array.isArray(raw))
        fail(file, "expected a JSON object");
    const config = raw;
    for (const key of Object.keys(config))
        if (!KEYS.has(key))
            fail(file, `unknown key "${key}" (known: ${[...KEYS].join(", ")})`);
    if (config.preset !== undefined && !PRESETS.includes(config.preset)) {
        fail(file, `"preset" must be one of ${PRESETS.join(", ")}`);
    }
    if (config.rules !== undefined) {
        if (!config.rules || typeof config.rules !== "object" || Array.isArray(config.rules)) {
            fail(file, `"rules" must be an object of rule id to severity`);
        }
        const rules = {};
        for (const [key, severity] of Object.entries(config.rules)) {
            const id = key.replace(/^grpc-review\//, "");
            if (!(id in plugin.rules))
                fail(file, `unknown rule "${key}"`);
            if (!SEVERITIES.has(severity))
                fail(file, `rule "${key}": severity must be off, warn or error`);
            rules[id] = severity;
        }
        config.rules = rules;
    }
    if (config.ignores !== undefined && !(Array.isArray(config.ignores) && config.ignores.every((each) => typeof each === "string"))) {
        fail(file, `"ignores" must be an array of patterns`);
    }
    if (config.settings !== undefined && (typeof config.settings !== "object" || config.settings === null))
        fail(file, `"settings" must be an object`);
    return { file, config: config };
}

import { existsSync, readFileSync, statSync } from "node:fs";
import { basename, dirname, join, relative, resolve, sep } from "node:path";
import ignore from "ignore";
import { glob } from "tinyglobby";
import { UsageError } from "./args.js";
import { gitOutput, gitRoot } from "./git.js";
const ALWAYS_SKIPPED_DIRS = new Set(["node_modules", "dist", ".git"]);
const TYPESCRIPT_FILE = /\.(?:[cm]?tsx?|[cm]?jsx?)$/;
const DECLARATION_OR_BUNDLE = /\.d\.[cm]?ts$|\.min\.[cm]?js$/;
const SERVICE_CONFIG_BY_NAME = /service_config[^/]*\.json$|\.service-config\.(?:json|ya?ml)$/;
const DATA_FILE = /\.(?:json|ya?ml)$/;
/** Larger data files are not service configs in practice; reading them would only cost time. */
const MAX_SNIFFED_BYTES = 1024 * 1024;
export function kindByName(file) {
    if (file.endsWith(".proto"))
        return "proto";
    if (SERVICE_CONFIG_BY_NAME.test(file))
        return "service-config";
    if (TYPESCRIPT_FILE.test(file) && !DECLARATION_OR_BUNDLE.test(file))
        return "typescript";
    return undefined;
}
function isSkipped(relativePath) {
    return relativePath.split(/[\\/]/).some((segment) => ALWAYS_SKIPPED_DIRS.has(segment));
}
/** Inside a git work tree git itself knows what is ignored (nested .gitignore files, info/exclude, global excludes). */
function listWithGit(dir) {
    const output = gitOutput(dir, ["ls-files", "-z", "--cached", "--others", "--exclude-standard", "--", "."], 512 * 1024 * 1024) ?? "";
    return output
        .split("\0")
        .filter((entry) => entry !== "")
        .map((entry) => join(dir, entry))
        .filter((file) => existsSync(file));
}
async function listWithGlob(dir) {
    const files = await glob("**/*", { cwd: dir, dot: true, ignore: ["**/node_modules/**", "**/.git/**", "**/dist/**"] });
    const gitignorePath = join(dir, ".gitignore");
    const matcher = existsSync(gitignorePath) ? ignore().add(readFileSync(gitignorePath, "utf8")) : undefined;
    return files.filter((file) => !matcher?.ignores(file)).map((file) => join(dir, file));
}
function nearestTsconfigAbove(dir, stopAt) {
    let current = dir;
    for (;;) {
        const candidate = join(current, "tsconfig.json");
        if (existsSync(candidate))
            return candidate;
        const parent = dirname(current);
        if (parent === current || (stopAt !== undefined && current === stopAt))
            return undefined;
        current = parent;
    }
}
export async function discoverFiles(paths, cwd, options = {}) {
    const { sniffServiceConfig } = options;
    const userIgnores = options.ignores?.length ? ignore().add(options.ignores) : undefined;
    const ignoredByUser = (file) => {
        if (!userIgnores)
            return false;
        const path = relative(options.ignoresBase ?? cwd, file);
        return !path.startsWith("..") && userIgnores.ignores(path.split(sep).join("/"));
    };
    const kindOf = new Map();
    const tsconfigs = new Set();
    const classify = (file, explicit) => {
        const byName = kindByName(file);
        if (byName) {
            kindOf.set(file, byName);
            return;
        }
        if (!DATA_FILE.test(file) || !sniffServiceConfig)
            return;
        try {
            if (!explicit && statSync(file).size > MAX_SNIFFED_BYTES)
                return;
            if (sniffServiceConfig(readFileSync(file, "utf8"), file))
                kindOf.set(file, "service-config");
        }
        catch {
            // Unreadable files are not ours to report; ESLint never sees them.
        }
    };
    for (const path of paths) {
        const absolute = resolve(cwd, path);
        if (!existsSync(absolute))
            throw new UsageError(`no such file or directory: ${path}`);
        if (statSync(absolute).isFile()) {
            classify(absolute, true);
            // A file named on the command line (lint-staged, pre-commit) is typed like its neighbours.
            const above = nearestTsconfigAbove(dirname(absolute), gitRoot(dirname(absolute)));
            if (above)
                tsconfigs.add(above);
            continue;
        }
        const root = gitRoot(absolute);
        const listed = root ? listWithGit(absolute) : await listWithGlob(absolute);
        for (const file of listed) {
            if (isSkipped(relative(absolute, file)) || ignoredByUser(file))
                continue;
            if (basename(file) === "tsconfig.json")
                tsconfigs.add(file);
            else
                classify(file, false);
        }
        const above = nearestTsconfigAbove(absolute, root);
        if (above)
            tsconfigs.add(above);
    }
    const files = [...kindOf.keys()].sort();
    return { files, kindOf, tsconfigs: [...tsconfigs].sort() };
}

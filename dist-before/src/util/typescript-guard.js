import { existsSync, readFileSync } from "node:fs";
import Module, { createRequire } from "node:module";
import { dirname, join, sep } from "node:path";
/**
 * typescript-eslint resolves `typescript` from wherever npm put it. A project that installed a
 * TypeScript outside typescript-eslint's peer range (TypeScript 7, whose package no longer exports
 * the compiler API, or 3.x) makes a hoisted `ts-api-utils` crash while loading, before any rule runs.
 * This module finds that out without loading either, and can point typescript-eslint's `require`
 * at the TypeScript this package depends on instead.
 */
const localRequire = createRequire(import.meta.url);
function versionParts(version) {
    return version.split(/[.+-]/).slice(0, 3).map((part) => Number.parseInt(part, 10) || 0);
}
function compare(a, b) {
    for (let index = 0; index < 3; index++)
        if ((a[index] ?? 0) !== (b[index] ?? 0))
            return (a[index] ?? 0) - (b[index] ?? 0);
    return 0;
}
export function inRange(version, range) {
    const parts = versionParts(version);
    return compare(parts, range.min) >= 0 && compare(parts, range.below) < 0;
}
function readPackage(dir) {
    try {
        return JSON.parse(readFileSync(join(dir, "package.json"), "utf8"));
    }
    catch {
        return undefined;
    }
}
/** The package folder `name` resolves to from `fromDir`, by Node's node_modules walk (no exports maps, no redirects). */
export function packageDirFrom(fromDir, name) {
    for (let dir = fromDir;; dir = dirname(dir)) {
        const candidate = join(dir, "node_modules", name);
        if (existsSync(join(candidate, "package.json")))
            return candidate;
        if (dirname(dir) === dir)
            return undefined;
    }
}
export function installedPackage(dir) {
    const version = dir ? readPackage(dir)?.version : undefined;
    return dir && version ? { version, dir } : undefined;
}
/** The TypeScript this package depends on (~5.9), which typescript-eslint supports. */
export function ownTypeScript() {
    const dir = dirname(localRequire.resolve("typescript/package.json"));
    return { version: readPackage(dir).version, dir };
}
function packageDirOf(file) {
    const marker = `${sep}node_modules${sep}`;
    const at = file.lastIndexOf(marker);
    const rest = file.slice(at + marker.length).split(sep);
    return file.slice(0, at + marker.length) + (rest[0].startsWith("@") ? join(rest[0], rest[1]) : rest[0]);
}
let estreeDirCache;
function typescriptEstreeDir() {
    estreeDirCache ??= packageDirOf(createRequire(localRequire.resolve("@typescript-eslint/parser")).resolve("@typescript-eslint/typescript-estree"));
    return estreeDirCache;
}
export function supportedRange() {
    const text = readPackage(typescriptEstreeDir())?.peerDependencies?.typescript ?? "";
    const match = /^>=\s*(\d+\.\d+\.\d+)\s+<\s*(\d+\.\d+\.\d+)$/.exec(text.trim());
    // An unexpected range form: accept every version rather than guess.
    if (!match)
        return { text: text || "any", min: [0, 0, 0], below: [Infinity, 0, 0] };
    return { text: text.trim(), min: versionParts(match[1]), below: versionParts(match[2]) };
}
/**
 * The TypeScript installs typescript-eslint's parser will load: its own `typescript`, and the one
 * `ts-api-utils` (often hoisted next to the project's TypeScript) finds.
 */
export function typeScriptSeenByParser() {
    const estree = typescriptEstreeDir();
    const seen = [installedPackage(packageDirFrom(estree, "typescript"))];
    const apiUtils = packageDirFrom(estree, "ts-api-utils");
    if (apiUtils)
        seen.push(installedPackage(packageDirFrom(apiUtils, "typescript")));
    const unique = new Map();
    for (const each of seen)
        if (each)
            unique.set(each.dir, each);
    return [...unique.values()];
}
const REDIRECT = Symbol.for("eslint-plugin-grpc-review.typescript-redirect");
/**
 * Makes CommonJS `require("typescript")` (and its subpaths) load `target` for requiring modules that
 * `applies` to (by file name). typescript-eslint and ts-api-utils are CommonJS, so this reaches every
 * place they load TypeScript. Installed once per process; a later call only widens nothing.
 */
export function redirectTypeScript(target, applies) {
    const loader = Module;
    if (loader[REDIRECT])
        return;
    const original = loader._resolveFilename;
    loader._resolveFilename = function (request, parent, ...rest) {
        if ((request === "typescript" || request.startsWith("typescript/")) && parent?.filename && applies(parent.filename)) {
            return original.call(this, target.dir + request.slice("typescript".length), parent, ...rest);
        }
        return original.call(this, request, parent, ...rest);
    };
    loader[REDIRECT] = target;
}
/** typescript-eslint's packages and the helper library they share. */
export function isTypeScriptEslintModule(file) {
    return /[\\/]node_modules[\\/](?:@typescript-eslint[\\/]|ts-api-utils[\\/]|typescript-eslint[\\/])/.test(file);
}
/** True once some part of the process (the command) has chosen the TypeScript typescript-eslint loads. */
export function typeScriptRedirected() {
    return Boolean(Module[REDIRECT]);
}
let warned = false;
/**
 * The plugin's guard, run before it loads typescript-eslint's parser: when the parser would load an
 * unsupported TypeScript, say so once on stderr and give typescript-eslint this package's TypeScript.
 */
export function guardParserTypeScript() {
    if (typeScriptRedirected())
        return;
    let range;
    let unsupported;
    try {
        range = supportedRange();
        unsupported = typeScriptSeenByParser().find((each) => !inRange(each.version, range));
    }
    catch {
        return; // An install layout this check does not understand: let the parser load as it would.
    }
    if (!unsupported)
        return;
    const own = ownTypeScript();
    redirectTypeScript(own, isTypeScriptEslintModule);
    if (!warned) {
        warned = true;
        process.stderr.write(`eslint-plugin-grpc-review: TypeScript ${unsupported.version} is outside typescript-eslint's supported range (${range.text}); ` +
            `TypeScript files are parsed with the plugin's own TypeScript ${own.version}\n`);
    }
}

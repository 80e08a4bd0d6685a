/**
 * A project-wide view of the .proto files under some roots: which services and methods exist,
 * how idempotent each method is, and which fields each message has. Files are parsed once per
 * process and re-parsed only when their size or mtime changes, so many rules (and the editor's
 * long-lived ESLint process) can ask without re-reading the tree.
 */
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join, resolve } from "node:path";
import { numberedFields } from "./numbering.js";
import { forEachDeclaration } from "./walk.js";
import { resolveTypeName } from "./names.js";
import { parseProto } from "./parser.js";
// Not `build`: source trees use it for protos too (googleapis' google/devtools/build/v1).
const SKIPPED_DIRECTORIES = new Set(["node_modules", ".git", "dist", "coverage"]);
/** How long a built index is trusted before files are stat'ed again (editor sessions live long). */
const REVALIDATE_AFTER_MS = 2_000;
const summaries = new Map();
const indexes = new Map();
export function getProtoIndex(roots) {
    const absoluteRoots = roots.map((root) => resolve(root)).sort();
    const key = JSON.stringify(absoluteRoots);
    const cached = indexes.get(key);
    const now = Date.now();
    if (cached && now - cached.checkedAt < REVALIDATE_AFTER_MS)
        return cached.index;
    const files = [];
    for (const root of absoluteRoots)
        collectProtoFiles(root, files);
    const index = buildIndex(files.map((file) => summarize(file)));
    indexes.set(key, { index, checkedAt: now });
    return index;
}
function collectProtoFiles(dir, out) {
    let entries;
    try {
        entries = readdirSync(dir, { withFileTypes: true });
    }
    catch {
        return; // a root that does not exist (or cannot be read) contributes nothing
    }
    for (const entry of entries) {
        if (entry.isDirectory()) {
            if (!SKIPPED_DIRECTORIES.has(entry.name) && !entry.name.startsWith("."))
                collectProtoFiles(join(dir, entry.name), out);
        }
        else if (entry.name.endsWith(".proto")) {
            out.push(join(dir, entry.name));
        }
    }
}
function summarize(file) {
    const cacheKey = file;
    let stat;
    try {
        stat = statSync(file);
    }
    catch {
        return [file, undefined];
    }
    const cached = summaries.get(cacheKey);
    if (cached && cached.mtimeMs === stat.mtimeMs && cached.size === stat.size)
        return [file, cached];
    let text;
    try {
        text = readFileSync(file, "utf8");
    }
    catch {
        return [file, undefined];
    }
    const summary = summarizeProto(parseProto(text).file, file);
    summary.mtimeMs = stat.mtimeMs;
    summary.size = stat.size;
    summaries.set(cacheKey, summary);
    return [file, summary];
}
/** Services, methods and message fields of one parsed file (a broken file still contributes what parsed). */
export function summarizeProto(proto, file) {
    const messages = new Map();
    const enums = [];
    forEachDeclaration(proto, {
        message: (message) => messages.set(message.fullName, numberedFields(message).map((field) => field.name)),
        enum: (node) => enums.push(node.fullName),
    });
    const services = new Map();
    for (const node of proto.body) {
        if (node.type !== "Service")
            continue;
        const methods = new Map();
        for (const method of node.methods) {
            methods.set(method.name, {
                service: node.fullName,
                name: method.name,
                inputType: method.inputType,
                outputType: method.outputType,
                clientStreaming: method.clientStreaming,
                serverStreaming: method.serverStreaming,
                options: method.options,
                file,
            });
        }
        services.set(node.fullName, methods);
    }
    // Request types are resolved against the whole index later; keep the package for that.
    for (const methods of services.values()) {
        for (const method of methods.values()) {
            method.inputType = qualify(method.inputType, proto.package);
            method.outputType = qualify(method.outputType, proto.package);
        }
    }
    return { package: proto.package, mtimeMs: 0, size: 0, services, messages, enums };
}
/** Marks a relative name with its package scope (`pkg|Name`) until the index can resolve it. */
function qualify(name, pkg) {
    return name.startsWith(".") ? name.slice(1) : `${pkg}|${name}`;
}
function buildIndex(entries) {
    const services = new Map();
    const messages = new Map();
    const enums = new Set();
    const packages = new Set();
    const files = [];
    for (const [file, summary] of entries) {
        if (!summary)
            continue;
        files.push(file);
        packages.add(summary.package);
        for (const name of summary.enums)
            enums.add(name);
        for (const [name, fields] of summary.messages)
            messages.set(name, fields);
        for (const [name, methods] of summary.services) {
            const merged = services.get(name) ?? new Map();
            for (const [methodName, method] of methods)
                merged.set(methodName, method);
            services.set(name, merged);
        }
    }
    const exists = (fullName) => messages.has(fullName);
    const resolved = (name) => {
        const bar = name.indexOf("|");
        if (bar === -1)
            return name;
        const written = name.slice(bar + 1);
        return resolveTypeName(written, name.slice(0, bar), exists) ?? written;
    };
    const lookup = (service, method) => {
        const found = services.get(service.startsWith(".") ? service.slice(1) : service)?.get(method);
        return found && { ...found, inputType: resolved(found.inputType), outputType: resolved(found.outputType) };
    };
    return {
        methodsOf: (service) => {
            const methods = services.get(service.startsWith(".") ? service.slice(1) : service);
            return methods && [...methods.keys()];
        },
        services: () => [...services.keys()],
        method: lookup,
        messageFields: (message) => messages.get(message.startsWith(".") ? message.slice(1) : message),
        typeKind: (name) => {
            const fullName = name.startsWith(".") ? name.slice(1) : name;
            return messages.has(fullName) ? "message" : enums.has(fullName) ? "enum" : undefined;
        },
        files: () => files,
        hasPackage: (name) => packages.has(name.startsWith(".") ? name.slice(1) : name),
    };
}

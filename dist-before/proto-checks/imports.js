/**
 * What a .proto file can see besides itself: the files it imports, found by import path from the
 * file's folder upwards (the usual include roots), with `import public` followed. Each imported
 * file is parsed once per process and again only when its size or mtime changes.
 */
import { existsSync, readFileSync, statSync } from "node:fs";
import { dirname, join } from "node:path";
import { numberedFields } from "./numbering.js";
import { parseProto } from "./parser.js";
import { forEachDeclaration } from "./walk.js";
const MAX_PUBLIC_IMPORT_DEPTH = 8;
const cache = new Map();
/** A copy of a name that does not pin the file text it was sliced from. */
function own(name) {
    return ` ${name}`.slice(1);
}
export function declarationsIn(file, copyNames = false) {
    const name = copyNames ? own : (value) => value;
    const kinds = new Map();
    const fields = new Map();
    forEachDeclaration(file, {
        message(message) {
            kinds.set(name(message.fullName), "message");
            fields.set(name(message.fullName), numberedFields(message).map((field) => name(field.name)));
        },
        enum(node) {
            kinds.set(name(node.fullName), "enum");
        },
    });
    const publicImports = file.imports.filter((entry) => entry.modifier === "public").map((entry) => entry.path);
    return { kinds, fields, publicImports };
}
/** The file an import path names, looked for under each folder from `fromDir` up. */
export function findImport(fromDir, importPath) {
    let dir = fromDir;
    for (;;) {
        const candidate = join(dir, importPath);
        if (existsSync(candidate))
            return candidate;
        const parent = dirname(dir);
        if (parent === dir)
            return undefined;
        dir = parent;
    }
}
export function declarationsAt(path) {
    let stat;
    try {
        stat = statSync(path);
    }
    catch {
        return undefined;
    }
    const cached = cache.get(path);
    if (cached && cached.mtimeMs === stat.mtimeMs && cached.size === stat.size)
        return cached.declarations;
    let declarations;
    try {
        declarations = declarationsIn(parseProto(readFileSync(path, "utf8")).file, true);
    }
    catch {
        declarations = undefined;
    }
    cache.set(path, { mtimeMs: stat.mtimeMs, size: stat.size, declarations });
    return declarations;
}
/** Declarations of every file `file` (at `filename`) imports, `import public` chains included. */
export function importedDeclarations(filename, file) {
    const found = [];
    const seen = new Set();
    const visit = (fromDir, paths, depth) => {
        for (const importPath of paths) {
            const path = findImport(fromDir, importPath);
            if (!path || seen.has(path))
                continue;
            seen.add(path);
            const declarations = declarationsAt(path);
            if (!declarations)
                continue;
            found.push(declarations);
            if (depth < MAX_PUBLIC_IMPORT_DEPTH)
                visit(fromDir, declarations.publicImports, depth + 1);
        }
    };
    visit(dirname(filename), file.imports.map((entry) => entry.path), 0);
    return found;
}
/** Looks a fully qualified name up in a list of files' declarations. */
export function lookUp(files, pick) {
    for (const declarations of files) {
        const value = pick(declarations);
        if (value !== undefined)
            return value;
    }
    return undefined;
}

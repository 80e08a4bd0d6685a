/**
 * What a .proto file can see besides itself: the files it imports, found by import path from the
 * file's folder upwards (the usual include roots), with `import public` followed. Each imported
 * file is parsed once per process (summary-cache.ts, shared with the other proto readers) and
 * again only when its size or mtime changes.
 */
import { dirname, join, resolve } from "node:path";
import { isInside, realPath, realRoots, screenFile, sizeLimit, unsafeImportPath } from "../src/util/file-access.js";
import { readSettings } from "../src/util/settings.js";
import type { ProtoFile } from "./ast.js";
import { numberedFields } from "./numbering.js";
import { defineProtoSummary } from "./summary-cache.js";
import { forEachDeclaration } from "./walk.js";

export type TypeKind = "message" | "enum";

/** A file's declarations, reduced to what other files ask about. */
export interface FileDeclarations {
  kinds: Map<string, TypeKind>;
  /** Field names per message (oneof members included). */
  fields: Map<string, string[]>;
  /** Import paths this file re-exports with `import public`. */
  publicImports: string[];
}

const MAX_PUBLIC_IMPORT_DEPTH = 8;

/** A copy of a name that does not pin the file text it was sliced from. */
function own(name: string): string {
  return ` ${name}`.slice(1);
}

export function declarationsIn(file: ProtoFile, copyNames = false): FileDeclarations {
  const name = copyNames ? own : (value: string) => value;
  const kinds = new Map<string, TypeKind>();
  const fields = new Map<string, string[]>();
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

/**
 * The folders imports may be found in: the configured proto roots, else the lint's cwd. An import
 * is looked up from the importing file's folder upwards, but never above these.
 */
export function importRoots(context: { settings?: Record<string, unknown>; cwd?: string }): string[] {
  const cwd = context.cwd ?? process.cwd();
  const configured = readSettings(context).protoRoots;
  return configured && configured.length > 0 ? configured.map((root) => resolve(cwd, root)) : [cwd];
}

/**
 * The file an import path names, looked for under each folder from `fromDir` up to the roots: a
 * regular file whose real path stays inside them. Absolute and `..` paths are never looked up.
 */
export function findImport(fromDir: string, importPath: string, roots: readonly string[]): string | undefined {
  if (unsafeImportPath(importPath) !== undefined) return undefined;
  const real = realRoots(roots);
  let dir = realPath(fromDir) ?? fromDir;
  while (isInside(dir, real)) {
    const candidate = join(dir, importPath);
    const screened = screenFile(candidate, { maxBytes: sizeLimit("proto", undefined), roots: real });
    if (screened.ok) return candidate;
    const parent = dirname(dir);
    if (parent === dir) return undefined;
    dir = parent;
  }
  return undefined;
}

/** The declarations of the file at `path`, from the summary cache every proto reader shares. */
export const declarationsAt: (path: string) => FileDeclarations | undefined = defineProtoSummary("declarations", (file) => declarationsIn(file, true));

/** Declarations of every file `file` (at `filename`) imports, `import public` chains included; nothing outside `roots` is read. */
export function importedDeclarations(filename: string, file: ProtoFile, roots: readonly string[]): FileDeclarations[] {
  const found: FileDeclarations[] = [];
  const seen = new Set<string>();
  const visit = (fromDir: string, paths: readonly string[], depth: number): void => {
    for (const importPath of paths) {
      const path = findImport(fromDir, importPath, roots);
      if (!path || seen.has(path)) continue;
      seen.add(path);
      const declarations = declarationsAt(path);
      if (!declarations) continue;
      found.push(declarations);
      if (depth < MAX_PUBLIC_IMPORT_DEPTH) visit(fromDir, declarations.publicImports, depth + 1);
    }
  };
  visit(dirname(filename), file.imports.map((entry) => entry.path), 0);
  return found;
}

/** Looks a fully qualified name up in a list of files' declarations. */
export function lookUp<T>(files: readonly FileDeclarations[], pick: (declarations: FileDeclarations) => T | undefined): T | undefined {
  for (const declarations of files) {
    const value = pick(declarations);
    if (value !== undefined) return value;
  }
  return undefined;
}

/**
 * A project-wide view of the .proto files under some roots: which services and methods exist,
 * how idempotent each method is, and which fields each message has. Files are parsed once per
 * process (summary-cache.ts, shared with the other proto readers) and re-parsed only when their
 * size or mtime changes, so many rules (and the editor's
 * long-lived ESLint process) can ask without re-reading the tree.
 */
import { readdirSync, statSync } from "node:fs";
import { join, resolve } from "node:path";
import { isInside, realPath, realRoots } from "../src/util/file-access.js";
import type { OptionDecl, ProtoFile } from "./ast.js";
import { numberedFields } from "./numbering.js";
import { forEachDeclaration } from "./walk.js";
import { resolveTypeName } from "./names.js";
import { defineProtoSummary } from "./summary-cache.js";

export interface IndexedMethod {
  service: string;
  name: string;
  /** Fully qualified request and response type names (no leading dot) when they resolve; as written otherwise. */
  inputType: string;
  outputType: string;
  clientStreaming: boolean;
  serverStreaming: boolean;
  /** The method's options as written (`idempotency_level`, `google.api.http`): policy reads them. */
  options: readonly OptionDecl[];
  file: string;
}

export interface ProtoIndex {
  /** Method names of a fully-qualified service ("pkg.Service"). */
  methodsOf(service: string): string[] | undefined;
  services(): string[];
  method(service: string, method: string): IndexedMethod | undefined;
  /** Field names of a message by fully qualified name (oneof members included). */
  messageFields(message: string): string[] | undefined;
  /** Whether a fully qualified name is a message or an enum in the indexed protos. */
  typeKind(fullName: string): "message" | "enum" | undefined;
  /** The .proto files the index read. */
  files(): string[];
  /** Whether some indexed file declares this package (`pkg.v1`): its protos are in the tree. */
  hasPackage(name: string): boolean;
}

interface FileSummary {
  package: string;
  services: Map<string, Map<string, IndexedMethod>>;
  messages: Map<string, string[]>;
  enums: string[];
}

// Not `build`: source trees use it for protos too (googleapis' google/devtools/build/v1).
const SKIPPED_DIRECTORIES = new Set(["node_modules", ".git", "dist", "coverage"]);
/** How long a built index is trusted before files are stat'ed again (editor sessions live long). */
const REVALIDATE_AFTER_MS = 2_000;

const indexes = new Map<string, { index: ProtoIndex; checkedAt: number }>();

export function getProtoIndex(roots: string[]): ProtoIndex {
  const absoluteRoots = roots.map((root) => resolve(root)).sort();
  const key = JSON.stringify(absoluteRoots);
  const cached = indexes.get(key);
  const now = Date.now();
  if (cached && now - cached.checkedAt < REVALIDATE_AFTER_MS) return cached.index;
  const files: string[] = [];
  collectProtoFiles(absoluteRoots, files);
  const index = buildIndex(files.map((file) => summarize(file)));
  indexes.set(key, { index, checkedAt: now });
  return index;
}

/**
 * Forgets the built indexes (file summaries stay, checked by size and mtime): a command run that
 * follows another in the same process (tests, the report command) must not see the tree as it was
 * up to two seconds earlier.
 */
export function forgetProtoIndexes(): void {
  indexes.clear();
}

/** The `.proto` files an index over these roots reads (the command's cache keys on them). */
export function listProtoFiles(roots: string[]): string[] {
  const files: string[] = [];
  collectProtoFiles(roots.map((root) => resolve(root)).sort(), files);
  return files;
}

/**
 * Every regular `.proto` file under the roots, folders walked with a work list (no recursion). A
 * symlink is followed only when its target stays inside the roots; FIFOs, devices and sockets are
 * never opened (a FIFO named `x.proto` would block the run forever).
 */
function collectProtoFiles(roots: readonly string[], out: string[]): void {
  const real = realRoots(roots);
  const visited = new Set<string>();
  const pending = [...roots];
  while (pending.length > 0) {
    const dir = pending.pop()!;
    const realDir = realPath(dir);
    if (!realDir || visited.has(realDir) || !isInside(realDir, real)) continue;
    visited.add(realDir);
    let entries;
    try {
      entries = readdirSync(dir, { withFileTypes: true });
    } catch {
      continue; // a root that does not exist (or cannot be read) contributes nothing
    }
    const files: string[] = [];
    for (const entry of entries) {
      const path = join(dir, entry.name);
      let isDirectory = entry.isDirectory();
      let isFile = entry.isFile();
      if (entry.isSymbolicLink()) {
        const target = realPath(path);
        if (!target || !isInside(target, real)) continue;
        try {
          const stat = statSync(path);
          isDirectory = stat.isDirectory();
          isFile = stat.isFile();
        } catch {
          continue;
        }
      }
      if (isDirectory) {
        if (!SKIPPED_DIRECTORIES.has(entry.name) && !entry.name.startsWith(".")) pending.push(path);
      } else if (isFile && entry.name.endsWith(".proto")) {
        files.push(path);
      }
    }
    for (const file of files) out.push(file);
  }
  out.sort();
}

/** From the summary cache every proto reader shares: parsed once for the index, the imports and the language. */
const indexSummary = defineProtoSummary("project-index", (proto, file) => summarizeProto(proto, file));

function summarize(file: string): [string, FileSummary | undefined] {
  return [file, indexSummary(file)];
}

/** Services, methods and message fields of one parsed file (a broken file still contributes what parsed). */
export function summarizeProto(proto: ProtoFile, file: string): FileSummary {
  const messages = new Map<string, string[]>();
  const enums: string[] = [];
  forEachDeclaration(proto, {
    message: (message) => messages.set(message.fullName, numberedFields(message).map((field) => field.name)),
    enum: (node) => enums.push(node.fullName),
  });
  const services = new Map<string, Map<string, IndexedMethod>>();
  for (const node of proto.body) {
    if (node.type !== "Service") continue;
    const methods = new Map<string, IndexedMethod>();
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
  return { package: proto.package, services, messages, enums };
}

/** Marks a relative name with its package scope (`pkg|Name`) until the index can resolve it. */
function qualify(name: string, pkg: string): string {
  return name.startsWith(".") ? name.slice(1) : `${pkg}|${name}`;
}

function buildIndex(entries: Array<[string, FileSummary | undefined]>): ProtoIndex {
  const services = new Map<string, Map<string, IndexedMethod>>();
  const messages = new Map<string, string[]>();
  const enums = new Set<string>();
  const packages = new Set<string>();
  const files: string[] = [];
  for (const [file, summary] of entries) {
    if (!summary) continue;
    files.push(file);
    packages.add(summary.package);
    for (const name of summary.enums) enums.add(name);
    for (const [name, fields] of summary.messages) messages.set(name, fields);
    for (const [name, methods] of summary.services) {
      const merged = services.get(name) ?? new Map<string, IndexedMethod>();
      for (const [methodName, method] of methods) merged.set(methodName, method);
      services.set(name, merged);
    }
  }
  const exists = (fullName: string) => messages.has(fullName);
  const resolved = (name: string): string => {
    const bar = name.indexOf("|");
    if (bar === -1) return name;
    const written = name.slice(bar + 1);
    return resolveTypeName(written, name.slice(0, bar), exists) ?? written;
  };
  const lookup = (service: string, method: string): IndexedMethod | undefined => {
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

/**
 * The same gate as `grpcAnalysis` (see grpc-calls.ts and grpc-program.ts), answered before any
 * program exists: can a file hold gRPC code? Either its text may name a gRPC module, or its
 * imports reach (directly or through the files they import, node_modules declarations included)
 * a gRPC library's files or a gRPC or generated client module specifier. A file that cannot is
 * reported nothing by any TypeScript rule with or without types, so the command can lint it
 * without a program.
 *
 * The lexer is TypeScript's own `ts.preProcessFile`, not `es-module-lexer`: es-module-lexer
 * lexes JavaScript only (TypeScript would need its types stripped first, which is a parse), and
 * it does not report `require()` calls or `import x = require()`; preProcessFile scans
 * TypeScript and JavaScript alike with the compiler's scanner, reports ESM imports and
 * re-exports, `import type`, `import = require`, `require()` and `import()`, and names the
 * ambient modules a file declares. TypeScript is a dependency already.
 *
 * The walk must find at least every file the program-based walk finds, so module specifiers are
 * resolved with the tsconfig's own compiler options (`ts.resolveModuleName`, as the program
 * does), and a specifier that an ambient `declare module "x"` names is followed to the declaring
 * file as well (the checker prefers ambient modules). Extra edges (a `require()`, an `import()`)
 * only make more files typed, never fewer.
 */
import { readFileSync, statSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import ts from "typescript";
import { projectModulePath } from "../syntax/index.js";
import { isGrpcModuleSpecifier, libraryOfFile, textMayMentionGrpc } from "./grpc-modules.js";

interface Scanned {
  /** The text names a gRPC module (the syntax gate of grpcAnalysis). */
  mentionsGrpc: boolean;
  specifiers: string[];
  ambientModules: string[];
}

/** One tsconfig's view: its compiler options, resolution cache and settled answers. */
interface ProjectView {
  options: ts.CompilerOptions;
  cache: ts.ModuleResolutionCache;
  ambient: Map<string, string[]>;
  /** Files whose ambient module declarations are in `ambient` already. */
  noted: Set<string>;
  reaches: Map<string, boolean>;
}

/**
 * The file imports or requires a gRPC module (the rules' per-file gate without types), read with
 * the same import scanner as the module graph, not a regular expression.
 */
export function importsGrpcModule(text: string): boolean {
  return ts.preProcessFile(text, true, true).importedFiles.some((file) => isGrpcModuleSpecifier(file.fileName));
}

/** How far the untyped gate follows relative imports: a client wrapper is rarely deeper. */
const MAX_PROJECT_IMPORT_DEPTH = 3;
const projectReach = new Map<string, { mtimeMs: number; size: number; mentionsGrpc: boolean; imports: string[] } | null>();

function projectModuleFacts(fileName: string, root: string) {
  let stat;
  try {
    stat = statSync(fileName);
  } catch {
    return undefined;
  }
  const known = projectReach.get(fileName);
  if (known && known.mtimeMs === stat.mtimeMs && known.size === stat.size) return known;
  const text = readRegularFile(fileName);
  if (text === undefined) return undefined;
  const facts = {
    mtimeMs: stat.mtimeMs,
    size: stat.size,
    mentionsGrpc: textMayMentionGrpc(text),
    imports: relativeImports(fileName, text, root),
  };
  projectReach.set(fileName, facts);
  return facts;
}

function relativeImports(fileName: string, text: string, root: string): string[] {
  const found: string[] = [];
  for (const reference of ts.preProcessFile(text, true, true).importedFiles) {
    const target = projectModulePath(fileName, reference.fileName, root);
    if (target) found.push(target);
  }
  return found;
}

/**
 * The untyped gate's second chance: a file whose text names no gRPC module but whose relative
 * imports lead (within a few hops, under `root`) to one that does, such as a subclass of a client
 * wrapper declared in `./base-client`. The same import scanner as the typed gate; each module is
 * scanned once per process (re-read when it changes).
 */
export function projectImportsReachGrpc(fileName: string, text: string, root: string): boolean {
  const seen = new Set<string>([fileName]);
  let frontier = relativeImports(fileName, text, root);
  for (let depth = 0; depth < MAX_PROJECT_IMPORT_DEPTH && frontier.length > 0; depth++) {
    const next: string[] = [];
    for (const target of frontier) {
      if (seen.has(target)) continue;
      seen.add(target);
      const facts = projectModuleFacts(target, root);
      if (!facts) continue;
      if (facts.mentionsGrpc) return true;
      next.push(...facts.imports);
    }
    frontier = next;
  }
  return false;
}

export interface ModuleReachStats {
  /** Files read and scanned (sources and declaration files). */
  scanned: number;
  /** Module specifiers resolved. */
  resolved: number;
}

const host: ts.ModuleResolutionHost = {
  fileExists: (path) => ts.sys.fileExists(path),
  readFile: (path) => ts.sys.readFile(path),
  directoryExists: (path) => ts.sys.directoryExists(path),
  realpath: ts.sys.realpath ? (path) => ts.sys.realpath!(path) : undefined,
  getCurrentDirectory: () => ts.sys.getCurrentDirectory(),
  getDirectories: (path) => ts.sys.getDirectories(path),
};

/** Larger files are not scanned (a generated bundle); a start file that is not scanned stays typed. */
const MAX_SCANNED_BYTES = 20 * 1024 * 1024;

/** Regular files only: a FIFO or device under a source name must never block the run. */
function readRegularFile(path: string): string | undefined {
  try {
    const stat = statSync(path);
    return stat.isFile() && stat.size <= MAX_SCANNED_BYTES ? readFileSync(path, "utf8") : undefined;
  } catch {
    return undefined;
  }
}

const canonical = (path: string) => (ts.sys.useCaseSensitiveFileNames ? path : path.toLowerCase());

/**
 * Answers "can this file hold gRPC code?" for the files of one or more tsconfigs. Each file is
 * read and scanned once per instance, whichever tsconfigs include it.
 */
export class ModuleReach {
  private readonly scannedFiles = new Map<string, Scanned | undefined>();
  private readonly projects = new Map<string, ProjectView>();
  readonly stats: ModuleReachStats = { scanned: 0, resolved: 0 };

  /**
   * Registers a tsconfig: its compiler options decide resolution, and the ambient modules its
   * files declare are known before any of them is walked.
   */
  addProject(tsconfig: string, options: ts.CompilerOptions, fileNames: readonly string[]): void {
    const cache = ts.createModuleResolutionCache(dirname(tsconfig), canonical, options);
    const view: ProjectView = { options, cache, ambient: new Map(), noted: new Set(), reaches: new Map() };
    for (const fileName of fileNames) this.noteAmbient(view, resolve(fileName));
    // Automatically included @types packages are in the program too, and may declare modules.
    for (const name of ts.getAutomaticTypeDirectiveNames(options, host)) {
      const entry = ts.resolveTypeReferenceDirective(name, join(dirname(tsconfig), "__types__.ts"), options, host).resolvedTypeReferenceDirective;
      if (entry?.resolvedFileName) this.noteAmbient(view, resolve(entry.resolvedFileName));
    }
    this.projects.set(tsconfig, view);
  }

  /** Whether the file, as part of this tsconfig's program, can hold gRPC code. */
  mayHoldGrpc(tsconfig: string, fileName: string): boolean {
    const view = this.projects.get(tsconfig);
    const start = resolve(fileName);
    const scanned = this.scan(start);
    // Unreadable: let the typed lint report what it finds.
    if (!scanned || !view) return true;
    if (scanned.mentionsGrpc) return true;
    return this.reaches(view, start);
  }

  private scan(fileName: string): Scanned | undefined {
    if (this.scannedFiles.has(fileName)) return this.scannedFiles.get(fileName);
    let scanned: Scanned | undefined;
    const text = readRegularFile(fileName);
    if (text !== undefined) {
      this.stats.scanned++;
      const info = ts.preProcessFile(text, true, true);
      scanned = {
        mentionsGrpc: textMayMentionGrpc(text),
        specifiers: info.importedFiles.map((reference) => reference.fileName),
        ambientModules: info.ambientExternalModules ?? [],
      };
    }
    this.scannedFiles.set(fileName, scanned);
    return scanned;
  }

  private noteAmbient(view: ProjectView, fileName: string): void {
    if (view.noted.has(fileName)) return;
    view.noted.add(fileName);
    for (const name of this.scan(fileName)?.ambientModules ?? []) {
      const files = view.ambient.get(name);
      if (files) files.push(fileName);
      else view.ambient.set(name, [fileName]);
    }
  }

  private targets(view: ProjectView, specifier: string, from: string): string[] {
    const found = [...(view.ambient.get(specifier) ?? [])];
    this.stats.resolved++;
    const resolved = ts.resolveModuleName(specifier, from, view.options, host, view.cache).resolvedModule;
    if (resolved) found.push(resolve(resolved.resolvedFileName));
    return found;
  }

  /**
   * One walk over the import graph per unanswered file, as fileReachesGrpc does on a program:
   * when nothing reachable from the start reaches gRPC, nothing reachable from any file on the
   * way does either, so all of them are settled.
   */
  private reaches(view: ProjectView, start: string): boolean {
    const known = view.reaches.get(start);
    if (known !== undefined) return known;
    const seen = new Set<string>();
    const stack = [start];
    while (stack.length > 0) {
      const current = stack.pop()!;
      if (seen.has(current)) continue;
      seen.add(current);
      const settled = view.reaches.get(current);
      if (settled === false) continue;
      const specifiers = this.scan(current)?.specifiers ?? [];
      if (settled === true || libraryOfFile(current) !== undefined || specifiers.some(isGrpcModuleSpecifier)) {
        view.reaches.set(current, true);
        view.reaches.set(start, true);
        return true;
      }
      for (const specifier of specifiers) {
        for (const target of this.targets(view, specifier, current)) {
          if (seen.has(target)) continue;
          // A declaration file met on the way may declare ambient modules of its own.
          this.noteAmbient(view, target);
          stack.push(target);
        }
      }
    }
    for (const visited of seen) view.reaches.set(visited, false);
    return false;
  }
}

/**
 * The one way grpc-review reads a file it was pointed at (discovery, the proto index, proto
 * imports, suppressions): regular files only, never past a size cap, never outside the roots it
 * reviews, and a failure is a sentence for a finding, never an exception. A FIFO would block the
 * run forever, /dev/zero would fill memory, and `import "/etc/shadow"` must not be read at all.
 */
import { closeSync, constants, fstatSync, openSync, readSync, realpathSync, statSync, type Stats } from "node:fs";
import { isAbsolute, resolve, sep } from "node:path";

export type InputKind = "typescript" | "proto" | "service-config" | "suppressions";

const MB = 1024 * 1024;
/**
 * Past these sizes a file is reported, not read. Real inputs are far smaller (the largest generated
 * gRPC clients are a few MB); the caps keep one stray file from costing gigabytes. TypeScript's is
 * lower: its parser takes about 470 bytes of memory per byte of source (2.4 GB for 5 MB, near the
 * default heap), and its ESTree conversion looks for the token after each top-level `export` from
 * the start of the file, so a generated file that exports every declaration grows quadratically
 * (a 10 MB one took 4.7 GB and twice the time per MB; 20 MB did not finish in 480 s).
 */
export const DEFAULT_SIZE_LIMITS: Readonly<Record<InputKind, number>> = {
  typescript: 5 * MB,
  proto: 20 * MB,
  "service-config": 20 * MB,
  suppressions: 50 * MB,
};

export type SizeLimits = Partial<Record<InputKind, number>>;

/**
 * Cap for the small hand-written files the command reads for itself (tsconfig.json, .gitignore,
 * grpc-review.config.json): far above any real one, low enough that a stray huge file costs nothing.
 */
export const SETUP_FILE_LIMIT = 16 * MB;

/** Whether `path` is a regular file (after symlinks): what `existsSync` cannot say, and a FIFO would block a read. */
export function isRegularFile(path: string): boolean {
  try {
    return statSync(path).isFile();
  } catch {
    return false;
  }
}

export function sizeLimit(kind: InputKind, limits: SizeLimits | undefined): number {
  return limits?.[kind] ?? DEFAULT_SIZE_LIMITS[kind];
}

/** "a FIFO", "a character device", ...: what a path is when it is not a regular file or a folder. */
export function describeSpecial(stat: Stats): string {
  if (stat.isFIFO()) return "a FIFO";
  if (stat.isCharacterDevice()) return "a character device";
  if (stat.isBlockDevice()) return "a block device";
  if (stat.isSocket()) return "a socket";
  if (stat.isDirectory()) return "a folder";
  return "not a regular file";
}

function megabytes(bytes: number): string {
  return `${(bytes / MB).toFixed(bytes < 10 * MB ? 1 : 0)} MB`;
}

const KIND_NAMES: Readonly<Record<InputKind, string>> = {
  typescript: "TypeScript and JavaScript files",
  proto: ".proto files",
  "service-config": "service configs",
  suppressions: "suppressions files",
};

export function tooLargeReason(size: number, limit: number, kind?: InputKind): string {
  if (!kind) return `file is ${megabytes(size)}, over the ${megabytes(limit)} limit for this kind of input; not reviewed (raise it with --max-file-size)`;
  return `file is ${megabytes(size)}, over the ${megabytes(limit)} limit for ${KIND_NAMES[kind]}; not reviewed (raise it with --max-file-size ${kind}=<MB>)`;
}

function errorReason(error: unknown): string {
  const code = (error as NodeJS.ErrnoException).code;
  if (code === "EACCES" || code === "EPERM") return "cannot be read: permission denied";
  if (code === "ENOENT") return "cannot be read: no such file";
  if (code === "ELOOP") return "cannot be read: too many levels of symbolic links";
  return `cannot be read: ${code ?? (error as Error).message}`;
}

/** Whether `path` is one of `roots` or below one (all absolute, symlinks already resolved). */
export function isInside(path: string, roots: readonly string[]): boolean {
  return roots.some((root) => path === root || path.startsWith(root.endsWith(sep) ? root : root + sep));
}

/** `roots` with their symlinks resolved (a root that does not exist is kept as written). */
export function realRoots(roots: readonly string[]): string[] {
  return roots.map((root) => {
    try {
      return realpathSync(resolve(root));
    } catch {
      return resolve(root);
    }
  });
}

/** Where `path` really is, or undefined when it does not resolve (missing, a loop). */
export function realPath(path: string): string | undefined {
  try {
    return realpathSync(path);
  } catch {
    return undefined;
  }
}

export type Screened = { ok: true; size: number } | { ok: false; reason: string; missing?: boolean; special?: boolean };

/**
 * Whether a file may be read, without reading it: it exists, is a regular file (after symlinks),
 * fits the cap, stays inside `roots` (when given), and opens for reading.
 */
export function screenFile(path: string, options: { maxBytes: number; kind?: InputKind; roots?: readonly string[]; allowOutside?: boolean }): Screened {
  let stat: Stats;
  try {
    stat = statSync(path);
  } catch (error) {
    return { ok: false, reason: errorReason(error), missing: (error as NodeJS.ErrnoException).code === "ENOENT" };
  }
  if (!stat.isFile()) return { ok: false, reason: `${describeSpecial(stat)}, not a regular file; not read`, special: true };
  if (options.roots && !options.allowOutside) {
    const real = realPath(path);
    if (!real || !isInside(real, options.roots)) return { ok: false, reason: `resolves outside the reviewed folders${real ? ` (to ${real})` : ""}; not read` };
  }
  if (stat.size > options.maxBytes) return { ok: false, reason: tooLargeReason(stat.size, options.maxBytes, options.kind) };
  try {
    // O_NONBLOCK: should the path have been swapped for a FIFO since the stat, the open still returns.
    closeSync(openSync(path, constants.O_RDONLY | constants.O_NONBLOCK));
  } catch (error) {
    return { ok: false, reason: errorReason(error) };
  }
  return { ok: true, size: stat.size };
}

export type ReadOutcome = { ok: true; text: string } | { ok: false; reason: string; missing?: boolean };

/** Reads a screened file as UTF-8, checking again on the open descriptor (the path may have changed since). */
export function readTextFile(path: string, options: { maxBytes: number; kind?: InputKind; roots?: readonly string[]; allowOutside?: boolean }): ReadOutcome {
  const screened = screenFile(path, options);
  if (!screened.ok) return screened;
  let fd: number;
  try {
    fd = openSync(path, constants.O_RDONLY | constants.O_NONBLOCK);
  } catch (error) {
    return { ok: false, reason: errorReason(error) };
  }
  try {
    const stat = fstatSync(fd);
    if (!stat.isFile()) return { ok: false, reason: `${describeSpecial(stat)}, not a regular file; not read` };
    // Read at most one byte past the cap: a file that grows while read is still refused.
    const buffer = Buffer.allocUnsafe(Math.min(stat.size, options.maxBytes) + 1);
    let length = 0;
    for (;;) {
      const read = readSync(fd, buffer, length, buffer.length - length, null);
      if (read === 0) break;
      length += read;
      if (length === buffer.length) break;
    }
    if (length > options.maxBytes) return { ok: false, reason: tooLargeReason(length, options.maxBytes, options.kind) };
    return { ok: true, text: buffer.toString("utf8", 0, length) };
  } catch (error) {
    return { ok: false, reason: errorReason(error) };
  } finally {
    closeSync(fd);
  }
}

/**
 * protoc resolves an import path under its include roots only: a leading `/`, a `..` or `.`
 * segment, or a backslash never names a file there. Such a path is reported, and never opened.
 */
export function unsafeImportPath(importPath: string): string | undefined {
  if (importPath === "") return "is empty";
  if (isAbsolute(importPath) || importPath.startsWith("/")) return "is absolute; protoc looks imports up under its include roots only";
  if (importPath.includes("\\")) return "contains a backslash; protoc paths use `/`";
  if (importPath.split("/").some((segment) => segment === ".." || segment === "." || segment === "")) {
    return "has a `.`, `..` or empty segment; protoc looks imports up under its include roots only";
  }
  return undefined;
}

import { chmodSync, chownSync, lstatSync, mkdirSync, readlinkSync, realpathSync, renameSync, rmSync, statSync, writeFileSync, type Stats } from "node:fs";
import { dirname, resolve, sep } from "node:path";

/** Symlink hops followed for a dangling link before giving up (the kernel's own limit is 40). */
const MAX_LINK_HOPS = 40;
/** Files under these are the process's or the kernel's, never replaced by a rename (/dev/stdout is /proc/self/fd/1). */
const KERNEL_TREES = ["/dev", "/proc", "/sys"];

function statOrUndefined(path: string, follow: boolean): Stats | undefined {
  try {
    return follow ? statSync(path) : lstatSync(path);
  } catch {
    return undefined;
  }
}

/** Where a dangling symlink chain would create its file: the last link's target. */
function danglingTarget(path: string): string {
  let current = path;
  for (let hop = 0; hop < MAX_LINK_HOPS; hop++) {
    const stat = statOrUndefined(current, false);
    if (!stat?.isSymbolicLink()) return current;
    current = resolve(dirname(current), readlinkSync(current));
  }
  return current;
}

function insideKernelTree(path: string): boolean {
  return KERNEL_TREES.some((tree) => path === tree || path.startsWith(tree + sep));
}

/**
 * Readers (CI uploaders, a concurrent run) never see a half-written report or baseline: a new file
 * or a regular one is written to a temporary file beside it and renamed over it. The rename is done
 * on the symlink's target (the link stays), keeping the file's mode (and owner, when allowed).
 * Anything else (/dev/null, a FIFO, a terminal, /dev/stdout) is written in place: a rename would
 * replace the device node or pipe with a plain file.
 */
/** `mode`: permissions to give the file (a fixed source keeps its own); default: the existing file's. */
export function writeFileAtomic(path: string, content: string, mode?: number): void {
  const existing = statOrUndefined(path, true);
  if (existing && !existing.isFile()) {
    writeFileSync(path, content);
    return;
  }
  let target: string;
  if (existing) {
    try {
      target = realpathSync(path);
    } catch {
      writeFileSync(path, content);
      return;
    }
    if (insideKernelTree(target)) {
      writeFileSync(path, content);
      return;
    }
  } else {
    target = danglingTarget(path);
  }
  const temporary = `${target}.${process.pid}.${Date.now()}.tmp`;
  mkdirSync(dirname(target), { recursive: true });
  try {
    // `wx`: never write through something planted at the temporary name.
    writeFileSync(temporary, content, { flag: "wx" });
    if (existing) {
      if (existing.uid !== process.getuid?.() || existing.gid !== process.getgid?.()) {
        try {
          chownSync(temporary, existing.uid, existing.gid);
        } catch {
          // Only root may give a file away; the content matters more than the owner.
        }
      }
      // After chown, which clears set-id bits.
      chmodSync(temporary, existing.mode & 0o7777);
    }
    if (mode !== undefined) chmodSync(temporary, mode);
    renameSync(temporary, target);
  } catch (error) {
    rmSync(temporary, { force: true });
    throw error;
  }
}

/**
 * `-o`: writes the report, and on failure says so in one line naming the file the user gave, not
 * the temporary file beside it ("EIO: i/o error, write" named none).
 */
export function writeReportFile(path: string, content: string): void {
  try {
    writeFileAtomic(path, content);
  } catch (error) {
    const reason = (error as Error).message.split(",")[0];
    throw new Error(`cannot write the report to ${path}: ${reason}`, { cause: error });
  }
}

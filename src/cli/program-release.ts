import { setFlagsFromString } from "node:v8";
import { runInNewContext } from "node:vm";
import { clearCaches } from "@typescript-eslint/parser";
import ts from "typescript";

/**
 * typescript-eslint's project service opens every file it lints and never closes it, so every
 * configured project it built (a program and a type checker per tsconfig) stays alive until the
 * process ends. The service is private to typescript-estree; recording the files it opens, while
 * the command lints typed files, lets the command close them once their program is done. The
 * service then drops the projects no open file needs at its next open, after the next project
 * took what they share from its document registry (lib and declaration files are parsed once).
 */
const opened = new Map<ts.server.ProjectService, Set<string>>();
let tracking = false;
let installed = false;

function install(): void {
  if (installed) return;
  installed = true;
  const prototype = ts.server.ProjectService.prototype;
  // Called with the service as `this` below, as the prototype method it replaces.
  // eslint-disable-next-line @typescript-eslint/unbound-method
  const open = prototype.openClientFile;
  prototype.openClientFile = function (this: ts.server.ProjectService, fileName, ...rest) {
    if (tracking) {
      const files = opened.get(this) ?? new Set<string>();
      files.add(fileName);
      opened.set(this, files);
    }
    return open.call(this, fileName, ...rest);
  };
}

/** Starts recording the files the project service opens. */
export function trackOpenedFiles(): void {
  install();
  tracking = true;
}

let gc: (() => void) | undefined | null = null;
/** Heap in use after the last collection; a collection only pays once this much more is in use. */
let heapAfterCollection = 0;
const COLLECT_AFTER_GROWTH = 128 * 1024 * 1024;

/**
 * A full garbage collection, once the heap grew by 128 MB since the last. A released program is garbage, but V8 grows the heap before it
 * collects old garbage, so without this the next program is built on top of the last one and
 * peak RSS is the sum after all. The flag and the function are what Jest's leak detector uses.
 */
export function collectGarbage(): void {
  if (process.memoryUsage().heapUsed - heapAfterCollection < COLLECT_AFTER_GROWTH) return;
  if (gc === null) {
    try {
      setFlagsFromString("--expose-gc");
      gc = runInNewContext("gc") as () => void;
    } catch {
      gc = undefined;
    }
  }
  gc?.();
  heapAfterCollection = process.memoryUsage().heapUsed;
}

/** Closes the files opened since the last call: the projects that served only them are released on the next open. */
export function closeOpenedFiles(): void {
  for (const [service, files] of opened) for (const file of files) service.closeClientFile(file);
  opened.clear();
}

/** Ends the typed lint: closes what is open and drops the project service itself. */
export function releaseProjectService(): void {
  closeOpenedFiles();
  tracking = false;
  clearCaches();
  collectGarbage();
}

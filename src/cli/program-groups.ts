import { dirname, join, sep } from "node:path";
import type { UsableProject } from "./typescript-projects.js";

/** Typed files linted one after another in one project service, which is dropped afterwards. */
export interface ProgramGroup {
  /** The tsconfig expected to serve these files (the project service still decides for each file). */
  tsconfig: string | undefined;
  files: string[];
}

/**
 * The tsconfig the project service will open a file in, as TypeScript's server finds it: the
 * nearest `tsconfig.json` from the file's folder up (not above `rootDir`) that includes the file,
 * or a project that one references (solution-style layouts), else the next one further up.
 * Only the order of linting depends on this guess: a wrong guess costs a program built twice,
 * never a different finding, since the project service itself picks the program for each file.
 */
function ownerOf(file: string, byPath: Map<string, UsableProject>, members: Map<string, Set<string>>, rootDir: string): string | undefined {
  const includes = (tsconfig: string) => members.get(tsconfig)?.has(file) ?? false;
  const viaReferences = (tsconfig: string, seen: Set<string>): string | undefined => {
    for (const reference of byPath.get(tsconfig)?.references ?? []) {
      if (seen.has(reference)) continue;
      seen.add(reference);
      if (includes(reference)) return reference;
      const deeper = viaReferences(reference, seen);
      if (deeper) return deeper;
    }
    return undefined;
  };
  for (let dir = dirname(file); ; dir = dirname(dir)) {
    const tsconfig = join(dir, "tsconfig.json");
    if (byPath.has(tsconfig)) {
      if (includes(tsconfig)) return tsconfig;
      const referenced = viaReferences(tsconfig, new Set([tsconfig]));
      if (referenced) return referenced;
    }
    if (dir === rootDir || !dir.startsWith(rootDir + sep) || dirname(dir) === dir) return undefined;
  }
}

/**
 * Splits the typed files by the program that will serve them, so each program can be released
 * once its files are linted: the project service otherwise keeps every program it built until
 * the process ends, and peak memory grows with the number of tsconfigs. One program at a time
 * bounds it by the largest program instead. Tsconfigs that overlap (a root that includes its
 * packages' folders, a project that references another) are not merged into one group: that
 * would parse their shared files once, but hold both programs at the same time.
 * Groups come in a stable order (by tsconfig path, files as given); files no tsconfig seems to
 * own come last and still go to the project service, which reports those it cannot place.
 */
export function groupByProgram(files: string[], projects: UsableProject[], rootDir: string): ProgramGroup[] {
  const byPath = new Map(projects.map((project) => [project.tsconfig, project]));
  const members = new Map(projects.map((project) => [project.tsconfig, new Set(project.fileNames)]));
  const filesOf = new Map<string | undefined, string[]>();
  for (const file of files) {
    const owner = ownerOf(file, byPath, members, rootDir);
    const list = filesOf.get(owner);
    if (list) list.push(file);
    else filesOf.set(owner, [file]);
  }
  const owners = [...filesOf.keys()].filter((owner): owner is string => owner !== undefined).sort();
  const groups: ProgramGroup[] = owners.map((owner) => ({ tsconfig: owner, files: filesOf.get(owner)! }));
  const unowned = filesOf.get(undefined);
  if (unowned) groups.push({ tsconfig: undefined, files: unowned });
  return groups;
}

/** Set to 1 to lint every typed file in one project service that keeps all its programs, as before (for comparisons). */
export const ONE_PROJECT_SERVICE_ENV = "GRPC_REVIEW_ONE_PROJECT_SERVICE";

/** The typed files in the parts they are linted in, each part's programs released after it. */
export function typedLintOrder(files: string[], projects: UsableProject[], rootDir: string): ProgramGroup[] {
  if (process.env[ONE_PROJECT_SERVICE_ENV] === "1") return [{ tsconfig: undefined, files }];
  return groupByProgram(files, projects, rootDir);
}

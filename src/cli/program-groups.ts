import { dirname, join, sep } from "node:path";
import type { UsableProject } from "./typescript-projects.js";

/** Typed files linted one after another in one project service, which is dropped afterwards. */
export interface ProgramGroup {
  /** The tsconfig expected to serve these files (the project service still decides for each file). */
  tsconfig: string | undefined;
  files: string[];
  /**
   * Other tsconfigs whose typed files this one's program serves too (it includes them with the
   * same checking options), so the command names the program itself instead of the project
   * service picking one per file: one program instead of several.
   */
  shares?: string[];
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

/**
 * Compiler options that only shape what is emitted (or where): two tsconfigs that differ in
 * these alone type-check their files the same.
 */
const EMIT_ONLY_OPTIONS = new Set([
  "composite",
  "configFilePath",
  "declaration",
  "declarationDir",
  "declarationMap",
  "emitBOM",
  "emitDeclarationOnly",
  "incremental",
  "inlineSourceMap",
  "inlineSources",
  "mapRoot",
  "newLine",
  "noEmit",
  "noEmitOnError",
  "outDir",
  "removeComments",
  "rootDir",
  "sourceMap",
  "sourceRoot",
  "stripInternal",
  "tsBuildInfoFile",
]);

/**
 * Whether `host`'s program gives `guest`'s files the types `guest`'s own would: the same
 * checking options, except that `host` may see more `@types` packages (ambient declarations
 * only add globals). Neither may have references: the command then builds the program from the
 * tsconfig alone, which (unlike the project service) would not read referenced projects' sources.
 */
export function servesLike(host: UsableProject, guest: UsableProject): boolean {
  if (host.references.length > 0 || guest.references.length > 0) return false;
  const checking = (project: UsableProject) =>
    Object.entries(project.options)
      .filter(([key]) => !EMIT_ONLY_OPTIONS.has(key) && key !== "types")
      .sort(([a], [b]) => (a < b ? -1 : 1));
  if (JSON.stringify(checking(host)) !== JSON.stringify(checking(guest))) return false;
  const hostTypes = host.options.types;
  const guestTypes = guest.options.types;
  // No `types` list means every installed @types package.
  if (hostTypes === undefined) return true;
  return guestTypes !== undefined && guestTypes.every((type) => hostTypes.includes(type));
}

/**
 * Overlapping tsconfigs (a spec project that includes the library's sources as well as its
 * tests, a root that includes its packages' folders) each get a program of their own from the
 * project service, which picks one per file: the shared files are then checked twice, by two
 * checkers held one after the other. A part whose files all lie in another part's tsconfig,
 * which checks them the same way (servesLike), joins that part, and the command names that
 * tsconfig's program for all of them. The larger tsconfig hosts; a part that hosts is not moved.
 */
export function shareOverlappingPrograms(groups: ProgramGroup[], projects: UsableProject[]): ProgramGroup[] {
  const byPath = new Map(projects.map((project) => [project.tsconfig, project]));
  const members = new Map(projects.map((project) => [project.tsconfig, new Set(project.fileNames)]));
  const size = (group: ProgramGroup) => (group.tsconfig ? (members.get(group.tsconfig)?.size ?? 0) : 0);
  const hosts = [...groups].filter((group) => group.tsconfig !== undefined).sort((a, b) => size(b) - size(a) || (a.tsconfig! < b.tsconfig! ? -1 : 1));
  const moved = new Set<ProgramGroup>();
  const hosting = new Map<ProgramGroup, { files: string[]; shares: string[] }>();
  for (const guest of [...hosts].reverse()) {
    if (hosting.has(guest)) continue;
    const guestProject = byPath.get(guest.tsconfig!);
    if (!guestProject) continue;
    const host = hosts.find((candidate) => {
      if (candidate === guest || moved.has(candidate)) return false;
      const hostProject = byPath.get(candidate.tsconfig!);
      const own = members.get(candidate.tsconfig!);
      return hostProject !== undefined && own !== undefined && guest.files.every((file) => own.has(file)) && servesLike(hostProject, guestProject);
    });
    if (!host) continue;
    moved.add(guest);
    const joined = hosting.get(host) ?? { files: [...host.files], shares: [] };
    joined.files.push(...guest.files);
    joined.shares.push(guest.tsconfig!);
    hosting.set(host, joined);
  }
  if (moved.size === 0) return groups;
  const result: ProgramGroup[] = [];
  for (const group of groups) {
    if (moved.has(group)) continue;
    const joined = hosting.get(group);
    result.push(joined ? { tsconfig: group.tsconfig, files: joined.files, shares: joined.shares.sort() } : group);
  }
  return result;
}

/** Set to 1 to lint every typed file in one project service that keeps all its programs, as before (for comparisons). */
export const ONE_PROJECT_SERVICE_ENV = "GRPC_REVIEW_ONE_PROJECT_SERVICE";

/**
 * The typed files in the parts they are linted in, each part's programs released after it.
 * Parts whose program the command names itself (shared by overlapping tsconfigs) come last:
 * the project service is done by then, and each such program is dropped after its part.
 */
export function typedLintOrder(files: string[], projects: UsableProject[], rootDir: string): ProgramGroup[] {
  if (process.env[ONE_PROJECT_SERVICE_ENV] === "1") return [{ tsconfig: undefined, files }];
  const groups = shareOverlappingPrograms(groupByProgram(files, projects, rootDir), projects);
  return [...groups.filter((group) => !group.shares), ...groups.filter((group) => group.shares)];
}

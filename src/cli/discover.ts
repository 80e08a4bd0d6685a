import { existsSync, readdirSync, statSync } from "node:fs";
import { basename, dirname, join, relative, resolve, sep } from "node:path";
import ignore from "ignore";
import { glob } from "tinyglobby";
import type { RuleInput } from "../util/create-rule.js";
import { describeSpecial, isInside, isRegularFile, readTextFile, realPath, realRoots, SETUP_FILE_LIMIT } from "../util/file-access.js";
import { UsageError } from "./args.js";
import { gitOutput, gitRoot } from "./git.js";

/** What the CLI found under the given paths, each file with the input kind it is linted as. */
export interface DiscoveredFiles {
  /** Absolute paths, sorted, each once. */
  files: string[];
  kindOf: Map<string, RuleInput>;
  /** tsconfig.json files under the paths, and the nearest one above each path. */
  tsconfigs: string[];
  /** Files named on the command line that cannot be reviewed (a FIFO, a device): one finding each. */
  problems: Map<string, string>;
  /** One line each: files found under a folder and left alone (special files, links leaving the folder). */
  skipped: string[];
}

/** A content test for JSON/YAML files whose names say nothing (see the service-config input). */
export type ContentSniffer = (text: string, fileName: string) => boolean;

const ALWAYS_SKIPPED_DIRS = new Set(["node_modules", "dist", ".git"]);
const TYPESCRIPT_FILE = /\.(?:[cm]?tsx?|[cm]?jsx?)$/;
const DECLARATION_OR_BUNDLE = /\.d\.[cm]?ts$|\.min\.[cm]?js$/;
const SERVICE_CONFIG_BY_NAME = /service_config[^/]*\.json$|\.service-config\.(?:json|ya?ml)$/;
const DATA_FILE = /\.(?:json|ya?ml)$/;
/** Larger data files are not service configs in practice; reading them would only cost time. */
const MAX_SNIFFED_BYTES = 1024 * 1024;

export function kindByName(file: string): RuleInput | undefined {
  if (file.endsWith(".proto")) return "proto";
  if (SERVICE_CONFIG_BY_NAME.test(file)) return "service-config";
  if (TYPESCRIPT_FILE.test(file) && !DECLARATION_OR_BUNDLE.test(file)) return "typescript";
  return undefined;
}

function isSkipped(relativePath: string): boolean {
  return relativePath.split(/[\\/]/).some((segment) => ALWAYS_SKIPPED_DIRS.has(segment));
}

/** Inside a git work tree git itself knows what is ignored (nested .gitignore files, info/exclude, global excludes). */
function listWithGit(dir: string): string[] {
  const output = gitOutput(dir, ["ls-files", "-z", "--cached", "--others", "--exclude-standard", "--", "."], 512 * 1024 * 1024) ?? "";
  return output
    .split("\0")
    .filter((entry) => entry !== "")
    .map((entry) => join(dir, entry));
}

async function listWithGlob(dir: string): Promise<string[]> {
  const files = await glob("**/*", { cwd: dir, dot: true, ignore: ["**/node_modules/**", "**/.git/**", "**/dist/**"] });
  // Through the access layer: a .gitignore that is a FIFO would block the run (it is then not used).
  const gitignore = readTextFile(join(dir, ".gitignore"), { maxBytes: SETUP_FILE_LIMIT });
  const matcher = gitignore.ok ? ignore().add(gitignore.text) : undefined;
  return files.filter((file) => !matcher?.ignores(file)).map((file) => join(dir, file));
}

/**
 * Special files (FIFOs, devices, sockets) under `dir` whose names say they are inputs: git and the
 * glob never list them, so without this walk they would vanish without a word. Folders that cannot
 * be read are named too: git and the glob pass over them in silence. Folders are walked with a work
 * list; symlinked folders are not entered.
 */
function specialFilesUnder(dir: string): Array<{ path: string; note: string }> {
  const found: Array<{ path: string; note: string }> = [];
  const pending = [dir];
  while (pending.length > 0) {
    const current = pending.pop()!;
    let entries;
    try {
      entries = readdirSync(current, { withFileTypes: true });
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      if (code === "EACCES" || code === "EPERM") found.push({ path: current, note: "a folder that cannot be read (permission denied); its files are not reviewed" });
      continue;
    }
    for (const entry of entries) {
      const path = join(current, entry.name);
      if (entry.isDirectory()) {
        if (!ALWAYS_SKIPPED_DIRS.has(entry.name)) pending.push(path);
      } else if (!entry.isFile() && !entry.isSymbolicLink() && (kindByName(path) !== undefined || DATA_FILE.test(path))) {
        const what = entry.isFIFO() ? "a FIFO" : entry.isCharacterDevice() ? "a character device" : entry.isBlockDevice() ? "a block device" : entry.isSocket() ? "a socket" : "not a regular file";
        found.push({ path, note: `${what}, not a regular file; skipped` });
      }
    }
  }
  return found.sort((a, b) => (a.path < b.path ? -1 : 1));
}

function nearestTsconfigAbove(dir: string, stopAt: string | undefined): string | undefined {
  let current = dir;
  for (;;) {
    const candidate = join(current, "tsconfig.json");
    // A FIFO or device under that name is no tsconfig (reading it would block the run).
    if (isRegularFile(candidate)) return candidate;
    const parent = dirname(current);
    if (parent === current || (stopAt !== undefined && current === stopAt)) return undefined;
    current = parent;
  }
}

export interface DiscoveryOptions {
  sniffServiceConfig?: ContentSniffer;
  /** .gitignore-style patterns relative to `ignoresBase` (from the project config file). */
  ignores?: string[];
  ignoresBase?: string;
  /** Follow symlinks whose target lies outside the folder being reviewed (off: they are skipped). */
  followSymlinks?: boolean;
}

export async function discoverFiles(paths: string[], cwd: string, options: DiscoveryOptions = {}): Promise<DiscoveredFiles> {
  const { sniffServiceConfig } = options;
  const userIgnores = options.ignores?.length ? ignore().add(options.ignores) : undefined;
  const ignoredByUser = (file: string): boolean => {
    if (!userIgnores) return false;
    const path = relative(options.ignoresBase ?? cwd, file);
    return !path.startsWith("..") && userIgnores.ignores(path.split(sep).join("/"));
  };
  const kindOf = new Map<string, RuleInput>();
  const tsconfigs = new Set<string>();

  const classify = (file: string, explicit: boolean): void => {
    const byName = kindByName(file);
    if (byName) {
      kindOf.set(file, byName);
      return;
    }
    if (!DATA_FILE.test(file) || !sniffServiceConfig) return;
    try {
      if (!explicit && statSync(file).size > MAX_SNIFFED_BYTES) return;
      const read = readTextFile(file, { maxBytes: explicit ? Number.MAX_SAFE_INTEGER : MAX_SNIFFED_BYTES });
      if (read.ok && sniffServiceConfig(read.text, file)) kindOf.set(file, "service-config");
    } catch {
      // A file that cannot be sniffed is not a service config as far as discovery knows.
    }
  };
  const problems = new Map<string, string>();
  const skipped: string[] = [];
  const shown = (file: string) => relative(cwd, file) || file;

  /**
   * Whether a file listed under `root` may be reviewed: a regular file (after symlinks) whose real
   * path stays under the root unless links may be followed out. Files of no reviewed kind are
   * dropped without a word.
   */
  const admit = (file: string, realRoot: string[]): boolean => {
    if (kindByName(file) === undefined && !DATA_FILE.test(file)) return false;
    let stat;
    try {
      stat = statSync(file);
    } catch {
      return false; // listed by git but deleted from the work tree, or a dangling link
    }
    if (!stat.isFile()) {
      if (!stat.isDirectory()) skipped.push(`${shown(file)}: ${describeSpecial(stat)}, not a regular file; skipped`);
      return false;
    }
    // The file itself or a folder on its way may be a link: where it really is decides.
    if (!options.followSymlinks) {
      const target = realPath(file);
      if (!target) return false;
      if (!isInside(target, realRoot)) {
        skipped.push(`${shown(file)}: leads to ${target}, outside the reviewed folder; skipped (--follow-symlinks follows it)`);
        return false;
      }
    }
    return true;
  };

  for (const path of paths) {
    const absolute = resolve(cwd, path);
    if (!existsSync(absolute)) throw new UsageError(`no such file or directory: ${path}`);
    const stat = statSync(absolute);
    if (!stat.isFile() && !stat.isDirectory()) {
      // Named on purpose, so it is a finding (never a silent exit 0, never a read that blocks).
      problems.set(absolute, `${describeSpecial(stat)}, not a regular file; not reviewed`);
      continue;
    }
    if (stat.isFile()) {
      classify(absolute, true);
      // A file named on the command line (lint-staged, pre-commit) is typed like its neighbours.
      const above = nearestTsconfigAbove(dirname(absolute), gitRoot(dirname(absolute)));
      if (above) tsconfigs.add(above);
      continue;
    }
    const root = gitRoot(absolute);
    const listed = root ? listWithGit(absolute) : await listWithGlob(absolute);
    const realRoot = realRoots([absolute]);
    for (const file of listed) {
      if (isSkipped(relative(absolute, file)) || ignoredByUser(file)) continue;
      if (!admit(file, realRoot)) continue;
      if (basename(file) === "tsconfig.json") tsconfigs.add(file);
      else classify(file, false);
    }
    for (const special of specialFilesUnder(absolute)) {
      if (!ignoredByUser(special.path)) skipped.push(`${shown(special.path)}: ${special.note}`);
    }
    const above = nearestTsconfigAbove(absolute, root);
    if (above) tsconfigs.add(above);
  }

  const files = [...kindOf.keys()].sort();
  return { files, kindOf, tsconfigs: [...tsconfigs].sort(), problems, skipped: [...new Set(skipped)] };
}


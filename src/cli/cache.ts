/**
 * `grpc-review --cache`: results of files whose inputs did not change are reused.
 *
 * A file's result depends on more than its own text. The service-config rules and
 * no-browser-request-stream read the project's `.proto` files (methods, `idempotency_level`), the
 * proto rules read the files a `.proto` imports and, with `--against`, the protos at a git ref, and
 * typed TypeScript results depend on the whole program (every file of the tsconfigs, the declarations
 * of the installed packages). So each entry is keyed on the file's content together with a
 * fingerprint of every input its kind of file can read:
 *
 *   every file: cache format, plugin / ESLint / TypeScript / typescript-eslint / Node versions, the
 *     preset, rule overrides and settings, the config sources (grpc-review.config.json, the ESLint
 *     config file's text), --no-types;
 *   proto and service-config files: every `.proto` under the proto roots and the files they import;
 *   proto files: the commit `--against` names (not cached when it does not resolve: the
 *     history rules report that once per run, in whichever file comes first);
 *   TypeScript files: with types, every file of the tsconfigs and the tsconfigs' options, plus the
 *     package manifests and lockfiles (npm's node_modules/.package-lock.json included) from the
 *     cwd upwards, standing in for the installed declarations.
 *
 * When one of those inputs changes, every entry of the kinds that read it misses at once: coarse,
 * but a result is never reused when something it read has changed.
 *
 * ESLint's own cache is not used: the command lints with several ESLint instances (typed and
 * untyped TypeScript, protos, service configs, a relint without types) and ESLint keys its entries on
 * the file and its computed config only; its cache file is written in place (flat-cache's
 * writeFileSync), and an unreadable one is dropped silently. This file is written atomically, and an
 * unreadable one is a notice and a full run.
 */
import { createHash } from "node:crypto";
import { mkdirSync, statSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join, resolve, sep } from "node:path";
import { spawnSync } from "node:child_process";
import type { ESLint } from "eslint";
import ts from "typescript";
import { listProtoFiles } from "../../proto-checks/project-index.js";
import { findImport } from "../../proto-checks/imports.js";
import { writeFileAtomic } from "../util/atomic-write.js";
import { readTextFile, sizeLimit } from "../util/file-access.js";
import { packageInfo } from "../util/package-info.js";
import type { RuleInput } from "../util/create-rule.js";
import { ownEslintVersion } from "./engine.js";

/**
 * In the folder the command runs from, as ESLint's `.eslintcache` is: CI caches (actions/cache) and
 * `.gitignore` entries name it there, and `npm ci` deletes node_modules (and node_modules/.cache)
 * before every CI lint, which would empty the cache on exactly the runs it is for.
 */
export const DEFAULT_CACHE_FILE = ".grpc-review-cache";
const FORMAT = 1;
/** Larger cache files are not read (a notice, then a full run). */
const MAX_CACHE_BYTES = 512 * 1024 * 1024;
/** Files a result depends on are hashed whole up to this size (the cap TypeScript inputs had before it was lowered). */
const PROGRAM_FILE_DIGEST_LIMIT = 20 * 1024 * 1024;
const LOCKFILES = ["package.json", "package-lock.json", "npm-shrinkwrap.json", "yarn.lock", "pnpm-lock.yaml", "bun.lock", "bun.lockb", join("node_modules", ".package-lock.json")];
const PROTO_IMPORT = /^\s*import\s+(?:public\s+|weak\s+)?["']([^"'\n]+)["']/gm;

interface Entry {
  key: string;
  /** `source` (ESLint adds the text when there are messages) is stored as null and read again. */
  result: ESLint.LintResult;
}

interface CacheFile {
  format: number;
  entries: Record<string, Entry>;
  rulesMeta: ESLint.LintResultData["rulesMeta"];
}

/** What the run's fingerprints are made of, beyond the files found on disk. */
export interface CacheInputs {
  cwd: string;
  /** Options, settings and config sources that decide results, as JSON-able values. */
  options: unknown;
  /** Folders the proto index and imports are read under. */
  protoRoots: string[];
  /** The discovered `.proto` files (a file target may lie outside the roots). */
  protoFiles: string[];
  /** Every file of the usable tsconfigs and their options; undefined: TypeScript is linted per file, without types. */
  typescriptProjects?: { tsconfig: string; options: ts.CompilerOptions; fileNames: string[] }[];
  /** The TypeScript files linted (a file no tsconfig includes is linted on its own). */
  typescriptFiles: string[];
  /** Git ref the proto history rules compare with, if any. */
  against?: string;
  /** The ref may be set where the command cannot see it (an ESLint config file): key protos on every ref. */
  refsUnknown?: boolean;
}

function sha(...parts: string[]): string {
  const hash = createHash("sha256");
  for (const part of parts) hash.update(part).update("\0");
  return hash.digest("hex");
}

function fileDigest(path: string, maxBytes: number): string {
  const read = readTextFile(path, { maxBytes, allowOutside: true });
  return read.ok ? sha(read.text) : read.missing ? "missing" : `unreadable: ${read.reason}`;
}

function versionOf(specifier: string): string {
  try {
    const file = createRequire(import.meta.url).resolve(`${specifier}/package.json`);
    const read = readTextFile(file, { maxBytes: 1024 * 1024, allowOutside: true });
    return read.ok ? ((JSON.parse(read.text) as { version?: string }).version ?? "?") : "?";
  } catch {
    return "?";
  }
}

function git(cwd: string, args: string[]): string | undefined {
  const run = spawnSync("git", args, { cwd, encoding: "utf8", maxBuffer: 64 * 1024 * 1024 });
  return run.status === 0 ? run.stdout : undefined;
}

/** Every `.proto` the proto rules can read: those under the roots, the targets, and what they import. */
function protoDigest(inputs: CacheInputs): string {
  const files = new Set([...listProtoFiles(inputs.protoRoots), ...inputs.protoFiles]);
  const digests: string[] = [];
  const pending = [...files];
  while (pending.length > 0) {
    const file = pending.pop()!;
    const read = readTextFile(file, { maxBytes: sizeLimit("proto", undefined), allowOutside: true });
    digests.push(`${file}=${read.ok ? sha(read.text) : "unreadable"}`);
    if (!read.ok) continue;
    for (const match of read.text.matchAll(PROTO_IMPORT)) {
      const imported = findImport(dirname(file), match[1], inputs.protoRoots);
      if (imported && !files.has(imported)) {
        files.add(imported);
        pending.push(imported);
      }
    }
  }
  return sha(...digests.sort());
}

function typescriptDigest(inputs: CacheInputs): string {
  const parts: string[] = [];
  const files = new Set(inputs.typescriptFiles);
  for (const project of inputs.typescriptProjects ?? []) {
    parts.push(`${project.tsconfig}:${JSON.stringify(project.options)}`);
    for (const file of project.fileNames) files.add(file);
  }
  // Not the review's TypeScript cap: a program's declaration files can be larger, and past the limit only their size would count.
  for (const file of [...files].sort()) parts.push(`${file}=${fileDigest(file, PROGRAM_FILE_DIGEST_LIMIT)}`);
  // The installed packages' declarations: their manifests and lockfiles change when they do.
  for (let dir = inputs.cwd; ; dir = dirname(dir)) {
    for (const name of LOCKFILES) {
      const file = join(dir, name);
      if (statOrUndefined(file)?.isFile()) parts.push(`${file}=${fileDigest(file, MAX_CACHE_BYTES)}`);
    }
    if (dirname(dir) === dir) break;
  }
  return sha(...parts);
}

function statOrUndefined(path: string) {
  try {
    return statSync(path);
  } catch {
    return undefined;
  }
}

/** Per kind of file, the fingerprint of what its rules read; undefined: that kind is not cached this run. */
export function fingerprints(inputs: CacheInputs): Partial<Record<RuleInput, string>> {
  const base = sha(
    `format ${FORMAT}`,
    `plugin ${packageInfo.version}`,
    `eslint ${ownEslintVersion()}`,
    `typescript ${ts.version}`,
    `parser ${versionOf("@typescript-eslint/parser")}`,
    `node ${process.version}`,
    `cwd ${inputs.cwd}`,
    JSON.stringify(inputs.options),
  );
  const protos = protoDigest(inputs);
  let history = "no ref";
  if (inputs.against !== undefined) {
    const commit = git(inputs.cwd, ["rev-parse", "--verify", "--quiet", `${inputs.against}^{commit}`]);
    history = commit === undefined ? "" : `${inputs.against}=${commit.trim()}`;
  } else if (inputs.refsUnknown) {
    const refs = git(inputs.cwd, ["for-each-ref", "--format=%(objectname) %(refname)"]);
    const head = git(inputs.cwd, ["rev-parse", "HEAD"]);
    history = refs === undefined ? "no repository" : sha(refs, head ?? "");
  }
  const result: Partial<Record<RuleInput, string>> = {
    "service-config": sha(base, "service-config", protos),
    typescript: sha(base, "typescript", protos, inputs.typescriptProjects ? typescriptDigest(inputs) : "untyped"),
  };
  if (history !== "") result.proto = sha(base, "proto", protos, history);
  return result;
}

function isEntry(value: unknown): value is Entry {
  if (!value || typeof value !== "object") return false;
  const entry = value as Partial<Entry>;
  return typeof entry.key === "string" && !!entry.result && typeof entry.result === "object" && Array.isArray(entry.result.messages);
}

/** Resolves `--cache-location`: a file, or a folder (existing, or written with a trailing separator) to hold `.grpc-review-cache`. */
export function cacheFilePath(cwd: string, location: string | undefined): string {
  if (location === undefined) return resolve(cwd, DEFAULT_CACHE_FILE);
  const path = resolve(cwd, location);
  return location.endsWith("/") || location.endsWith(sep) || statOrUndefined(path)?.isDirectory() ? join(path, DEFAULT_CACHE_FILE) : path;
}

export class ResultCache {
  private readonly old: Record<string, Entry>;
  private readonly fresh = new Map<string, Entry>();
  private readonly rulesMeta: ESLint.LintResultData["rulesMeta"];
  /** The key of each file looked up this run, and its text. */
  private readonly looked = new Map<string, { key: string; text: string }>();

  private constructor(
    readonly file: string,
    contents: CacheFile | undefined,
    private readonly prints: Partial<Record<RuleInput, string>>,
    private readonly fix: boolean,
  ) {
    this.old = contents?.entries ?? {};
    this.rulesMeta = contents?.rulesMeta ?? {};
  }

  /** Reads the cache file; one that cannot be read or parsed is a notice, and every file is linted. */
  static open(file: string, prints: Partial<Record<RuleInput, string>>, options: { fix: boolean }, notices: string[]): ResultCache {
    if (statOrUndefined(file) === undefined) return new ResultCache(file, undefined, prints, options.fix);
    const read = readTextFile(file, { maxBytes: MAX_CACHE_BYTES, allowOutside: true });
    const unusable = (reason: string) => {
      notices.push(`the cache file ${file} could not be used (${reason}); every file was linted and the cache rewritten`);
      return new ResultCache(file, undefined, prints, options.fix);
    };
    if (!read.ok) return unusable(read.reason);
    let parsed: unknown;
    try {
      parsed = JSON.parse(read.text);
    } catch (error) {
      return unusable((error as Error).message.split("\n")[0]);
    }
    const contents = parsed as Partial<CacheFile> | null;
    if (!contents || typeof contents !== "object" || !contents.entries || typeof contents.entries !== "object" || !contents.rulesMeta || typeof contents.rulesMeta !== "object") {
      return unusable("not a grpc-review cache file");
    }
    // An older format is not an error: its entries simply never match.
    if (contents.format !== FORMAT) return new ResultCache(file, undefined, prints, options.fix);
    const entries: Record<string, Entry> = {};
    for (const [path, entry] of Object.entries(contents.entries)) if (isEntry(entry)) entries[path] = entry;
    return new ResultCache(file, { format: FORMAT, entries, rulesMeta: contents.rulesMeta }, prints, options.fix);
  }

  /** Splits files into those with a still-true cached result and those to lint. */
  split(files: string[], kindOf: (file: string) => RuleInput | undefined): { hits: ESLint.LintResult[]; misses: string[] } {
    const hits: ESLint.LintResult[] = [];
    const misses: string[] = [];
    for (const file of files) {
      const kind = kindOf(file);
      const print = kind === undefined ? undefined : this.prints[kind];
      const read = print === undefined ? undefined : readTextFile(file, { maxBytes: MAX_CACHE_BYTES, allowOutside: true });
      if (print === undefined || !read?.ok) {
        misses.push(file);
        continue;
      }
      const key = sha(print, file, read.text);
      this.looked.set(file, { key, text: read.text });
      const entry = this.old[file];
      // With --fix a cached result with fixable problems is linted again, as ESLint does, to apply them.
      const usable = entry?.key === key && !(this.fix && entry.result.messages.some((message) => message.fix !== undefined));
      if (!usable) {
        misses.push(file);
        continue;
      }
      this.fresh.set(file, entry);
      hits.push({ ...entry.result, filePath: file, ...((entry.result.source as string | null | undefined) === null ? { source: read.text } : {}) });
    }
    return { hits, misses };
  }

  /** Records results of linted files (a result with fixed output is for text not on disk yet: not kept). */
  store(results: ESLint.LintResult[], rulesMeta: ESLint.LintResultData["rulesMeta"]): void {
    for (const result of results) {
      const looked = this.looked.get(result.filePath);
      if (!looked || typeof result.output === "string") continue;
      // As ESLint's cache does: the text is not stored, its place (and the keys' order) is kept.
      const stored = result.source === undefined ? result : ({ ...result, source: null } as unknown as ESLint.LintResult);
      this.fresh.set(result.filePath, { key: looked.key, result: stored });
    }
    Object.assign(this.rulesMeta, rulesMeta);
  }

  /** Rule metadata for the rules that reported in cached results. */
  metaFor(results: ESLint.LintResult[]): ESLint.LintResultData["rulesMeta"] {
    const meta: ESLint.LintResultData["rulesMeta"] = {};
    for (const result of results) {
      for (const message of [...result.messages, ...result.suppressedMessages]) {
        if (message.ruleId && this.rulesMeta[message.ruleId]) meta[message.ruleId] = this.rulesMeta[message.ruleId];
      }
    }
    return meta;
  }

  /**
   * Writes the cache atomically: this run's entries, and those of files this run did not lint that
   * still exist (a single-file run keeps the rest of the project's). A failed write is a notice.
   */
  save(notices: string[]): void {
    const entries: Record<string, Entry> = {};
    for (const [path, entry] of Object.entries(this.old)) if (!this.looked.has(path) && statOrUndefined(path)?.isFile()) entries[path] = entry;
    for (const [path, entry] of this.fresh) entries[path] = entry;
    const contents: CacheFile = { format: FORMAT, entries, rulesMeta: this.rulesMeta };
    try {
      mkdirSync(dirname(this.file), { recursive: true });
      writeFileAtomic(this.file, `${JSON.stringify(contents)}\n`);
    } catch (error) {
      notices.push(`the cache file ${this.file} could not be written (${(error as Error).message.split("\n")[0]})`);
    }
  }
}

import { dirname, resolve } from "node:path";
import ts from "typescript";
import { isRegularFile, readTextFile, SETUP_FILE_LIMIT } from "../util/file-access.js";

export interface TypeScriptProjects {
  /** Files some usable tsconfig includes: these are linted with type information. */
  covered: Set<string>;
  /** One line per tsconfig that could not be used; its files are linted without types. */
  warnings: string[];
  /** Folders of the tsconfigs that could not be used (their files are accounted for by a warning). */
  brokenDirs: string[];
  /** Each usable tsconfig with its compiler options and the files it includes. */
  usable: UsableProject[];
}

export interface UsableProject {
  tsconfig: string;
  options: ts.CompilerOptions;
  fileNames: string[];
  /** The tsconfigs its `references` name (resolved to files). */
  references: string[];
}

/** ts.sys reads with readFileSync: a tsconfig (or a file it extends) that is a FIFO would block the run. */
const readSetupFile = (path: string): string | undefined => {
  const read = readTextFile(path, { maxBytes: SETUP_FILE_LIMIT });
  return read.ok ? read.text : undefined;
};
const host: ts.ParseConfigHost = { ...ts.sys, readFile: readSetupFile };

/** "No inputs were found": a tsconfig that covers nothing is not broken. */
const NO_INPUTS = 18003;

/**
 * Reads each tsconfig's file list without building a program: typescript-eslint's project service
 * builds the one program per tsconfig later, during the lint. Knowing coverage up front lets files
 * that no tsconfig includes (or whose tsconfig is broken) go to an untyped block instead of
 * becoming fatal parse errors.
 */
export function resolveTypeScriptProjects(tsconfigs: string[]): TypeScriptProjects {
  const covered = new Set<string>();
  const warnings: string[] = [];
  const brokenDirs: string[] = [];
  const usable: UsableProject[] = [];
  // Discovery finds tsconfig.json files; solution-style layouts name their projects otherwise
  // (tsconfig.app.json, tsconfig.lib.json, tsconfig.spec.json) and reach them through `references`,
  // which is also how the project service finds the project for a file: follow them, once each.
  const pending = [...tsconfigs];
  const seen = new Set(tsconfigs);
  for (let next = pending.shift(); next !== undefined; next = pending.shift()) {
    const tsconfig = next;
    const read = ts.readConfigFile(tsconfig, readSetupFile);
    if (read.error) {
      warnings.push(`${tsconfig}: ${flatten(read.error)}; its files are checked without type information`);
      brokenDirs.push(dirname(tsconfig));
      continue;
    }
    const parsed = ts.parseJsonConfigFileContent(read.config, host, dirname(tsconfig), undefined, tsconfig);
    const fatal = parsed.errors.find((error) => error.category === ts.DiagnosticCategory.Error && error.code !== NO_INPUTS);
    if (fatal) {
      warnings.push(`${tsconfig}: ${flatten(fatal)}; its files are checked without type information`);
      brokenDirs.push(dirname(tsconfig));
      continue;
    }
    const fileNames = parsed.fileNames.map((file) => resolve(file));
    for (const file of fileNames) covered.add(file);
    const references = (parsed.projectReferences ?? []).map((reference) => resolve(ts.resolveProjectReferencePath(reference)));
    usable.push({ tsconfig, options: parsed.options, fileNames, references });
    for (const reference of references) {
      // A reference to nothing is the referring project's own error; tsc -b reports it.
      if (seen.has(reference) || !isRegularFile(reference)) continue;
      seen.add(reference);
      pending.push(reference);
    }
  }
  usable.sort((a, b) => (a.tsconfig < b.tsconfig ? -1 : a.tsconfig > b.tsconfig ? 1 : 0));
  return { covered, warnings, brokenDirs, usable };
}

function flatten(diagnostic: ts.Diagnostic): string {
  return ts.flattenDiagnosticMessageText(diagnostic.messageText, " ").replace(/\.$/, "");
}

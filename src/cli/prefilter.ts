import { ModuleReach } from "../core/calls/index.js";
import type { RuleInput } from "../util/create-rule.js";
import type { TypeScriptProjects } from "./typescript-projects.js";

export interface TypedSelection {
  /** The covered files that can hold gRPC code: only these are linted with types. */
  typed: Set<string>;
  /** Covered files that cannot (linted without a program: no rule reports anything there either way). */
  untyped: number;
  /** Usable tsconfigs that include at least one typed file; the others never get a program. */
  tsconfigsWithTypedFiles: number;
  /** Source and declaration files the module-graph pass read. */
  scanned: number;
}

/** Set to 1 to lint every covered file with types, as before the prefilter (for comparisons). */
export const TYPE_EVERY_FILE_ENV = "GRPC_REVIEW_TYPE_EVERY_FILE";

/**
 * Which files are worth a program. Building one per tsconfig and checking every file costs several
 * times a `tsc --noEmit`, while the TypeScript rules only ever report in files that can hold gRPC
 * code (grpcAnalysis's gate); the cheap module-graph pass (module-reach.ts) finds those first.
 */
export function selectTypedFiles(projects: TypeScriptProjects, kindOf: Map<string, RuleInput>): TypedSelection {
  const candidates = (fileNames: string[]) => fileNames.filter((file) => kindOf.get(file) === "typescript");
  if (process.env[TYPE_EVERY_FILE_ENV] === "1") {
    const typed = new Set(candidates([...projects.covered]));
    const withFiles = projects.usable.filter((project) => project.fileNames.some((file) => typed.has(file))).length;
    return { typed, untyped: 0, tsconfigsWithTypedFiles: withFiles, scanned: 0 };
  }
  const reach = new ModuleReach();
  const typed = new Set<string>();
  let tsconfigsWithTypedFiles = 0;
  for (const project of projects.usable) {
    reach.addProject(project.tsconfig, project.options, project.fileNames);
    let any = false;
    for (const file of candidates(project.fileNames)) {
      // A file several tsconfigs include is typed when any of them lets it reach gRPC.
      if (typed.has(file) || reach.mayHoldGrpc(project.tsconfig, file)) {
        typed.add(file);
        any = true;
      }
    }
    if (any) tsconfigsWithTypedFiles++;
  }
  const coveredCandidates = candidates([...projects.covered]).length;
  return { typed, untyped: coveredCandidates - typed.size, tsconfigsWithTypedFiles, scanned: reach.stats.scanned };
}

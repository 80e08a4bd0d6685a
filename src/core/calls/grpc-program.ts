/**
 * Program-wide gates for typed analysis, computed once per TypeScript program: whether any gRPC
 * library is in it at all, and whether a file imports (directly or through its own imports) a
 * module that does. A file that reaches no gRPC module cannot hold a typed gRPC client.
 */
import ts from "typescript";
import { libraryOfFile } from "./grpc-modules.js";

interface ProgramFacts {
  hasGrpc: boolean;
  reaches: WeakMap<ts.SourceFile, boolean>;
}

const factsByProgram = new WeakMap<ts.Program, ProgramFacts>();

function factsOf(program: ts.Program): ProgramFacts {
  let facts = factsByProgram.get(program);
  if (!facts) {
    facts = {
      hasGrpc: program.getSourceFiles().some((file) => libraryOfFile(file.fileName) !== undefined),
      reaches: new WeakMap(),
    };
    factsByProgram.set(program, facts);
  }
  return facts;
}

export function programHasGrpc(program: ts.Program): boolean {
  return factsOf(program).hasGrpc;
}

function moduleSpecifiers(file: ts.SourceFile): ts.Expression[] {
  const specifiers: ts.Expression[] = [];
  for (const statement of file.statements) {
    if ((ts.isImportDeclaration(statement) || ts.isExportDeclaration(statement)) && statement.moduleSpecifier) {
      specifiers.push(statement.moduleSpecifier);
    } else if (ts.isImportEqualsDeclaration(statement) && ts.isExternalModuleReference(statement.moduleReference)) {
      specifiers.push(statement.moduleReference.expression);
    }
  }
  return specifiers;
}

/** Whether `file` imports a gRPC library, directly or through the files it imports. */
export function fileReachesGrpc(program: ts.Program, file: ts.SourceFile): boolean {
  const facts = factsOf(program);
  if (!facts.hasGrpc) return false;
  const checker = program.getTypeChecker();
  const inProgress = new Set<ts.SourceFile>();
  // Returns [reaches, settled]; a "no" that depended on a file still being visited (a cycle) is not cached.
  const visit = (current: ts.SourceFile): [boolean, boolean] => {
    const known = facts.reaches.get(current);
    if (known !== undefined) return [known, true];
    if (inProgress.has(current)) return [false, false];
    if (libraryOfFile(current.fileName)) {
      facts.reaches.set(current, true);
      return [true, true];
    }
    inProgress.add(current);
    let settled = true;
    let result = false;
    for (const specifier of moduleSpecifiers(current)) {
      const declaration = checker.getSymbolAtLocation(specifier)?.declarations?.[0];
      const target = declaration && ts.isSourceFile(declaration) ? declaration : declaration?.getSourceFile();
      if (!target) continue;
      const [reaches, targetSettled] = visit(target);
      settled &&= targetSettled;
      if (reaches) {
        result = true;
        break;
      }
    }
    inProgress.delete(current);
    if (result || settled) facts.reaches.set(current, result);
    return [result, result || settled];
  };
  // The file's own answer is final: a cycle back to it adds no module it does not already import.
  const [reaches] = visit(file);
  facts.reaches.set(file, reaches);
  return reaches;
}

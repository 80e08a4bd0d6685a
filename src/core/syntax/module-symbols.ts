/**
 * Name lookup that crosses the project's own modules when a file is linted without types.
 *
 * Real code builds a client in one module and calls it in another: a base class in
 * `./base-client` declares the getter, a `./types` module names the client type, the call is in
 * a subclass. The type checker follows such imports when the run is typed; without types the
 * scope manager stops at the import statement. This resolver follows relative imports (and
 * re-exports) into the modules they name, parsed on demand by typescript-eslint's own parser
 * (ESTree, TypeScript tree and scope manager, never a program), and answers the other module's
 * names with that module's scope manager, as `scopeSymbols` does for the linted file.
 *
 * Bounded: relative specifiers only (a package is not the project's code), files inside the
 * lint's working directory and outside `node_modules`, regular files under a size cap, a few
 * hops per name, and a process-wide cache of parsed modules (checked against the file's size
 * and modification time) with a cap on how many are kept.
 */
import { statSync } from "node:fs";
import { sep } from "node:path";
import { parseForESLint } from "@typescript-eslint/parser";
import type { TSESLint, TSESTree } from "@typescript-eslint/utils";
import ts from "typescript";
import { isInside, readTextFile, realPath, realRoots } from "../../util/file-access.js";
import { EstreeTracer } from "./estree-trace.js";
import { scopeSymbols, type TsSymbols } from "./ts-symbols.js";

/** A parsed module: its TypeScript tree and the scope-manager lookup over it. */
export interface ModuleView {
  readonly fileName: string;
  readonly file: ts.SourceFile;
  readonly symbols: TsSymbols;
}

/** Generated bundles and message modules past this size hold no client code worth the parse. */
const MAX_MODULE_BYTES = 1024 * 1024;
/** Parsed modules kept per process; the oldest are dropped first. */
const MAX_CACHED_MODULES = 400;
const MAX_HOPS = 6;

const RESOLUTION_OPTIONS: ts.CompilerOptions = {
  moduleResolution: ts.ModuleResolutionKind.Node10,
  allowJs: true,
  resolveJsonModule: false,
};

const RESOLUTION_HOST: ts.ModuleResolutionHost = {
  fileExists: (path) => ts.sys.fileExists(path),
  readFile: () => undefined,
  directoryExists: (path) => ts.sys.directoryExists(path),
};

interface CachedModule {
  size: number;
  mtimeMs: number;
  view: ModuleView | null;
}

const parsedModules = new Map<string, CachedModule>();

/** ESLint's `getScope`: the innermost scope the scope manager attached to a node or its ancestors. */
function scopeFinder(scopeManager: TSESLint.Scope.ScopeManager) {
  return (node: TSESTree.Node): TSESLint.Scope.Scope => {
    // As ESLint decides it: from any node but the Program itself, the innermost scope (the module's, not the global one).
    const inner = node.type !== "Program";
    for (let current: TSESTree.Node | undefined = node; current; current = current.parent) {
      const scope = scopeManager.acquire(current, inner);
      if (scope) return scope.type === "function-expression-name" ? scope.childScopes[0] : scope;
    }
    return scopeManager.scopes[0];
  };
}

/** The parser leaves `parent` to ESLint's traversal; the tracer walks up, so set it here. */
function setParents(root: TSESTree.Node, keys: Readonly<Record<string, readonly string[] | undefined>>): void {
  const stack: TSESTree.Node[] = [root];
  while (stack.length > 0) {
    const node = stack.pop()!;
    for (const key of keys[node.type] ?? []) {
      const value = (node as unknown as Record<string, unknown>)[key];
      const children = Array.isArray(value) ? value : [value];
      for (const child of children) {
        if (child && typeof child === "object" && typeof (child as TSESTree.Node).type === "string") {
          (child as { parent?: TSESTree.Node }).parent = node;
          stack.push(child as TSESTree.Node);
        }
      }
    }
  }
}

function parseModule(fileName: string, text: string): ModuleView | null {
  try {
    const jsx = /\.[jt]sx$/.test(fileName);
    const parsed = parseForESLint(text, { filePath: fileName, range: true, loc: true, tokens: false, comment: false, jsx, sourceType: "module" });
    const services = parsed.services;
    const maps = { toEstree: services.tsNodeToESTreeNodeMap, toTs: services.esTreeNodeToTSNodeMap };
    const file = maps.toTs.get(parsed.ast as never) as ts.Node | undefined;
    if (!file || !ts.isSourceFile(file)) return null;
    setParents(parsed.ast, parsed.visitorKeys);
    const tracer = new EstreeTracer(scopeFinder(parsed.scopeManager));
    const symbols = scopeSymbols(tracer, {
      toEstree: (node) => maps.toEstree.get(node),
      toTs: (node) => maps.toTs.get(node as never),
    });
    return { fileName, file, symbols };
  } catch {
    return null;
  }
}

function loadModule(fileName: string): ModuleView | undefined {
  let size: number;
  let mtimeMs: number;
  try {
    const stat = statSync(fileName);
    // Regular files only: a FIFO or device under a source name must never block the lint.
    if (!stat.isFile() || stat.size > MAX_MODULE_BYTES) return undefined;
    size = stat.size;
    mtimeMs = stat.mtimeMs;
  } catch {
    return undefined;
  }
  const cached = parsedModules.get(fileName);
  if (cached && cached.size === size && cached.mtimeMs === mtimeMs) return cached.view ?? undefined;
  // The project's one file-access layer: a regular file (checked again on the open descriptor) under the cap.
  const read = readTextFile(fileName, { maxBytes: MAX_MODULE_BYTES, kind: "typescript" });
  const view = read.ok ? parseModule(fileName, read.text) : null;
  parsedModules.delete(fileName);
  parsedModules.set(fileName, { size, mtimeMs, view });
  if (parsedModules.size > MAX_CACHED_MODULES) parsedModules.delete(parsedModules.keys().next().value!);
  return view ?? undefined;
}

/**
 * The file a relative specifier in `from` resolves to, when it is one of the project's own modules:
 * under `root` and outside `node_modules`. Undefined for packages.
 */
export function projectModulePath(from: string, specifier: string, root: string): string | undefined {
  if (!specifier.startsWith(".")) return undefined;
  let target: string | undefined;
  try {
    target = ts.resolveModuleName(specifier, from, RESOLUTION_OPTIONS, RESOLUTION_HOST).resolvedModule?.resolvedFileName;
  } catch {
    return undefined;
  }
  if (!target || target.split(/[\\/]/).includes("node_modules")) return undefined;
  const path = target.split("/").join(sep);
  // Symlinks resolved first: a link inside the root that leads out of it is not followed.
  const real = realPath(path);
  return real !== undefined && isInside(real, realRoot(root)) ? path : undefined;
}

const realRootCache = new Map<string, string[]>();

function realRoot(root: string): string[] {
  let real = realRootCache.get(root);
  if (!real) realRootCache.set(root, (real = realRoots([root])));
  return real;
}

function moduleText(node: ts.Node | undefined): string | undefined {
  return node && ts.isStringLiteralLike(node) ? node.text : undefined;
}

function hasModifier(node: ts.Node, kind: ts.SyntaxKind): boolean {
  return ts.canHaveModifiers(node) && (ts.getModifiers(node)?.some((modifier) => modifier.kind === kind) ?? false);
}

/** The import a declaration of a name stands for, when it is an import of another module's export. */
function importOf(declaration: ts.Node): { module: string; name: string } | undefined {
  if (ts.isImportSpecifier(declaration)) {
    const module = moduleText(declaration.parent.parent.parent.moduleSpecifier);
    return module === undefined ? undefined : { module, name: (declaration.propertyName ?? declaration.name).text };
  }
  if (ts.isImportClause(declaration)) {
    const module = moduleText(declaration.parent.moduleSpecifier);
    return module === undefined ? undefined : { module, name: "default" };
  }
  if (ts.isNamespaceImport(declaration)) {
    const module = moduleText(declaration.parent.parent.moduleSpecifier);
    return module === undefined ? undefined : { module, name: "*" };
  }
  if (ts.isImportEqualsDeclaration(declaration)) {
    const reference = declaration.moduleReference;
    const module = ts.isExternalModuleReference(reference) ? moduleText(reference.expression) : undefined;
    return module === undefined ? undefined : { module, name: "*" };
  }
  return undefined;
}

/**
 * The project's modules as one file's lint sees them: the linted file itself, and the modules its
 * relative imports lead to.
 */
export class ProjectModules {
  constructor(
    private readonly linted: ModuleView,
    private readonly root: string,
  ) {}

  /** The view a node's file is read through, if it is the linted file or a module this lint loaded. */
  viewOf(node: ts.Node): ModuleView | undefined {
    const file = node.getSourceFile();
    if (file === this.linted.file) return this.linted;
    const cached = parsedModules.get(file.fileName)?.view;
    return cached && cached.file === file ? cached : undefined;
  }

  /** The module a relative specifier in `from` names, parsed; undefined for packages and files outside the root. */
  moduleAt(from: ModuleView, specifier: string): ModuleView | undefined {
    const target = projectModulePath(from.fileName, specifier, this.root);
    if (!target) return undefined;
    if (target === this.linted.fileName) return this.linted;
    return loadModule(target);
  }

  /** The declarations a module exports under `name`, followed through re-exports and local imports. */
  exported(view: ModuleView, name: string, hops = 0): ts.Node[] | undefined {
    if (hops > MAX_HOPS) return undefined;
    const found: ts.Node[] = [];
    const starModules: string[] = [];
    for (const statement of view.file.statements) {
      if (ts.isExportDeclaration(statement)) {
        const from = moduleText(statement.moduleSpecifier);
        const clause = statement.exportClause;
        if (!clause) {
          if (from !== undefined) starModules.push(from);
          continue;
        }
        if (!ts.isNamedExports(clause)) continue;
        for (const specifier of clause.elements) {
          if (specifier.name.text !== name) continue;
          const local = specifier.propertyName ?? specifier.name;
          if (from !== undefined) {
            const target = this.moduleAt(view, from);
            const there = target ? this.exported(target, ts.isIdentifier(local) ? local.text : name, hops + 1) : undefined;
            if (there) found.push(...there);
          } else if (ts.isIdentifier(local)) {
            const there = this.follow(view, view.symbols.declarations(local), hops + 1);
            if (there) found.push(...there);
          }
        }
        continue;
      }
      if (ts.isExportAssignment(statement)) {
        if (name === "default") found.push(statement);
        continue;
      }
      if (!hasModifier(statement, ts.SyntaxKind.ExportKeyword)) continue;
      if (hasModifier(statement, ts.SyntaxKind.DefaultKeyword)) {
        if (name === "default") found.push(statement);
        continue;
      }
      if (ts.isVariableStatement(statement)) {
        for (const declaration of statement.declarationList.declarations) {
          if (ts.isIdentifier(declaration.name)) {
            if (declaration.name.text === name) found.push(declaration);
          } else if (ts.isObjectBindingPattern(declaration.name)) {
            for (const element of declaration.name.elements) {
              if (ts.isIdentifier(element.name) && element.name.text === name) found.push(element);
            }
          }
        }
        continue;
      }
      const declared = (statement as ts.DeclarationStatement).name;
      if (declared && ts.isIdentifier(declared) && declared.text === name) found.push(statement);
    }
    if (found.length === 0) {
      for (const from of starModules) {
        const target = this.moduleAt(view, from);
        const there = target ? this.exported(target, name, hops + 1) : undefined;
        if (there?.length) return there;
      }
    }
    return found.length > 0 ? found : undefined;
  }

  /** Declarations with their imports of the project's modules replaced by what those modules export. */
  follow(view: ModuleView, declarations: readonly ts.Node[] | undefined, hops = 0): ts.Node[] | undefined {
    if (!declarations || hops > MAX_HOPS) return undefined;
    const found: ts.Node[] = [];
    for (const declaration of declarations) {
      const imported = importOf(declaration);
      if (!imported) {
        found.push(declaration);
        continue;
      }
      // A namespace import names a whole module; only its members (below) are followed.
      if (imported.name === "*") return undefined;
      const target = this.moduleAt(view, imported.module);
      const there = target ? this.exported(target, imported.name, hops + 1) : undefined;
      if (!there) return undefined;
      found.push(...there);
    }
    return found;
  }

  /** `ns.Name` where `ns` is `import * as ns from "./module"`: what that module exports as `Name`. */
  namespaceMember(view: ModuleView, name: ts.Identifier): ts.Node[] | undefined {
    const parent = name.parent;
    const left = ts.isPropertyAccessExpression(parent) && parent.name === name ? parent.expression : ts.isQualifiedName(parent) && parent.right === name ? parent.left : undefined;
    if (!left || !ts.isIdentifier(left)) return undefined;
    const declaration = view.symbols.declarations(left)?.[0];
    const imported = declaration ? importOf(declaration) : undefined;
    if (imported?.name !== "*") return undefined;
    const target = this.moduleAt(view, imported.module);
    return target ? this.exported(target, name.text) : undefined;
  }
}

/**
 * Lookup for a file linted without types that follows the project's relative imports: the linted
 * file's names through ESLint's scope manager (as `scopeSymbols`), other modules' names through
 * their own, imports replaced by the declarations they import.
 */
export function projectSymbols(linted: ModuleView, root: string): TsSymbols {
  const modules = new ProjectModules(linted, root);
  const declarations = (name: ts.Node): readonly ts.Node[] | undefined => modules.viewOf(name)?.symbols.declarations(name);
  return {
    declarations,
    resolved(name) {
      const view = modules.viewOf(name);
      if (!view) return undefined;
      if (ts.isIdentifier(name)) {
        const member = modules.namespaceMember(view, name);
        if (member) return member;
      }
      return modules.follow(view, view.symbols.declarations(name));
    },
    *aliasChain(name) {
      let view = modules.viewOf(name);
      let declaration = declarations(name)?.[0];
      for (let hop = 0; view && declaration && hop < MAX_HOPS; hop++) {
        yield declaration;
        const imported = importOf(declaration);
        if (!imported || imported.name === "*") return;
        const target = modules.moduleAt(view, imported.module);
        if (!target) return;
        // The export site itself, so a re-export from a package (`export { Client } from "@grpc/grpc-js"`) is seen.
        declaration = exportSite(target, imported.name);
        view = target;
      }
    },
    shorthandValue: (assignment) => modules.viewOf(assignment)?.symbols.shorthandValue(assignment),
    propertyOf: () => undefined,
  };
}

/** Where a module exports `name`: the export specifier of a re-export, else the declaration. */
function exportSite(view: ModuleView, name: string): ts.Node | undefined {
  for (const statement of view.file.statements) {
    if (ts.isExportDeclaration(statement) && statement.exportClause && ts.isNamedExports(statement.exportClause)) {
      const specifier = statement.exportClause.elements.find((element) => element.name.text === name);
      if (specifier) {
        if (statement.moduleSpecifier) return specifier;
        const local = specifier.propertyName ?? specifier.name;
        return ts.isIdentifier(local) ? view.symbols.declarations(local)?.[0] : undefined;
      }
    }
  }
  return undefined;
}

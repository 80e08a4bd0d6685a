/**
 * Which grpc-js export an expression names, without types: `Server` imported by name,
 * `grpc.Server` on a namespace / default import, a `require("@grpc/grpc-js")` binding or its
 * destructuring.
 */
import { ASTUtils, AST_NODE_TYPES, type TSESLint, type TSESTree } from "@typescript-eslint/utils";

const GRPC_JS_MODULES: ReadonlySet<string> = new Set(["@grpc/grpc-js", "grpc"]);

function isGrpcJsRequire(node: TSESTree.Node | null | undefined): boolean {
  return (
    node?.type === AST_NODE_TYPES.CallExpression &&
    node.callee.type === AST_NODE_TYPES.Identifier &&
    node.callee.name === "require" &&
    node.arguments[0]?.type === AST_NODE_TYPES.Literal &&
    GRPC_JS_MODULES.has(String(node.arguments[0].value))
  );
}

/** "*" for the module itself, an export name, or undefined. */
function bindingOf(identifier: TSESTree.Identifier, scopeOf: (node: TSESTree.Node) => TSESLint.Scope.Scope): string | undefined {
  const variable = ASTUtils.findVariable(scopeOf(identifier), identifier);
  const def = variable?.defs[0];
  if (!def) return undefined;
  if (def.type === "ImportBinding") {
    const declaration = def.parent;
    if (declaration.type !== AST_NODE_TYPES.ImportDeclaration || !GRPC_JS_MODULES.has(declaration.source.value)) return undefined;
    const specifier = def.node;
    if (specifier.type === AST_NODE_TYPES.ImportSpecifier) {
      return specifier.imported.type === AST_NODE_TYPES.Identifier ? specifier.imported.name : specifier.imported.value;
    }
    return "*";
  }
  if (def.type === "Variable") {
    const declarator = def.node;
    if (!isGrpcJsRequire(declarator.init)) return undefined;
    if (declarator.id.type === AST_NODE_TYPES.Identifier) return "*";
    if (declarator.id.type === AST_NODE_TYPES.ObjectPattern) {
      for (const property of declarator.id.properties) {
        if (property.type !== AST_NODE_TYPES.Property || property.computed || property.key.type !== AST_NODE_TYPES.Identifier) continue;
        const value = property.value.type === AST_NODE_TYPES.AssignmentPattern ? property.value.left : property.value;
        if (value.type === AST_NODE_TYPES.Identifier && value.name === identifier.name) return property.key.name;
      }
    }
  }
  return undefined;
}

export function grpcJsImportOf(node: TSESTree.Node, scopeOf: (node: TSESTree.Node) => TSESLint.Scope.Scope): string | undefined {
  if (node.type === AST_NODE_TYPES.Identifier) {
    const binding = bindingOf(node, scopeOf);
    return binding === "*" ? undefined : binding;
  }
  if (node.type === AST_NODE_TYPES.MemberExpression && !node.computed && node.property.type === AST_NODE_TYPES.Identifier) {
    const object = node.object;
    if (object.type === AST_NODE_TYPES.Identifier && bindingOf(object, scopeOf) === "*") return node.property.name;
    if (isGrpcJsRequire(object)) return node.property.name;
  }
  return undefined;
}

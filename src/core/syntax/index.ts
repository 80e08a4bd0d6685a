/** Tree knowledge with no gRPC in it: the one walker, static values, following identifiers, properties and returns (ESTree and TypeScript). This index is the room's public face; code outside the room imports from here. */
export { EstreeTracer, memberName, propertyKeyName, unwrap } from "./estree-trace.js";
export { type FileView } from "./file-view.js";
export { lookupProperty, returnedExpressions, type PropertyLookup } from "./object-props.js";
export { StaticObject, StringifiedValue, UNKNOWN, createStaticEvaluator, toPlain, type StaticEvaluator } from "./static-value.js";
export { tsCallTarget, tsLookupProperty, tsReturnedExpressions, tsStaticNumber, tsUnwrap, tsValueSources } from "./ts-follow.js";
export { tsImportRef, tsNodeAtRange, tsSourceFileOf, type TsImportRef } from "./ts-imports.js";
export { checkerSymbols, scopeSymbols, type TreeMaps, type TsSymbols } from "./ts-symbols.js";
export { projectModulePath, projectSymbols, type ModuleView } from "./module-symbols.js";
export { functionName, isFunctionNode, visitNodes, within, type FunctionNode } from "./walk.js";
export { fileContext, type FileContext, type RuleContextLike } from "./file-context.js";

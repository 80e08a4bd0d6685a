/** Tree knowledge with no gRPC in it: the one walker, static values, following identifiers, properties and returns (ESTree and TypeScript). This index is the room's public face; code outside the room imports from here. */
export { EstreeTracer, memberName, propertyKeyName, unwrap } from "./estree-trace.js";
export { lookupProperty, returnedExpressions } from "./object-props.js";
export { StaticObject, StringifiedValue, UNKNOWN, createStaticEvaluator, toPlain } from "./static-value.js";
export { tsCallTarget, tsLookupProperty, tsReturnedExpressions, tsStaticNumber, tsUnwrap, tsValueSources } from "./ts-follow.js";
export { singleFileProgram, tsImportRef, tsNodeAtRange } from "./ts-imports.js";
export { isFunctionNode, visitNodes, within } from "./walk.js";
export { fileContext } from "./file-context.js";

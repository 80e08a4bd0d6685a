/**
 * The .proto side of grpc-review: a positioned, error-tolerant parser and its model, the
 * `grpc-review/proto` ESLint language, field-numbering helpers and the history comparison.
 */
export * from "./ast.js";
export { parseProto } from "./parser.js";
export { positionAt, decodeString } from "./scanner.js";
export { protoLanguage, type ProtoLanguageOptions } from "./language.js";
export { ProtoSourceCode, PROTO_VISITOR_KEYS, scanComments, type ProtoComment } from "./source-code.js";
export * from "./numbering.js";
export { resolveTypeName, simpleName, WELL_KNOWN_TYPES } from "./names.js";
export { loadSnapshot, findRepositoryRoot, clearSnapshots, type ProtoSnapshot, type SnapshotResult } from "./git-history.js";
export * from "./wire-diff.js";
export { forEachDeclaration, syntaxOf } from "./walk.js";
export { importedDeclarations, declarationsAt, findImport, type FileDeclarations } from "./imports.js";
export type { ProtoVisitor, ProtoRuleTypes } from "./rule-types.js";
export { requestResolver, type RequestMessage } from "./request-fields.js";
export { defaultJsonName, jsonNameOf, jsonChanges, renamedEnumValues, type JsonChange } from "./json-names.js";
export { rpcChanges, signatureOf, type MethodSignature, type RpcChange } from "./rpc-diff.js";

import type { OptionDecl, ProtoFile } from "./ast.js";
export interface IndexedMethod {
    service: string;
    name: string;
    /** Fully qualified request and response type names (no leading dot) when they resolve; as written otherwise. */
    inputType: string;
    outputType: string;
    clientStreaming: boolean;
    serverStreaming: boolean;
    /** The method's options as written (`idempotency_level`, `google.api.http`): policy reads them. */
    options: readonly OptionDecl[];
    file: string;
}
export interface ProtoIndex {
    /** Method names of a fully-qualified service ("pkg.Service"). */
    methodsOf(service: string): string[] | undefined;
    services(): string[];
    method(service: string, method: string): IndexedMethod | undefined;
    /** Field names of a message by fully qualified name (oneof members included). */
    messageFields(message: string): string[] | undefined;
    /** Whether a fully qualified name is a message or an enum in the indexed protos. */
    typeKind(fullName: string): "message" | "enum" | undefined;
    /** The .proto files the index read. */
    files(): string[];
    /** Whether some indexed file declares this package (`pkg.v1`): its protos are in the tree. */
    hasPackage(name: string): boolean;
}
interface FileSummary {
    package: string;
    mtimeMs: number;
    size: number;
    services: Map<string, Map<string, IndexedMethod>>;
    messages: Map<string, string[]>;
    enums: string[];
}
export declare function getProtoIndex(roots: string[]): ProtoIndex;
/** Services, methods and message fields of one parsed file (a broken file still contributes what parsed). */
export declare function summarizeProto(proto: ProtoFile, file: string): FileSummary;
export {};

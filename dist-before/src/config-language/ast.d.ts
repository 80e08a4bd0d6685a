import type { SourceLocation, ValueNode, MemberNode, ConfigFormat } from "../core/service-config/index.js";
/** One JSON text or one YAML `---` document; `body` is its top-level value. */
export interface ConfigDocumentNode {
    type: "ConfigDocument";
    body: ValueNode;
    range: [number, number];
    loc: SourceLocation;
}
/** A YAML `#` comment (JSON has none); `value` is the text after `#`. */
export interface ConfigComment {
    type: "Comment";
    value: string;
    range: [number, number];
    loc: SourceLocation;
}
/** The root node of a service-config file in the `grpc-review/service-config` language. */
export interface ConfigFileNode {
    type: "ConfigFile";
    format: ConfigFormat;
    documents: ConfigDocumentNode[];
    comments: ConfigComment[];
    range: [number, number];
    loc: SourceLocation;
}
export type ConfigNode = ConfigFileNode | ConfigDocumentNode | ValueNode | MemberNode;
export declare const VISITOR_KEYS: Record<string, string[]>;

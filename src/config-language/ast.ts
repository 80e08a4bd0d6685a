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

export const VISITOR_KEYS: Record<string, string[]> = {
  ConfigFile: ["documents"],
  ConfigDocument: ["body"],
  Object: ["members"],
  Member: ["name", "value"],
  Array: ["elements"],
  String: [],
  Number: [],
  Boolean: [],
  Null: [],
};

/**
 * What ESLint walks: the file and its documents. Every config rule reads a document's value tree
 * itself, from `ConfigDocument.body`, so ESLint's walk stops there: walking the values too cost two
 * steps per node (a 100 MB config has about 15 million) for visitors no rule has.
 */
export const TRAVERSAL_KEYS: Record<string, string[]> = {
  ConfigFile: ["documents"],
  ConfigDocument: [],
};

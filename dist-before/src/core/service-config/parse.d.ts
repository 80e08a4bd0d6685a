import { type ValueNode } from "./tree.js";
export type ConfigFormat = "json" | "yaml";
/** One parsed document: the JSON text, or one `---` section of a YAML stream (empty ones are left out). */
export interface ParsedDocument {
    body: ValueNode;
    range: [number, number];
}
export interface ParseError {
    message: string;
    /** Offset into the parsed text. */
    offset: number;
    line: number;
    column: number;
}
export type ParseOutcome = {
    ok: true;
    documents: ParsedDocument[];
} | {
    ok: false;
    error: ParseError;
};
/** YAML aliases may repeat a node; a document that expands past this many nodes is refused (alias bombs). */
export declare const MAX_YAML_NODES = 100000;
/** The `yaml` package's own alias bound, checked before the tree is built. */
export declare const MAX_YAML_ALIAS_COUNT = 100;
export declare function formatForFileName(fileName: string): ConfigFormat;
export declare function parseConfigText(text: string, format: ConfigFormat): ParseOutcome;
/** Strict JSON (what grpc-js's JSON.parse accepts), with positions. Duplicate keys are kept for reporting. */
export declare function parseJson(text: string): ParseOutcome;
/** YAML streams (`---`-separated documents), with positions and bounded alias expansion. */
export declare function parseYaml(text: string): ParseOutcome;

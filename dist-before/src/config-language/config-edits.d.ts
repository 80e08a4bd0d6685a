import { type ArrayNode, type ConfigFormat, type StringNode, type ValueNode } from "../core/service-config/index.js";
/**
 * Text edits on a service config, in the coordinates its tree's ranges index into (the config file,
 * the string value of an inline config, or the TypeScript file for `JSON.stringify({...})`). Each
 * helper returns undefined when it cannot be sure the edit keeps the config's meaning and syntax:
 * a fix must never cost the user a comment or a value they did not ask to lose.
 */
export interface ConfigEdit {
    range: [number, number];
    text: string;
}
/**
 * Removes one element of a list together with one separator: the text up to the next element, or,
 * for the last, from the end of the previous one. Works for JSON arrays, YAML flow lists and YAML
 * block sequences (`- A\n  - B`) alike because it only ever deletes separator text.
 */
export declare function removeListElement(text: string, list: ArrayNode, element: ValueNode, format: ConfigFormat): ConfigEdit | undefined;
/**
 * Rewrites a duration string's fraction to nine digits (`"1.5s"` → `"1.500000000s"`) by inserting
 * zeros before the `s`: the quotes, or the lack of them in YAML, stay as written.
 */
export declare function padDurationFraction(text: string, node: StringNode): ConfigEdit | undefined;
/**
 * Adds a top-level member before the first one, in the config's own syntax and layout: JSON (and YAML
 * flow maps) as `"key": <json>,` followed by the whitespace that preceded the first member; a YAML block
 * map as `key:` with the value's members on indented lines.
 */
export declare function insertFirstMember(text: string, root: ValueNode, format: ConfigFormat, key: string, value: Record<string, number | string | boolean>): ConfigEdit | undefined;

import { DURATION_PATTERN, type ArrayNode, type ConfigFormat, type StringNode, type ValueNode } from "../core/service-config/index.js";

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

/** Only separators may sit between list elements that an edit removes (no comments, no other values). */
const SEPARATOR: Record<ConfigFormat, RegExp> = { json: /^[\s,]*$/, yaml: /^[\s,-]*$/ };

function within(outer: readonly [number, number], inner: readonly [number, number]): boolean {
  return outer[0] <= inner[0] && inner[1] <= outer[1] && inner[0] <= inner[1];
}

/**
 * Removes one element of a list together with one separator: the text up to the next element, or,
 * for the last, from the end of the previous one. Works for JSON arrays, YAML flow lists and YAML
 * block sequences (`- A\n  - B`) alike because it only ever deletes separator text.
 */
export function removeListElement(text: string, list: ArrayNode, element: ValueNode, format: ConfigFormat): ConfigEdit | undefined {
  const elements = list.elements;
  // By position: a JSON tree's node objects are views made per read, so the same node is not always the same object.
  const index = elements.findIndex((item) => item.range[0] === element.range[0] && item.range[1] === element.range[1]);
  if (index < 0 || elements.length < 2) return undefined;
  // Elements read through a `const` lie outside the list's text: nothing safe to cut there.
  if (!elements.every((item) => within(list.range, item.range))) return undefined;
  for (let i = 1; i < elements.length; i++) if (elements[i - 1].range[1] > elements[i].range[0]) return undefined;
  const range: [number, number] =
    index < elements.length - 1 ? [element.range[0], elements[index + 1].range[0]] : [elements[index - 1].range[1], element.range[1]];
  const cut = text.slice(range[0], range[1]);
  const own = text.slice(element.range[0], element.range[1]);
  const separator = index < elements.length - 1 ? cut.slice(own.length) : cut.slice(0, cut.length - own.length);
  if (!cut.includes(own) || !SEPARATOR[format].test(separator)) return undefined;
  return { range, text: "" };
}

/**
 * Rewrites a duration string's fraction to nine digits (`"1.5s"` → `"1.500000000s"`) by inserting
 * zeros before the `s`: the quotes, or the lack of them in YAML, stay as written.
 */
export function padDurationFraction(text: string, node: StringNode): ConfigEdit | undefined {
  if (!DURATION_PATTERN.test(node.value) || !node.value.includes(".")) return undefined;
  const fraction = node.value.slice(node.value.indexOf(".") + 1, -1);
  if (fraction.length >= 9) return undefined;
  const written = text.slice(node.range[0], node.range[1]);
  const at = written.indexOf(node.value);
  if (at < 0 || written.indexOf(node.value, at + 1) >= 0) return undefined;
  const insertAt = node.range[0] + at + node.value.length - 1;
  return { range: [insertAt, insertAt], text: "0".repeat(9 - fraction.length) };
}

/**
 * Adds a top-level member before the first one, in the config's own syntax and layout: JSON (and YAML
 * flow maps) as `"key": <json>,` followed by the whitespace that preceded the first member; a YAML block
 * map as `key:` with the value's members on indented lines.
 */
export function insertFirstMember(
  text: string,
  root: ValueNode,
  format: ConfigFormat,
  key: string,
  value: Record<string, number | string | boolean>,
): ConfigEdit | undefined {
  if (root.type !== "Object") return undefined;
  const first = (root).members[0];
  if (!first || !within(root.range, first.range)) return undefined;
  const start = first.range[0];
  const lineStart = text.lastIndexOf("\n", start - 1) + 1;
  const beforeOnLine = text.slice(lineStart, start);
  const flow = text[root.range[0]] === "{";
  if (format === "yaml" && !flow) {
    // A block map member starts its own line (or follows `- ` of a sequence item); keep its column.
    if (!/^[ -]*$/.test(beforeOnLine)) return undefined;
    const indent = " ".repeat(beforeOnLine.length);
    const lines = [`${key}:`, ...Object.entries(value).map(([name, item]) => `${indent}  ${name}: ${JSON.stringify(item)}`)];
    return { range: [start, start], text: `${lines.join("\n")}\n${indent}` };
  }
  const opening = text.lastIndexOf("{", start - 1);
  if (opening < root.range[0]) return undefined;
  const gap = text.slice(opening + 1, start);
  if (!/^\s*$/.test(gap)) return undefined;
  const body = Object.entries(value)
    .map(([name, item]) => `"${name}": ${JSON.stringify(item)}`)
    .join(", ");
  return { range: [start, start], text: `"${key}": { ${body} },${gap === "" ? " " : gap}` };
}

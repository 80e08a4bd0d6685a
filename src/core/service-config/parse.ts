import { LineCounter, parseAllDocuments, isAlias, isMap, isPair, isScalar, isSeq, type Node as YamlNode } from "yaml";
import { measureJson, scanJson, treeFromMomoa } from "./json.js";
import { LineIndex, type MemberNode, type StringNode, type ValueNode } from "./tree.js";

export type ConfigFormat = "json" | "yaml";

/** One parsed document: the JSON text, or one `---` section of a YAML stream (empty ones are left out). */
export interface ParsedDocument {
  body: ValueNode;
  range: [number, number];
}

export interface ParseError {
  message: string;
  /** Valid JSON that nests deeper than the reviewer goes (grpc-js's JSON.parse accepts it). */
  tooDeep?: boolean;
  /** Offset into the parsed text. */
  offset: number;
  line: number;
  column: number;
}

/** `lines` positions offsets into the parsed text (built once per text, for the tree and whoever reads it). */
export type ParseOutcome = { ok: true; documents: ParsedDocument[]; lines: LineIndex } | { ok: false; error: ParseError };

/** YAML aliases may repeat a node; a document that expands past this many nodes is refused (alias bombs). */
export const MAX_YAML_NODES = 100_000;
/** The `yaml` package's own alias bound, checked before the tree is built. */
export const MAX_YAML_ALIAS_COUNT = 100;

export function formatForFileName(fileName: string): ConfigFormat {
  return /\.ya?ml$/i.test(fileName) ? "yaml" : "json";
}

export function parseConfigText(text: string, format: ConfigFormat): ParseOutcome {
  return format === "yaml" ? parseYaml(text) : parseJson(text);
}

/** Deeper JSON is not reviewed: the parser and the walks over the tree recurse once per level. */
export const MAX_JSON_DEPTH = 1_000;

/** Strict JSON (what grpc-js's JSON.parse accepts), with positions. Duplicate keys are kept for reporting. */
export function parseJson(text: string): ParseOutcome {
  const lines = new LineIndex(text);
  const measure = measureJson(text, MAX_JSON_DEPTH);
  const tooDeep = measure.tooDeepAt;
  if (tooDeep !== -1) {
    const message = `nested deeper than ${MAX_JSON_DEPTH} levels; grpc-js's JSON.parse accepts it, but it is too deep to review`;
    return { ok: false, error: { message, offset: tooDeep, tooDeep: true, ...lines.position(tooDeep) } };
  }
  // The scan takes almost every config; what it declines, momoa parses (or reports, with its message).
  const scanned = scanJson(text, lines, measure);
  if (scanned) return { ok: true, documents: [{ body: scanned, range: [0, text.length] }], lines };
  let body: ValueNode;
  try {
    body = treeFromMomoa(text, lines);
  } catch (error) {
    const offset = typeof (error as { offset?: unknown }).offset === "number" ? (error as { offset: number }).offset : 0;
    const message = error instanceof Error ? error.message.replace(/\s*\(\d+:\d+\)$/, "") : String(error);
    return { ok: false, error: { message, offset, ...lines.position(offset) } };
  }
  return { ok: true, documents: [{ body, range: [0, text.length] }], lines };
}

/** YAML streams (`---`-separated documents), with positions and bounded alias expansion. */
export function parseYaml(text: string): ParseOutcome {
  const lineCounter = new LineCounter();
  const lines = new LineIndex(text);
  const fail = (message: string, offset: number): ParseOutcome => ({
    ok: false,
    error: { message, offset, ...lines.position(offset) },
  });
  const parsed = parseAllDocuments(text, { lineCounter, uniqueKeys: false, prettyErrors: false, merge: true });
  const yamlDocuments = Array.isArray(parsed) ? parsed : [];
  const documents: ParsedDocument[] = [];
  for (const document of yamlDocuments) {
    const error = document.errors[0];
    if (error) return fail(error.message, error.pos[0]);
    try {
      document.toJS({ maxAliasCount: MAX_YAML_ALIAS_COUNT });
    } catch (error) {
      return fail(error instanceof Error ? error.message : String(error), document.range[0]);
    }
    const contents = document.contents;
    // An empty document (`---` with nothing after it) has no contents, or an empty null scalar.
    if (contents === null || (isScalar(contents) && contents.value === null && contents.range?.[0] === contents.range?.[1])) continue;
    let budget = MAX_YAML_NODES;
    const convert = (node: unknown, depth: number): ValueNode => {
      if (--budget < 0 || depth > 1000) throw new RangeError("YAML document expands to too many nodes (alias bomb?)");
      const yamlNode = node as YamlNode;
      if (isAlias(yamlNode)) {
        const target = yamlNode.resolve(document);
        const resolved = convert(target, depth + 1);
        // The alias points at its anchor's value; report at the alias, where the reader looks.
        const range: [number, number] = [yamlNode.range![0], yamlNode.range![1]];
        return { ...resolved, range, loc: lines.loc(range) };
      }
      const range: [number, number] = yamlNode?.range ? [yamlNode.range[0], yamlNode.range[1]] : [0, 0];
      const loc = lines.loc(range);
      if (isMap(yamlNode)) {
        const members: MemberNode[] = [];
        const merged: MemberNode[] = [];
        for (const pair of yamlNode.items) {
          if (!isPair(pair)) continue;
          const keyNode = pair.key as YamlNode | null;
          if (isScalar(keyNode) && typeof keyNode.value === "symbol") {
            // `<<: *base` (or a list of them): the anchored map's members, under the ones written here.
            const sources = isSeq(pair.value) ? pair.value.items : [pair.value];
            for (const source of sources) {
              const value = convert(source, depth + 1);
              if (value.type === "Object") for (const member of value.members) merged.push(member);
            }
            continue;
          }
          const keyRange: [number, number] = keyNode?.range ? [keyNode.range[0], keyNode.range[1]] : range;
          const keyText = isScalar(keyNode) ? String(keyNode.value) : text.slice(keyRange[0], keyRange[1]);
          const name: StringNode = { type: "String", value: keyText, range: keyRange, loc: lines.loc(keyRange) };
          const value: ValueNode = pair.value
            ? convert(pair.value, depth + 1)
            : { type: "Null", range: [keyRange[1], keyRange[1]], loc: lines.loc([keyRange[1], keyRange[1]]) };
          const memberRange: [number, number] = [keyRange[0], Math.max(keyRange[1], value.range[1])];
          members.push({ type: "Member", name, value, range: memberRange, loc: lines.loc(memberRange) });
        }
        const written = new Set(members.map((member) => member.name.value));
        for (const member of merged) {
          if (written.has(member.name.value)) continue;
          written.add(member.name.value);
          members.push(member);
        }
        return { type: "Object", members, range, loc };
      }
      if (isSeq(yamlNode)) {
        return { type: "Array", elements: yamlNode.items.map((item) => convert(item, depth + 1)), range, loc };
      }
      const value = isScalar(yamlNode) ? yamlNode.value : null;
      if (value === null || value === undefined) return { type: "Null", range, loc };
      if (typeof value === "string") return { type: "String", value, range, loc };
      if (typeof value === "number") return { type: "Number", value, range, loc };
      if (typeof value === "bigint") return { type: "Number", value: Number(value), range, loc };
      if (typeof value === "boolean") return { type: "Boolean", value, range, loc };
      return { type: "String", value: text.slice(range[0], range[1]), range, loc };
    };
    try {
      documents.push({ body: convert(document.contents, 0), range: [document.range[0], document.range[2]] });
    } catch (error) {
      return fail(error instanceof Error ? error.message : String(error), document.range[0]);
    }
  }
  return { ok: true, documents, lines };
}

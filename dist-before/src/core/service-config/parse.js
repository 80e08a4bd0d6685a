import * as momoa from "@humanwhocodes/momoa";
import { LineCounter, parseAllDocuments, isAlias, isMap, isPair, isScalar, isSeq } from "yaml";
import { LineIndex } from "./tree.js";
/** YAML aliases may repeat a node; a document that expands past this many nodes is refused (alias bombs). */
export const MAX_YAML_NODES = 100_000;
/** The `yaml` package's own alias bound, checked before the tree is built. */
export const MAX_YAML_ALIAS_COUNT = 100;
export function formatForFileName(fileName) {
    return /\.ya?ml$/i.test(fileName) ? "yaml" : "json";
}
export function parseConfigText(text, format) {
    return format === "yaml" ? parseYaml(text) : parseJson(text);
}
/** Strict JSON (what grpc-js's JSON.parse accepts), with positions. Duplicate keys are kept for reporting. */
export function parseJson(text) {
    const lines = new LineIndex(text);
    let document;
    try {
        document = momoa.parse(text, { mode: "json", ranges: true });
    }
    catch (error) {
        const offset = typeof error.offset === "number" ? error.offset : 0;
        const message = error instanceof Error ? error.message.replace(/\s*\(\d+:\d+\)$/, "") : String(error);
        return { ok: false, error: { message, offset, ...lines.position(offset) } };
    }
    const convert = (node) => {
        const range = node.range;
        const loc = lines.loc(range);
        switch (node.type) {
            case "Object":
                return {
                    type: "Object",
                    range,
                    loc,
                    members: node.members.map((member) => {
                        const memberRange = member.range;
                        const nameRange = member.name.range;
                        const name = {
                            type: "String",
                            value: member.name.type === "String" ? member.name.value : member.name.name,
                            range: nameRange,
                            loc: lines.loc(nameRange),
                        };
                        return { type: "Member", name, value: convert(member.value), range: memberRange, loc: lines.loc(memberRange) };
                    }),
                };
            case "Array":
                return { type: "Array", range, loc, elements: node.elements.map((element) => convert(element.value)) };
            case "String":
                return { type: "String", value: node.value, range, loc };
            case "Number":
                return { type: "Number", value: node.value, range, loc };
            case "Boolean":
                return { type: "Boolean", value: node.value, range, loc };
            case "Null":
                return { type: "Null", range, loc };
            default:
                // JSON mode yields none of momoa's JSON5 node kinds (Infinity, NaN, identifiers).
                return { type: "Null", range, loc };
        }
    };
    return { ok: true, documents: [{ body: convert(document.body), range: [0, text.length] }] };
}
/** YAML streams (`---`-separated documents), with positions and bounded alias expansion. */
export function parseYaml(text) {
    const lineCounter = new LineCounter();
    const lines = new LineIndex(text);
    const fail = (message, offset) => ({
        ok: false,
        error: { message, offset, ...lines.position(offset) },
    });
    const parsed = parseAllDocuments(text, { lineCounter, uniqueKeys: false, prettyErrors: false, merge: true });
    const yamlDocuments = Array.isArray(parsed) ? parsed : [];
    const documents = [];
    for (const document of yamlDocuments) {
        const error = document.errors[0];
        if (error)
            return fail(error.message, error.pos[0]);
        try {
            document.toJS({ maxAliasCount: MAX_YAML_ALIAS_COUNT });
        }
        catch (error) {
            return fail(error instanceof Error ? error.message : String(error), document.range[0]);
        }
        const contents = document.contents;
        // An empty document (`---` with nothing after it) has no contents, or an empty null scalar.
        if (contents === null || (isScalar(contents) && contents.value === null && contents.range?.[0] === contents.range?.[1]))
            continue;
        let budget = MAX_YAML_NODES;
        const convert = (node, depth) => {
            if (--budget < 0 || depth > 1000)
                throw new RangeError("YAML document expands to too many nodes (alias bomb?)");
            const yamlNode = node;
            if (isAlias(yamlNode)) {
                const target = yamlNode.resolve(document);
                const resolved = convert(target, depth + 1);
                // The alias points at its anchor's value; report at the alias, where the reader looks.
                const range = [yamlNode.range[0], yamlNode.range[1]];
                return { ...resolved, range, loc: lines.loc(range) };
            }
            const range = yamlNode?.range ? [yamlNode.range[0], yamlNode.range[1]] : [0, 0];
            const loc = lines.loc(range);
            if (isMap(yamlNode)) {
                const members = [];
                const merged = [];
                for (const pair of yamlNode.items) {
                    if (!isPair(pair))
                        continue;
                    const keyNode = pair.key;
                    if (isScalar(keyNode) && typeof keyNode.value === "symbol") {
                        // `<<: *base` (or a list of them): the anchored map's members, under the ones written here.
                        const sources = isSeq(pair.value) ? pair.value.items : [pair.value];
                        for (const source of sources) {
                            const value = convert(source, depth + 1);
                            if (value.type === "Object")
                                for (const member of value.members)
                                    merged.push(member);
                        }
                        continue;
                    }
                    const keyRange = keyNode?.range ? [keyNode.range[0], keyNode.range[1]] : range;
                    const keyText = isScalar(keyNode) ? String(keyNode.value) : text.slice(keyRange[0], keyRange[1]);
                    const name = { type: "String", value: keyText, range: keyRange, loc: lines.loc(keyRange) };
                    const value = pair.value
                        ? convert(pair.value, depth + 1)
                        : { type: "Null", range: [keyRange[1], keyRange[1]], loc: lines.loc([keyRange[1], keyRange[1]]) };
                    const memberRange = [keyRange[0], Math.max(keyRange[1], value.range[1])];
                    members.push({ type: "Member", name, value, range: memberRange, loc: lines.loc(memberRange) });
                }
                const written = new Set(members.map((member) => member.name.value));
                for (const member of merged) {
                    if (written.has(member.name.value))
                        continue;
                    written.add(member.name.value);
                    members.push(member);
                }
                return { type: "Object", members, range, loc };
            }
            if (isSeq(yamlNode)) {
                return { type: "Array", elements: yamlNode.items.map((item) => convert(item, depth + 1)), range, loc };
            }
            const value = isScalar(yamlNode) ? yamlNode.value : null;
            if (value === null || value === undefined)
                return { type: "Null", range, loc };
            if (typeof value === "string")
                return { type: "String", value, range, loc };
            if (typeof value === "number")
                return { type: "Number", value, range, loc };
            if (typeof value === "bigint")
                return { type: "Number", value: Number(value), range, loc };
            if (typeof value === "boolean")
                return { type: "Boolean", value, range, loc };
            return { type: "String", value: text.slice(range[0], range[1]), range, loc };
        };
        try {
            documents.push({ body: convert(document.contents, 0), range: [document.range[0], document.range[2]] });
        }
        catch (error) {
            return fail(error instanceof Error ? error.message : String(error), document.range[0]);
        }
    }
    return { ok: true, documents };
}

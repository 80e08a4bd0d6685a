/**
 * One cache of what is known about each .proto file on disk, shared by every reader: the ESLint
 * language (which parses the files it lints), the import resolver (the declarations an importing
 * file can see) and the project index (services, methods and fields of the whole tree). Each
 * reader defines the summary it needs once; a file is parsed once, every summary is taken from
 * that one parse, and the file is parsed again only when its size or mtime changes. Before, each
 * reader parsed on its own, so a proto could be parsed three times in one run.
 *
 * Summaries, not syntax trees, are kept: the trees of a tree like googleapis' (7,000 files)
 * take about 250 MB of heap, the summaries a small part of that. Only the last few trees a
 * summary was taken from are held, for the language to take over instead of parsing again: the
 * import resolver reads a file's imports while the file is linted, and those are usually linted
 * soon after (the same folder).
 */
import { statSync } from "node:fs";
import { readTextFile, sizeLimit } from "../src/util/file-access.js";
import type { ParseResult, ProtoFile } from "./ast.js";
import { parseProto } from "./parser.js";

type Summarize = (file: ProtoFile, path: string) => unknown;

interface Entry {
  mtimeMs: number;
  size: number;
  /** By summary name; undefined for a file that could not be read or summarized. */
  summaries: Map<string, unknown>;
}

const summarizers = new Map<string, Summarize>();
const entries = new Map<string, Entry>();
const parses = new Map<string, number>();
/** Parses a summary was taken from, oldest first, bounded by count and by text size. */
const held = new Map<string, { text: string; result: ParseResult }>();
const MAX_HELD = 64;
const MAX_HELD_TEXT = 4 * 1024 * 1024;
let heldText = 0;

function hold(path: string, text: string, result: ParseResult): void {
  drop(path);
  if (text.length > MAX_HELD_TEXT) return;
  held.set(path, { text, result });
  heldText += text.length;
  for (const [oldest] of held) {
    if (held.size <= MAX_HELD && heldText <= MAX_HELD_TEXT) break;
    drop(oldest);
  }
}

function drop(path: string): void {
  const entry = held.get(path);
  if (!entry) return;
  held.delete(path);
  heldText -= entry.text.length;
}

function countParse(path: string): void {
  parses.set(path, (parses.get(path) ?? 0) + 1);
}

function summarizeAll(file: ProtoFile | undefined, path: string): Map<string, unknown> {
  const summaries = new Map<string, unknown>();
  for (const [name, summarize] of summarizers) {
    let value: unknown;
    try {
      value = file ? summarize(file, path) : undefined;
    } catch {
      value = undefined; // bad input never crashes a rule: that file just contributes nothing
    }
    summaries.set(name, value);
  }
  return summaries;
}

function statOf(path: string): { mtimeMs: number; size: number } | undefined {
  try {
    const stat = statSync(path);
    return stat.isFile() ? { mtimeMs: stat.mtimeMs, size: stat.size } : undefined;
  } catch {
    return undefined;
  }
}

function summaryOf(path: string, name: string): unknown {
  const stat = statOf(path);
  if (!stat) return undefined;
  const cached = entries.get(path);
  if (cached && cached.mtimeMs === stat.mtimeMs && cached.size === stat.size && cached.summaries.has(name)) return cached.summaries.get(name);
  const read = readTextFile(path, { maxBytes: sizeLimit("proto", undefined) });
  let file: ProtoFile | undefined;
  if (read.ok) {
    countParse(path);
    try {
      const result = parseProto(read.text);
      file = result.file;
      hold(path, read.text, result);
    } catch {
      file = undefined;
    }
  }
  const entry = { ...stat, summaries: summarizeAll(file, path) };
  entries.set(path, entry);
  return entry.summaries.get(name);
}

/**
 * Defines a summary (once, at module load) and returns its reader: the summary of the file at a
 * path, from the one parse every summary shares; undefined if the file cannot be read.
 */
export function defineProtoSummary<T>(name: string, summarize: (file: ProtoFile, path: string) => T): (path: string) => T | undefined {
  summarizers.set(name, summarize);
  return (path) => summaryOf(path, name) as T | undefined;
}

/**
 * The parse a summary of this file was taken from, if it is still held and of this very text
 * (the language then need not parse again). Handed over once: the caller owns the tree.
 */
export function takeParsedProto(path: string, text: string): ParseResult | undefined {
  const entry = held.get(path);
  if (!entry) return undefined;
  drop(path);
  return entry.text === text ? entry.result : undefined;
}

/**
 * The language parsed a file it lints: take the summaries from that parse, so the readers do not
 * parse it again. Only when the text is the file's text on disk: an editor lints unsaved text,
 * and what the readers see of other files must be what is saved.
 */
export function rememberParsedProto(path: string, text: string, file: ProtoFile): void {
  countParse(path);
  if (summarizers.size === 0) return;
  const stat = statOf(path);
  if (!stat) return;
  const cached = entries.get(path);
  if (cached && cached.mtimeMs === stat.mtimeMs && cached.size === stat.size) return;
  const read = readTextFile(path, { maxBytes: sizeLimit("proto", undefined) });
  if (!read.ok || read.text !== text) return;
  entries.set(path, { ...stat, summaries: summarizeAll(file, path) });
}

/** How many times each .proto file was parsed (by the language or for a summary) since the last reset. */
export function protoParseCounts(): ReadonlyMap<string, number> {
  return parses;
}

export function resetProtoParseCounts(): void {
  parses.clear();
}

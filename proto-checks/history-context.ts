/**
 * What the history rules share: which ref to compare with (rule option, else
 * `settings["grpc-review"].against`), the snapshot at that ref, and a once-per-run report when
 * git cannot provide it.
 */
import type { EnumDecl, Message, ProtoFile } from "./ast.js";
import { loadSnapshot, type ProtoSnapshot } from "./git-history.js";
import type { MessageVersion } from "./wire-diff.js";
import { readSettings } from "../src/util/settings.js";

export interface HistoryOptions {
  /** Git ref (branch, tag, commit) to compare with; overrides `settings["grpc-review"].against`. */
  against?: string;
}

export const HISTORY_OPTIONS_SCHEMA = [
  {
    type: "object",
    properties: { against: { type: "string", minLength: 1 } },
    additionalProperties: false,
  },
] as const;

export type History =
  | { kind: "off" }
  | { kind: "error"; ref: string; reason: string; firstReport: boolean }
  | { kind: "ready"; ref: string; snapshot: ProtoSnapshot };

const reportedFailures = new Set<string>();

export function historyFor(
  context: { options: unknown[]; settings?: Record<string, unknown>; physicalFilename: string; id: string; cwd: string },
): History {
  const ref = (context.options[0] as HistoryOptions | undefined)?.against ?? readSettings(context).against;
  if (!ref) return { kind: "off" };
  let result: ReturnType<typeof loadSnapshot>;
  try {
    result = loadSnapshot(context.physicalFilename, ref);
  } catch (error) {
    result = { ok: false, reason: `reading git history failed (${(error as Error).message}).`, repositoryRoot: undefined };
  }
  if (result.ok) return { kind: "ready", ref, snapshot: result.snapshot };
  // One finding per rule, repository and ref: the same git problem on every file is noise.
  const key = `${context.id}\0${result.repositoryRoot ?? `outside any repository under ${context.cwd}`}\0${ref}`;
  const firstReport = !reportedFailures.has(key);
  reportedFailures.add(key);
  return { kind: "error", ref, reason: result.reason, firstReport };
}

export function syntaxOf(file: ProtoFile): string {
  return file.edition ? "editions" : (file.syntax ?? "proto2");
}

function fileOf(message: Message): ProtoFile | undefined {
  let node = message.parent;
  while (node && node.type !== "ProtoFile") node = node.parent;
  return node;
}

/** Enum names declared in a file, for telling enum-typed (varint) fields from message-typed ones. */
export function enumsOf(file: ProtoFile): Set<string> {
  const enums = new Set<string>();
  const visit = (message: Message): void => {
    for (const member of message.body) {
      if (member.type === "Enum") enums.add(member.fullName);
      else if (member.type === "Message") visit(member);
      else if (member.type === "Field" && member.group) visit(member.group);
    }
  };
  for (const node of file.body) {
    if (node.type === "Enum") enums.add((node as EnumDecl).fullName);
    else if (node.type === "Message") visit(node);
  }
  return enums;
}

/** The two versions of `message` to compare, or undefined when it did not exist at the ref. */
export function versionsOf(
  message: Message,
  file: ProtoFile,
  currentEnums: Set<string>,
  snapshot: ProtoSnapshot,
): [previous: MessageVersion, current: MessageVersion] | undefined {
  const old = snapshot.messages.get(message.fullName);
  if (!old) return undefined;
  const isEnum = (name: string) => currentEnums.has(name) || snapshot.enums.has(name);
  return [
    { message: old.message, syntax: syntaxOf(old.file), isEnum },
    { message, syntax: syntaxOf(fileOf(message) ?? file), isEnum },
  ];
}

/**
 * What the history rules share: which ref to compare with (rule option, else
 * `settings["grpc-review"].against`), the snapshot at that ref, and a once-per-run report when
 * git cannot provide it.
 */
import type { Message, ProtoFile } from "./ast.js";
import { loadSnapshot, type ProtoSnapshot } from "./git-history.js";
import type { ProtoVisitor } from "./rule-types.js";
import { messageTypesCompatible, type MessageVersion, type TypeKind } from "./wire-diff.js";
import { importedDeclarations, importRoots, lookUp } from "./imports.js";
import { forEachDeclaration, syntaxOf } from "./walk.js";
import { resolveTypeName, WELL_KNOWN_TYPES } from "./names.js";
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

/** The one well-known message with no fields. */
const EMPTY_MESSAGE = "google.protobuf.Empty";

type History =
  | { kind: "off" }
  | { kind: "error"; ref: string; reason: string; firstReport: boolean }
  | { kind: "ready"; ref: string; snapshot: ProtoSnapshot };

const reportedFailures = new Set<string>();

interface HistoryRuleContext {
  options: unknown[];
  settings?: Record<string, unknown>;
  physicalFilename: string;
  id: string;
  cwd: string;
  report(descriptor: { loc: { line: number; column: number }; messageId: "historyUnavailable"; data: { ref: string; reason: string } }): void;
}

/** What a history rule compares with once git has provided the snapshot at the ref. */
export interface HistoryComparison {
  ref: string;
  snapshot: ProtoSnapshot;
  /** The two versions of `message` to compare, or undefined when it did not exist at the ref. */
  versionsOf: (message: Message) => [previous: MessageVersion, current: MessageVersion] | undefined;
  /** The message or enum a type name written at `scope` names at the ref; undefined when none. */
  resolvePrevious: (type: string, scope: string) => string | undefined;
  /** The same in the current tree (this file, the tree at the ref, this file's imports). */
  resolveCurrent: (type: string, scope: string) => string | undefined;
  /**
   * Whether the message `previousName` at the ref and the message `currentName` of this file decode
   * each other's data; undefined when either is out of sight.
   */
  messagesCompatible: (previousName: string, currentName: string) => boolean | undefined;
}

/**
 * The listeners of a rule that compares with history: none when no ref is set; one
 * `historyUnavailable` report when git cannot provide the ref; otherwise the rule's own, from
 * `listen`, with the current file's declarations tracked for `versionsOf`.
 */
export function historyListeners(context: HistoryRuleContext, listen: (comparison: HistoryComparison) => ProtoVisitor): ProtoVisitor {
  const history = historyFor(context);
  if (history.kind === "off") return {};
  if (history.kind === "error") {
    if (!history.firstReport) return {};
    return {
      ProtoFile() {
        context.report({ loc: { line: 1, column: 1 }, messageId: "historyUnavailable", data: { ref: history.ref, reason: history.reason } });
      },
    };
  }
  const { ref, snapshot } = history;
  let file: ProtoFile;
  let declarations: Declarations;
  const importedKinds = lazyImportedKinds(context.physicalFilename, () => file, importRoots(context));
  const oldKind = (name: string): TypeKind | undefined =>
    snapshot.messages.has(name) ? "message" : snapshot.enums.has(name) ? "enum" : WELL_KNOWN_TYPES.get(name);
  const listeners = listen({
    ref,
    snapshot,
    versionsOf: (message) => versionsOf(message, snapshot.messages.get(message.fullName), file, declarations, snapshot, importedKinds),
    resolvePrevious: (type, scope) => resolveTypeName(type, scope, (name) => oldKind(name) !== undefined),
    resolveCurrent: (type, scope) =>
      resolveTypeName(type, scope, (name) => (declarations.kinds.get(name) ?? oldKind(name) ?? importedKinds()(name)) !== undefined),
    messagesCompatible(previousName, currentName) {
      // google.protobuf.Empty is never in the snapshot, yet its shape is known: no fields. Every
      // field of the message that replaced it is new, so old peers skip them as unknown fields and
      // new peers read old empty bytes as defaults. The reverse (a message becomes Empty) stays
      // reported: the old side's fields are no longer sent or read.
      if (previousName === EMPTY_MESSAGE) return true;
      const current = declarations.messages.get(currentName);
      const versions = current && versionsOf(current, snapshot.messages.get(previousName), file, declarations, snapshot, importedKinds);
      return versions ? messageTypesCompatible(...versions) : undefined;
    },
  });
  return {
    ...listeners,
    ProtoFile(node: ProtoFile) {
      file = node;
      declarations = declarationsOf(node);
      listeners.ProtoFile?.(node);
    },
  };
}

function historyFor(context: HistoryRuleContext): History {
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

function fileOf(message: Message): ProtoFile | undefined {
  let node = message.parent;
  while (node && node.type !== "ProtoFile") node = node.parent;
  return node;
}

interface Declarations {
  kinds: Map<string, TypeKind>;
  messages: Map<string, Message>;
}

/** Fully qualified messages and enums declared in a file. */
function declarationsOf(file: ProtoFile): Declarations {
  const kinds = new Map<string, TypeKind>();
  const messages = new Map<string, Message>();
  forEachDeclaration(file, {
    message(message) {
      kinds.set(message.fullName, "message");
      messages.set(message.fullName, message);
    },
    enum(node) {
      kinds.set(node.fullName, "enum");
    },
  });
  return { kinds, messages };
}

/**
 * The two versions of `message` to compare, or undefined when it did not exist at the ref.
 * Old names resolve in the tree at the ref; new names in this file or the tree at the ref, and
 * failing that in the files this one imports (types added in other files since the ref).
 */
function versionsOf(
  message: Message,
  old: { message: Message; syntax: string } | undefined,
  file: ProtoFile,
  current: Declarations,
  snapshot: ProtoSnapshot,
  importedKinds: () => ((name: string) => TypeKind | undefined),
): [previous: MessageVersion, current: MessageVersion] | undefined {
  if (!old) return undefined;
  const oldKind = (name: string): TypeKind | undefined =>
    snapshot.messages.has(name) ? "message" : snapshot.enums.has(name) ? "enum" : WELL_KNOWN_TYPES.get(name);
  const newKind = (name: string): TypeKind | undefined => current.kinds.get(name) ?? oldKind(name);
  // Types added since the ref in other files are in this file's imports: read last, and lazily.
  const importedKind = (name: string): TypeKind | undefined => newKind(name) ?? importedKinds()(name);
  return [
    { message: old.message, syntax: old.syntax, kindOf: oldKind, messageOf: (name) => snapshot.messages.get(name)?.message },
    {
      message,
      syntax: syntaxOf(fileOf(message) ?? file),
      kindOf: newKind,
      fallbackKindOf: importedKind,
      messageOf: (name) => current.messages.get(name),
    },
  ];
}

/**
 * Type kinds declared in the files `file` imports: where a type added since the ref in another
 * file must come from. Read on first use.
 */
function lazyImportedKinds(filename: string, getFile: () => ProtoFile, roots: readonly string[]): () => (name: string) => TypeKind | undefined {
  let kinds: ((name: string) => TypeKind | undefined) | undefined;
  return () => {
    if (!kinds) {
      const files = importedDeclarations(filename, getFile(), roots);
      kinds = (name) => lookUp(files, (declarations) => declarations.kinds.get(name));
    }
    return kinds;
  };
}

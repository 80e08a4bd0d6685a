import { loadSnapshot } from "./git-history.js";
import { messageTypesCompatible } from "./wire-diff.js";
import { importedDeclarations, lookUp } from "./imports.js";
import { forEachDeclaration, syntaxOf } from "./walk.js";
import { resolveTypeName, WELL_KNOWN_TYPES } from "./names.js";
import { readSettings } from "../src/util/settings.js";
export const HISTORY_OPTIONS_SCHEMA = [
    {
        type: "object",
        properties: { against: { type: "string", minLength: 1 } },
        additionalProperties: false,
    },
];
const reportedFailures = new Set();
/**
 * The listeners of a rule that compares with history: none when no ref is set; one
 * `historyUnavailable` report when git cannot provide the ref; otherwise the rule's own, from
 * `listen`, with the current file's declarations tracked for `versionsOf`.
 */
export function historyListeners(context, listen) {
    const history = historyFor(context);
    if (history.kind === "off")
        return {};
    if (history.kind === "error") {
        if (!history.firstReport)
            return {};
        return {
            ProtoFile() {
                context.report({ loc: { line: 1, column: 1 }, messageId: "historyUnavailable", data: { ref: history.ref, reason: history.reason } });
            },
        };
    }
    const { ref, snapshot } = history;
    let file;
    let declarations;
    const importedKinds = lazyImportedKinds(context.physicalFilename, () => file);
    const oldKind = (name) => snapshot.messages.has(name) ? "message" : snapshot.enums.has(name) ? "enum" : WELL_KNOWN_TYPES.get(name);
    const listeners = listen({
        ref,
        snapshot,
        versionsOf: (message) => versionsOf(message, snapshot.messages.get(message.fullName), file, declarations, snapshot, importedKinds),
        resolvePrevious: (type, scope) => resolveTypeName(type, scope, (name) => oldKind(name) !== undefined),
        resolveCurrent: (type, scope) => resolveTypeName(type, scope, (name) => (declarations.kinds.get(name) ?? oldKind(name) ?? importedKinds()(name)) !== undefined),
        messagesCompatible(previousName, currentName) {
            const current = declarations.messages.get(currentName);
            const versions = current && versionsOf(current, snapshot.messages.get(previousName), file, declarations, snapshot, importedKinds);
            return versions ? messageTypesCompatible(...versions) : undefined;
        },
    });
    return {
        ...listeners,
        ProtoFile(node) {
            file = node;
            declarations = declarationsOf(node);
            listeners.ProtoFile?.(node);
        },
    };
}
function historyFor(context) {
    const ref = context.options[0]?.against ?? readSettings(context).against;
    if (!ref)
        return { kind: "off" };
    let result;
    try {
        result = loadSnapshot(context.physicalFilename, ref);
    }
    catch (error) {
        result = { ok: false, reason: `reading git history failed (${error.message}).`, repositoryRoot: undefined };
    }
    if (result.ok)
        return { kind: "ready", ref, snapshot: result.snapshot };
    // One finding per rule, repository and ref: the same git problem on every file is noise.
    const key = `${context.id}\0${result.repositoryRoot ?? `outside any repository under ${context.cwd}`}\0${ref}`;
    const firstReport = !reportedFailures.has(key);
    reportedFailures.add(key);
    return { kind: "error", ref, reason: result.reason, firstReport };
}
function fileOf(message) {
    let node = message.parent;
    while (node && node.type !== "ProtoFile")
        node = node.parent;
    return node;
}
/** Fully qualified messages and enums declared in a file. */
function declarationsOf(file) {
    const kinds = new Map();
    const messages = new Map();
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
function versionsOf(message, old, file, current, snapshot, importedKinds) {
    if (!old)
        return undefined;
    const oldKind = (name) => snapshot.messages.has(name) ? "message" : snapshot.enums.has(name) ? "enum" : WELL_KNOWN_TYPES.get(name);
    const newKind = (name) => current.kinds.get(name) ?? oldKind(name);
    // Types added since the ref in other files are in this file's imports: read last, and lazily.
    const importedKind = (name) => newKind(name) ?? importedKinds()(name);
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
function lazyImportedKinds(filename, getFile) {
    let kinds;
    return () => {
        if (!kinds) {
            const files = importedDeclarations(filename, getFile());
            kinds = (name) => lookUp(files, (declarations) => declarations.kinds.get(name));
        }
        return kinds;
    };
}

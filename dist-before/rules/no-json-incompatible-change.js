import { HISTORY_OPTIONS_SCHEMA, historyListeners } from "../proto-checks/history-context.js";
import { jsonChanges, renamedEnumValues } from "../proto-checks/json-names.js";
import { createLanguageRule } from "../src/util/create-language-rule.js";
export default createLanguageRule({
    name: "no-json-incompatible-change",
    meta: {
        type: "problem",
        docs: {
            description: "Disallow changes since a git ref that old JSON clients cannot read: field renames, json_name changes, enum value renames",
            preset: "strict",
            severity: "error",
            input: "proto",
        },
        schema: HISTORY_OPTIONS_SCHEMA,
        messages: {
            fieldRenamed: "Field {{number}} of '{{message}}' was '{{oldName}}' at {{ref}} and is now '{{name}}': the JSON key changes from '{{oldJson}}' to '{{json}}', so JSON clients (Connect with JSON, gRPC-gateway, REST) built on the old protos send a key the server no longer reads. Keep the name, or add `json_name = \"{{oldJson}}\"`.",
            jsonNameChanged: "Field '{{name}}' of '{{message}}' had the JSON key '{{oldJson}}' at {{ref}} and now has '{{json}}': JSON written with the old key is no longer read. Keep the old `json_name`.",
            enumValueRenamed: "Enum value {{number}} of '{{enum}}' was '{{oldName}}' at {{ref}} and is now '{{name}}': JSON carries enum values by name, so '{{oldName}}' from old JSON clients is rejected. Keep the old name (an `allow_alias` alias can carry both).",
            historyUnavailable: "Cannot compare .proto files with '{{ref}}': {{reason}}",
        },
    },
    create(context) {
        const sourceCode = context.sourceCode;
        return historyListeners(context, ({ ref, snapshot, versionsOf }) => ({
            Message(message) {
                const versions = versionsOf(message);
                if (!versions)
                    return;
                for (const change of jsonChanges(versions[0].message, message)) {
                    const { field, old } = change;
                    const data = { message: message.name, name: field.name, oldName: old.name, number: String(field.number), oldJson: change.oldJson, json: change.json, ref };
                    context.report({ loc: sourceCode.getLoc(field.nameSpan), messageId: change.kind, data });
                }
            },
            Enum(node) {
                const old = snapshot.enums.get(node.fullName);
                if (!old)
                    return;
                for (const { value, old: before } of renamedEnumValues(old, node)) {
                    context.report({
                        loc: sourceCode.getLoc(value),
                        messageId: "enumValueRenamed",
                        data: { enum: node.name, name: value.name, oldName: before.name, number: String(value.number), ref },
                    });
                }
            },
        }));
    },
});

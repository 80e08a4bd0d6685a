import { HISTORY_OPTIONS_SCHEMA, historyListeners } from "../proto-checks/history-context.js";
import { extensionRange, formatRange, numberedFields, reservedDeclarations } from "../proto-checks/numbering.js";
import { appendToBody, reservedNameText, uncoveredParts } from "../proto-checks/edits.js";
import { deletedEnumValues, deletedFields, droppedEnumReservations, droppedReservations, } from "../proto-checks/wire-diff.js";
import { createLanguageRule } from "../src/util/create-language-rule.js";
export default createLanguageRule({
    name: "require-reserved-on-delete",
    meta: {
        type: "problem",
        docs: {
            description: "Require the number and name of a field or enum value deleted since a git ref to be reserved, and reservations to stay",
            preset: "recommended",
            severity: "error",
            input: "proto",
        },
        schema: HISTORY_OPTIONS_SCHEMA,
        // The reservation to add is fully determined by the deleted field; `reserved` changes no wire format.
        fixable: "code",
        messages: {
            deletedWithoutReserved: "Field '{{name}} = {{number}}' of '{{message}}' was deleted since {{ref}} without reserving {{missing}}: a later field could reuse it and misread old data. Add {{fix}}.",
            enumValueDeletedWithoutReserved: "Enum value '{{name}} = {{number}}' of '{{enum}}' was deleted since {{ref}} without reserving {{missing}}: a later value could reuse it and old data would change meaning. Add {{fix}}.",
            reservationDropped: "'{{message}}' reserved {{what}} at {{ref}} and no longer does: the next {{member}} added may take it and misread old data. Keep `reserved {{what}};`.",
            historyUnavailable: "Cannot compare .proto files with '{{ref}}': {{reason}}",
        },
    },
    create(context) {
        return historyListeners(context, ({ ref, snapshot, versionsOf }) => {
            const text = context.sourceCode.text;
            const file = context.sourceCode.ast;
            /** A fix adding `statements` to the declaration's body, unless one of them would not compile there. */
            const fixAdding = (declaration, statements) => {
                const edit = appendToBody(text, declaration, statements);
                return edit ? { fix: (fixer) => fixer.replaceTextRange(edit.range, edit.text) } : {};
            };
            /** Reports each deletion whose number or name is not reserved, at the name of the message or enum that lost it. */
            function reportUnreserved(declaration, messageId, owner, deletions) {
                for (const { old, numberReserved, nameReserved } of deletions) {
                    if (numberReserved && nameReserved)
                        continue;
                    const missing = [numberReserved ? "" : "its number", nameReserved ? "" : "its name"].filter(Boolean).join(" and ");
                    const statements = [numberReserved ? "" : `reserved ${old.number};`, nameReserved ? "" : `reserved ${reservedNameText(file, old.name)};`].filter(Boolean);
                    const fix = statements.map((statement) => `\`${statement}\``).join(" and ");
                    // protoc rejects a reserved number inside an `extensions` range.
                    const clashes = declaration.type === "Message" && !numberReserved && extensionRange(declaration, old.number) !== undefined;
                    context.report({
                        loc: context.sourceCode.getLoc(declaration.nameSpan),
                        messageId,
                        data: { name: old.name, number: String(old.number), ...owner, ref, missing, fix },
                        ...(clashes ? {} : fixAdding(declaration, statements)),
                    });
                }
            }
            function reportDropped(declaration, member, dropped) {
                const members = declaration.type === "Message" ? numberedFields(declaration) : declaration.values;
                const reservedNow = (declaration.type === "Message" ? reservedDeclarations(declaration) : declaration.reserved).flatMap((item) => item.ranges);
                for (const entry of dropped) {
                    const what = entry.range ? formatRange(entry.range) : reservedNameText(file, entry.name);
                    // Restoring a reservation that a member now uses would not compile: that is a reuse, reported as such.
                    const inUse = members.some((item) => entry.range ? item.number >= entry.range.from && item.number <= entry.range.to : item.name === entry.name);
                    context.report({
                        loc: context.sourceCode.getLoc(declaration.nameSpan),
                        messageId: "reservationDropped",
                        data: { message: declaration.name, member, ref, what },
                        ...(inUse ? {} : fixAdding(declaration, [`reserved ${entry.range ? uncoveredParts(entry.range, reservedNow).map(formatRange).join(", ") : what};`])),
                    });
                }
            }
            return {
                Message(message) {
                    const versions = versionsOf(message);
                    if (!versions)
                        return;
                    reportUnreserved(message, "deletedWithoutReserved", { message: message.name }, deletedFields(versions[0].message, message));
                    reportDropped(message, "field", droppedReservations(versions[0].message, message));
                },
                Enum(node) {
                    const old = snapshot.enums.get(node.fullName);
                    if (!old)
                        return;
                    reportUnreserved(node, "enumValueDeletedWithoutReserved", { enum: node.name }, deletedEnumValues(old, node));
                    reportDropped(node, "value", droppedEnumReservations(old, node));
                },
            };
        });
    },
});

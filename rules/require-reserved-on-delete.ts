import type { EnumDecl, Message, Span } from "../proto-checks/ast.js";
import { HISTORY_OPTIONS_SCHEMA, historyListeners, type HistoryOptions } from "../proto-checks/history-context.js";
import type { ProtoRuleTypes } from "../proto-checks/rule-types.js";
import { formatRange } from "../proto-checks/numbering.js";
import {
  deletedEnumValues,
  deletedFields,
  droppedEnumReservations,
  droppedReservations,
  type DeletedEnumValue,
  type DeletedField,
  type DroppedReservation,
} from "../proto-checks/wire-diff.js";
import { createLanguageRule } from "../src/util/create-language-rule.js";

type MessageIds = "deletedWithoutReserved" | "enumValueDeletedWithoutReserved" | "reservationDropped" | "historyUnavailable";

export default createLanguageRule<ProtoRuleTypes<[HistoryOptions?], MessageIds>>({
  name: "require-reserved-on-delete",
  meta: {
    type: "problem",
    docs: {
      description: "Require the number and name of a field or enum value deleted since a git ref to be reserved, and reservations to stay",
      preset: "recommended",
      severity: "error",
      input: "proto",
    },
    schema: HISTORY_OPTIONS_SCHEMA as never,
    messages: {
      deletedWithoutReserved:
        "Field '{{name}} = {{number}}' of '{{message}}' was deleted since {{ref}} without reserving {{missing}}: a later field could reuse it and misread old data. Add {{fix}}.",
      enumValueDeletedWithoutReserved:
        "Enum value '{{name}} = {{number}}' of '{{enum}}' was deleted since {{ref}} without reserving {{missing}}: a later value could reuse it and old data would change meaning. Add {{fix}}.",
      reservationDropped:
        "'{{message}}' reserved {{what}} at {{ref}} and no longer does: the next {{member}} added may take it and misread old data. Keep `reserved {{what}};`.",
      historyUnavailable: "Cannot compare .proto files with '{{ref}}': {{reason}}",
    },
  },
  create(context) {
    return historyListeners(context, ({ ref, snapshot, versionsOf }) => {
      /** Reports each deletion whose number or name is not reserved, at the name of the message or enum that lost it. */
      function reportUnreserved(
        nameSpan: Span,
        messageId: "deletedWithoutReserved" | "enumValueDeletedWithoutReserved",
        owner: { message: string } | { enum: string },
        deletions: Array<DeletedField | DeletedEnumValue>,
      ): void {
        for (const { old, numberReserved, nameReserved } of deletions) {
          if (numberReserved && nameReserved) continue;
          const missing = [numberReserved ? "" : "its number", nameReserved ? "" : "its name"].filter(Boolean).join(" and ");
          const fix = [numberReserved ? "" : `\`reserved ${old.number};\``, nameReserved ? "" : `\`reserved "${old.name}";\``].filter(Boolean).join(" and ");
          context.report({
            loc: context.sourceCode.getLoc(nameSpan),
            messageId,
            data: { name: old.name, number: String(old.number), ...owner, ref, missing, fix },
          });
        }
      }

      function reportDropped(owner: string, member: "field" | "value", nameSpan: Span, dropped: DroppedReservation[]): void {
        for (const entry of dropped) {
          const what = entry.range ? formatRange(entry.range) : `"${entry.name}"`;
          context.report({ loc: context.sourceCode.getLoc(nameSpan), messageId: "reservationDropped", data: { message: owner, member, ref, what } });
        }
      }

      return {
        Message(message: Message) {
          const versions = versionsOf(message);
          if (!versions) return;
          reportUnreserved(message.nameSpan, "deletedWithoutReserved", { message: message.name }, deletedFields(versions[0].message, message));
          reportDropped(message.name, "field", message.nameSpan, droppedReservations(versions[0].message, message));
        },
        Enum(node: EnumDecl) {
          const old = snapshot.enums.get(node.fullName);
          if (!old) return;
          reportUnreserved(node.nameSpan, "enumValueDeletedWithoutReserved", { enum: node.name }, deletedEnumValues(old, node));
          reportDropped(node.name, "value", node.nameSpan, droppedEnumReservations(old, node));
        },
      };
    });
  },
});

import type { EnumDecl, Message, ProtoFile } from "../proto-checks/ast.js";
import { declarationsOf, HISTORY_OPTIONS_SCHEMA, historyFor, lazyImportedKinds, versionsOf, type Declarations, type HistoryOptions } from "../proto-checks/history-context.js";
import type { ProtoRuleTypes } from "../proto-checks/rule-types.js";
import { formatRange } from "../proto-checks/numbering.js";
import { deletedEnumValues, deletedFields, droppedEnumReservations, droppedReservations, type DroppedReservation } from "../proto-checks/wire-diff.js";
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

    function missingParts(number: number, name: string, numberReserved: boolean, nameReserved: boolean) {
      const missing = [numberReserved ? "" : "its number", nameReserved ? "" : "its name"].filter(Boolean).join(" and ");
      const fix = [numberReserved ? "" : `\`reserved ${number};\``, nameReserved ? "" : `\`reserved "${name}";\``].filter(Boolean).join(" and ");
      return { missing, fix };
    }

    function reportDropped(owner: string, member: "field" | "value", nameSpan: { start: number; end: number }, dropped: DroppedReservation[]): void {
      for (const entry of dropped) {
        const what = entry.range ? formatRange(entry.range) : `"${entry.name}"`;
        context.report({ loc: context.sourceCode.getLoc(nameSpan), messageId: "reservationDropped", data: { message: owner, member, ref, what } });
      }
    }
    let file: ProtoFile;
    let declarations: Declarations;
    const importedKinds = lazyImportedKinds(context.physicalFilename, () => file);
    return {
      ProtoFile(node: ProtoFile) {
        file = node;
        declarations = declarationsOf(node);
      },
      Message(message: Message) {
        const versions = versionsOf(message, file, declarations, snapshot, importedKinds);
        if (!versions) return;
        for (const { old, numberReserved, nameReserved } of deletedFields(versions[0].message, message)) {
          if (numberReserved && nameReserved) continue;
          const { missing, fix } = missingParts(old.number, old.name, numberReserved, nameReserved);
          context.report({
            loc: context.sourceCode.getLoc(message.nameSpan),
            messageId: "deletedWithoutReserved",
            data: { name: old.name, number: String(old.number), message: message.name, ref, missing, fix },
          });
        }
        reportDropped(message.name, "field", message.nameSpan, droppedReservations(versions[0].message, message));
      },
      Enum(node: EnumDecl) {
        const old = snapshot.enums.get(node.fullName);
        if (!old) return;
        for (const { old: value, numberReserved, nameReserved } of deletedEnumValues(old, node)) {
          if (numberReserved && nameReserved) continue;
          const { missing, fix } = missingParts(value.number, value.name, numberReserved, nameReserved);
          context.report({
            loc: context.sourceCode.getLoc(node.nameSpan),
            messageId: "enumValueDeletedWithoutReserved",
            data: { name: value.name, number: String(value.number), enum: node.name, ref, missing, fix },
          });
        }
        reportDropped(node.name, "value", node.nameSpan, droppedEnumReservations(old, node));
      },
    };
  },
});

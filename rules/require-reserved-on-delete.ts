import type { Message, ProtoFile } from "../proto-checks/ast.js";
import { enumsOf, HISTORY_OPTIONS_SCHEMA, historyFor, versionsOf, type HistoryOptions } from "../proto-checks/history-context.js";
import type { ProtoRuleTypes } from "../proto-checks/rule-types.js";
import { formatRange } from "../proto-checks/numbering.js";
import { deletedFields, droppedReservations } from "../proto-checks/wire-diff.js";
import { createLanguageRule } from "../src/util/create-language-rule.js";

type MessageIds = "deletedWithoutReserved" | "reservationDropped" | "historyUnavailable";

export default createLanguageRule<ProtoRuleTypes<[HistoryOptions?], MessageIds>>({
  name: "require-reserved-on-delete",
  meta: {
    type: "problem",
    docs: {
      description: "Require the number and name of a field deleted since a git ref to be reserved, and reservations to stay",
      preset: "recommended",
      severity: "error",
      input: "proto",
    },
    schema: HISTORY_OPTIONS_SCHEMA as never,
    messages: {
      deletedWithoutReserved:
        "Field '{{name}} = {{number}}' of '{{message}}' was deleted since {{ref}} without reserving {{missing}}: a later field could reuse it and misread old data. Add {{fix}}.",
      reservationDropped:
        "'{{message}}' reserved {{what}} at {{ref}} and no longer does: the next field added may take it and misread old data. Keep `reserved {{what}};`.",
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
          context.report({ loc: { line: 1, column: 0 }, messageId: "historyUnavailable", data: { ref: history.ref, reason: history.reason } });
        },
      };
    }
    const { ref, snapshot } = history;
    let file: ProtoFile;
    let currentEnums: Set<string>;
    return {
      ProtoFile(node: ProtoFile) {
        file = node;
        currentEnums = enumsOf(node);
      },
      Message(message: Message) {
        const versions = versionsOf(message, file, currentEnums, snapshot);
        if (!versions) return;
        for (const { old, numberReserved, nameReserved } of deletedFields(versions[0].message, message)) {
          if (numberReserved && nameReserved) continue;
          const missing = [numberReserved ? "" : "its number", nameReserved ? "" : "its name"].filter(Boolean).join(" and ");
          const fix = [numberReserved ? "" : `\`reserved ${old.number};\``, nameReserved ? "" : `\`reserved "${old.name}";\``]
            .filter(Boolean)
            .join(" and ");
          context.report({
            loc: context.sourceCode.getLoc(message.nameSpan),
            messageId: "deletedWithoutReserved",
            data: { name: old.name, number: String(old.number), message: message.name, ref, missing, fix },
          });
        }
        for (const dropped of droppedReservations(versions[0].message, message)) {
          const what = dropped.range ? formatRange(dropped.range) : `"${dropped.name}"`;
          context.report({ loc: context.sourceCode.getLoc(message.nameSpan), messageId: "reservationDropped", data: { message: message.name, ref, what } });
        }
      },
    };
  },
});

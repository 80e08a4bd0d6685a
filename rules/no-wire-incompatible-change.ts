import type { EnumDecl, Message } from "../proto-checks/ast.js";
import { HISTORY_OPTIONS_SCHEMA, historyListeners, type HistoryOptions } from "../proto-checks/history-context.js";
import type { ProtoRuleTypes } from "../proto-checks/rule-types.js";
import { reusedEnumNumbers, wireChanges } from "../proto-checks/wire-diff.js";
import { createLanguageRule } from "../src/util/create-language-rule.js";

type MessageIds =
  | "typeChanged"
  | "cardinalityChanged"
  | "renumbered"
  | "reservedNumberReused"
  | "intoExistingOneof"
  | "mergedIntoNewOneof"
  | "enumReservedNumberReused"
  | "historyUnavailable";

export default createLanguageRule<ProtoRuleTypes<[HistoryOptions?], MessageIds>>({
  name: "no-wire-incompatible-change",
  meta: {
    type: "problem",
    docs: {
      description: "Disallow changes since a git ref that make old and new readers decode a message differently",
      preset: "recommended",
      severity: "error",
      input: "proto",
    },
    schema: HISTORY_OPTIONS_SCHEMA,
    messages: {
      typeChanged:
        "Field number {{number}} was '{{oldType}} {{oldName}}' at {{ref}} and is now '{{newType}} {{name}}': each side misreads the other's data. Keep the old type, or add a field with a fresh number and reserve {{number}}.",
      cardinalityChanged:
        "Field number {{number}} '{{name}}' changed between singular and packed repeated since {{ref}}: a singular reader drops packed data. Keep the cardinality, or add a field with a fresh number.",
      renumbered:
        "Field '{{name}}' was number {{oldNumber}} at {{ref}} and is now {{number}}: data written under {{oldNumber}} is no longer read as '{{name}}'. Keep number {{oldNumber}}.",
      reservedNumberReused:
        "Field number {{number}} of '{{name}}' was reserved at {{ref}}: old data may still carry the deleted field that had it. Use a fresh number and keep the reservation.",
      intoExistingOneof:
        "Field '{{name}}' ({{number}}) moved into oneof '{{oneof}}', which existed at {{ref}}: an old message that set both loses one of them when decoded. Leave '{{name}}' outside the oneof.",
      mergedIntoNewOneof:
        "Fields '{{other}}' and '{{name}}' both existed at {{ref}} and now share the new oneof '{{oneof}}': an old message that set both loses one of them when decoded. Move at most one existing field into a new oneof.",
      enumReservedNumberReused:
        "Enum value '{{name}} = {{number}}' takes a number '{{enum}}' reserved at {{ref}}: old data holding the deleted value now reads as '{{name}}'. Use a fresh number and keep the reservation.",
      historyUnavailable: "Cannot compare .proto files with '{{ref}}': {{reason}}",
    },
  },
  create(context) {
    const sourceCode = context.sourceCode;
    return historyListeners(context, ({ ref, snapshot, versionsOf }) => ({
      Enum(node: EnumDecl) {
        const old = snapshot.enums.get(node.fullName);
        if (!old) return;
        for (const value of reusedEnumNumbers(old, node)) {
          context.report({
            loc: sourceCode.getLoc(value),
            messageId: "enumReservedNumberReused",
            data: { name: value.name, number: String(value.number), enum: node.name, ref },
          });
        }
      },
      Message(message: Message) {
        const versions = versionsOf(message);
        if (!versions) return;
        for (const change of wireChanges(...versions)) {
          const { field } = change;
          const base = { name: field.name, number: String(field.number), ref };
          switch (change.kind) {
            case "typeChanged":
              context.report({
                loc: sourceCode.getLoc(field),
                messageId: "typeChanged",
                data: { ...base, oldType: change.oldType, oldName: change.old.name, newType: change.newType },
              });
              break;
            case "renumbered":
              context.report({ loc: sourceCode.getLoc(field.numberSpan), messageId: "renumbered", data: { ...base, oldNumber: String(change.old.number) } });
              break;
            case "intoExistingOneof":
              context.report({ loc: sourceCode.getLoc(field), messageId: "intoExistingOneof", data: { ...base, oneof: field.oneof ?? "" } });
              break;
            case "mergedIntoNewOneof":
              context.report({
                loc: sourceCode.getLoc(field),
                messageId: "mergedIntoNewOneof",
                data: { ...base, oneof: field.oneof ?? "", other: change.other.name },
              });
              break;
            default:
              context.report({ loc: sourceCode.getLoc(field.numberSpan), messageId: change.kind, data: base });
          }
        }
      },
    }));
  },
});

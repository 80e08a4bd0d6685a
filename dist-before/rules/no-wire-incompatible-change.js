import { rpcChanges } from "../proto-checks/rpc-diff.js";
import { HISTORY_OPTIONS_SCHEMA, historyListeners } from "../proto-checks/history-context.js";
import { reusedEnumNumbers, wireChanges } from "../proto-checks/wire-diff.js";
import { createLanguageRule } from "../src/util/create-language-rule.js";
export default createLanguageRule({
    name: "no-wire-incompatible-change",
    meta: {
        type: "problem",
        docs: {
            description: "Disallow changes since a git ref that make old and new clients and servers read each other's messages or calls differently",
            preset: "recommended",
            severity: "error",
            input: "proto",
        },
        schema: HISTORY_OPTIONS_SCHEMA,
        messages: {
            typeChanged: "Field number {{number}} was '{{oldType}} {{oldName}}' at {{ref}} and is now '{{newType}} {{name}}': each side misreads the other's data. Keep the old type, or add a field with a fresh number and reserve {{number}}.",
            cardinalityChanged: "Field number {{number}} '{{name}}' changed between singular and packed repeated since {{ref}}: a singular reader drops packed data. Keep the cardinality, or add a field with a fresh number.",
            renumbered: "Field '{{name}}' was number {{oldNumber}} at {{ref}} and is now {{number}}: data written under {{oldNumber}} is no longer read as '{{name}}'. Keep number {{oldNumber}}.",
            reservedNumberReused: "Field number {{number}} of '{{name}}' was reserved at {{ref}}: old data may still carry the deleted field that had it. Use a fresh number and keep the reservation.",
            intoExistingOneof: "Field '{{name}}' ({{number}}) moved into oneof '{{oneof}}', which existed at {{ref}}: an old message that set both loses one of them when decoded. Leave '{{name}}' outside the oneof.",
            mergedIntoNewOneof: "Fields '{{other}}' and '{{name}}' both existed at {{ref}} and now share the new oneof '{{oneof}}': an old message that set both loses one of them when decoded. Move at most one existing field into a new oneof.",
            enumReservedNumberReused: "Enum value '{{name}} = {{number}}' takes a number '{{enum}}' reserved at {{ref}}: old data holding the deleted value now reads as '{{name}}'. Use a fresh number and keep the reservation.",
            numberTakenOver: "Field number {{number}} was '{{oldName}}' at {{ref}} and is now '{{name}}', and '{{oldName}}' is now number {{movedNumber}}: old writers' '{{oldName}}' is read as '{{name}}', and code or JSON still using the name '{{oldName}}' writes a number old readers do not know. Keep each name on its number: put '{{oldName}}' back at {{number}}, or give the new field another name.",
            requestTypeChanged: "Method '{{method}}' took '{{oldType}}' at {{ref}} and now takes '{{newType}}': old clients send bytes the server decodes as the other type. Keep the request type, or add a new method.",
            responseTypeChanged: "Method '{{method}}' returned '{{oldType}}' at {{ref}} and now returns '{{newType}}': old clients decode the reply as the other type. Keep the response type, or add a new method.",
            clientStreamingChanged: "Method '{{method}}' {{change}} client streaming since {{ref}}: Connect clients use a different protocol for unary and streaming calls (the server answers 415), grpc-js rejects a second request message on a unary-request method (UNIMPLEMENTED), and generated stubs change shape. Add a new method instead.",
            serverStreamingChanged: "Method '{{method}}' {{change}} server streaming since {{ref}}: Connect clients use a different protocol for unary and streaming calls (the server answers 415), grpc-js fails a unary-response call that receives a second message (UNIMPLEMENTED), and generated stubs change shape. Add a new method instead.",
            idempotencyChanged: "Method '{{method}}' was {{oldLevel}} at {{ref}} and is now {{newLevel}}: Connect serves GET only for NO_SIDE_EFFECTS methods (clients with useHttpGet get 405 from the side that disagrees), and retry and hedging policies chosen for the old level no longer fit. Keep the level, or change it together with every client's and config's.",
            historyUnavailable: "Cannot compare .proto files with '{{ref}}': {{reason}}",
        },
    },
    create(context) {
        const sourceCode = context.sourceCode;
        return historyListeners(context, ({ ref, snapshot, versionsOf, resolvePrevious, resolveCurrent, messagesCompatible }) => ({
            Service(node) {
                const old = snapshot.services.get(node.fullName);
                if (!old)
                    return;
                const scope = node.fullName.slice(0, Math.max(0, node.fullName.length - node.name.length - 1));
                const types = {
                    previous: (type) => resolvePrevious(type, old.package),
                    current: (type) => resolveCurrent(type, scope),
                    compatible: messagesCompatible,
                };
                for (const method of node.methods) {
                    const before = old.methods.get(method.name);
                    if (!before)
                        continue;
                    for (const change of rpcChanges(before, method, types)) {
                        const base = { method: method.name, ref };
                        switch (change.kind) {
                            case "requestTypeChanged":
                            case "responseTypeChanged":
                                context.report({ loc: sourceCode.getLoc(method.nameSpan), messageId: change.kind, data: { ...base, oldType: change.oldType, newType: change.newType } });
                                break;
                            case "clientStreamingChanged":
                            case "serverStreamingChanged":
                                context.report({ loc: sourceCode.getLoc(method.nameSpan), messageId: change.kind, data: { ...base, change: change.nowStreaming ? "became" : "is no longer" } });
                                break;
                            case "idempotencyChanged":
                                context.report({ loc: sourceCode.getLoc(method.nameSpan), messageId: change.kind, data: { ...base, oldLevel: change.oldLevel, newLevel: change.newLevel } });
                                break;
                        }
                    }
                }
            },
            Enum(node) {
                const old = snapshot.enums.get(node.fullName);
                if (!old)
                    return;
                for (const value of reusedEnumNumbers(old, node)) {
                    context.report({
                        loc: sourceCode.getLoc(value),
                        messageId: "enumReservedNumberReused",
                        data: { name: value.name, number: String(value.number), enum: node.name, ref },
                    });
                }
            },
            Message(message) {
                const versions = versionsOf(message);
                if (!versions)
                    return;
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
                        case "numberTakenOver":
                            context.report({
                                loc: sourceCode.getLoc(field.numberSpan),
                                messageId: "numberTakenOver",
                                data: { ...base, oldName: change.old.name, movedNumber: String(change.moved.number) },
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

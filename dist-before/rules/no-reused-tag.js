import { extensionRange, formatRange, invalidNumber, numberedFields, reservedName, reservedNumber, } from "../proto-checks/numbering.js";
import { createLanguageRule } from "../src/util/create-language-rule.js";
export default createLanguageRule({
    name: "no-reused-tag",
    meta: {
        type: "problem",
        docs: {
            description: "Disallow a field number used twice in one message, or a field on a reserved number or name",
            preset: "recommended",
            severity: "error",
            input: "proto",
        },
        schema: [],
        messages: {
            reused: "Field number {{number}} of '{{name}}' is already used by '{{firstName}}' (line {{firstLine}}) in {{scope}}: readers would decode one field as the other. Give '{{name}}' an unused number.",
            reservedNumber: "Field number {{number}} of '{{name}}' is reserved in {{scope}} ('reserved {{range}}', line {{line}}): it belonged to a deleted field and old data still carries it. Use an unused number.",
            reservedName: "Field name '{{name}}' is reserved in {{scope}} (line {{line}}): it belonged to a deleted field and JSON or text-format data may still use it. Choose another name.",
            extensionRange: "Field number {{number}} of '{{name}}' lies in the extension range {{range}} of {{scope}}: an extension could claim the same number. Use a number outside the range.",
            outOfRange: "Field number {{number}} of '{{name}}' is not valid: field numbers run from 1 to 536,870,911. Use a number in that range.",
            implementationReserved: "Field number {{number}} of '{{name}}' is in 19000-19999, which protobuf reserves for itself: protoc rejects it. Use another number.",
        },
    },
    create(context) {
        const sourceCode = context.sourceCode;
        const lineOf = (offset) => sourceCode.getLoc({ start: offset, end: offset }).start.line;
        function checkNumberValid(field) {
            const problem = invalidNumber(field.number, field.parent?.type === "Extend");
            if (problem)
                context.report({ loc: sourceCode.getLoc(field.numberSpan), messageId: problem, data: { number: String(field.number), name: field.name } });
            return !problem;
        }
        function checkDuplicates(fields, scope) {
            const firstByNumber = new Map();
            for (const field of fields) {
                if (Number.isNaN(field.number))
                    continue;
                const first = firstByNumber.get(field.number);
                if (!first) {
                    firstByNumber.set(field.number, field);
                    continue;
                }
                context.report({
                    loc: sourceCode.getLoc(field.numberSpan),
                    messageId: "reused",
                    data: { number: String(field.number), name: field.name, firstName: first.name, firstLine: String(lineOf(first.start)), scope },
                });
            }
        }
        function checkExtendBlocks(extendBlocks) {
            // Two blocks extending the same message in one scope draw from one pool of numbers.
            const byExtendee = new Map();
            for (const block of extendBlocks) {
                const key = block.extendee.replace(/^\./, "");
                const fields = byExtendee.get(key) ?? [];
                for (const field of block.fields)
                    if (checkNumberValid(field))
                        fields.push(field);
                byExtendee.set(key, fields);
            }
            for (const [extendee, fields] of byExtendee)
                checkDuplicates(fields, `the extensions of '${extendee}'`);
        }
        return {
            ProtoFile(file) {
                checkExtendBlocks(file.body.filter((node) => node.type === "Extend"));
            },
            Message(message) {
                const scope = `${message.isGroup ? "group" : "message"} '${message.name}'`;
                const valid = [];
                for (const field of numberedFields(message)) {
                    if (!checkNumberValid(field))
                        continue;
                    valid.push(field);
                    const reserved = reservedNumber(message, field.number);
                    if (reserved) {
                        context.report({
                            loc: sourceCode.getLoc(field.numberSpan),
                            messageId: "reservedNumber",
                            data: { number: String(field.number), name: field.name, scope, range: formatRange(reserved.range), line: String(lineOf(reserved.declaration.start)) },
                        });
                        continue;
                    }
                    const extensions = extensionRange(message, field.number);
                    if (extensions) {
                        context.report({
                            loc: sourceCode.getLoc(field.numberSpan),
                            messageId: "extensionRange",
                            data: { number: String(field.number), name: field.name, scope, range: formatRange(extensions) },
                        });
                    }
                }
                for (const field of numberedFields(message)) {
                    if (field.kind === "group")
                        continue; // a group's field name is derived from its type name
                    const reserved = reservedName(message, field.name);
                    if (reserved) {
                        context.report({ loc: sourceCode.getLoc(field.nameSpan), messageId: "reservedName", data: { name: field.name, scope, line: String(lineOf(reserved.start)) } });
                    }
                }
                checkDuplicates(valid, scope);
                checkExtendBlocks(message.body.filter((member) => member.type === "Extend"));
            },
        };
    },
});

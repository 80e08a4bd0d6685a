import type { Message, Method, ProtoFile } from "../proto-checks/ast.js";
import { resolveTypeName } from "../proto-checks/names.js";
import { numberedFields } from "../proto-checks/numbering.js";
import type { ProtoRuleTypes } from "../proto-checks/rule-types.js";
import { forEachDeclaration } from "../proto-checks/walk.js";
import { importedDeclarations, lookUp, type FileDeclarations } from "../proto-checks/imports.js";
import { methodIdempotency, repeatDuplicatesEffect, dedupFieldOf } from "../src/core/policy/index.js";
import { createLanguageRule } from "../src/util/create-language-rule.js";
import { readSettings } from "../src/util/settings.js";

interface Options {
  /** More field names that carry an idempotency key in this project. */
  keyFields?: string[];
}

export default createLanguageRule<ProtoRuleTypes<[Options?], "missingKey">>({
  name: "require-idempotency-key",
  meta: {
    type: "suggestion",
    docs: {
      description: "Require methods whose repeat would duplicate an effect to carry an idempotency key or declare an idempotency level",
      preset: "strict",
      severity: "warn",
      input: "proto",
    },
    schema: [
      {
        type: "object",
        properties: { keyFields: { type: "array", items: { type: "string", minLength: 1 }, uniqueItems: true } },
        additionalProperties: false,
      },
    ],
    messages: {
      missingKey:
        "Method '{{method}}' changes state ({{reason}}) but its request '{{request}}' has no request_id-style field and the method declares no idempotency_level: a retry after an ambiguous timeout may apply the change twice. Add a `string request_id` the server deduplicates on, or set `option idempotency_level = IDEMPOTENT;` if a repeat is harmless.",
    },
  },
  create(context) {
    const settings = readSettings(context);
    const extraKeys = new Set((context.options[0])?.keyFields ?? []);
    let file: ProtoFile;
    const localMessages = new Map<string, Message>();

    let imported: FileDeclarations[] | undefined;

    function requestFields(method: Method): string[] | undefined {
      if (/^\.?google\.protobuf\.Empty$/.test(method.inputType)) return [];
      const local = resolveTypeName(method.inputType, file.package, (name) => localMessages.has(name));
      if (local) return numberedFields(localMessages.get(local)!).map((field) => field.name);
      // The request lives in an imported file (each parsed once per process).
      imported ??= importedDeclarations(context.physicalFilename, file);
      const fieldsOf = (name: string) => lookUp(imported!, (declarations) => declarations.fields.get(name));
      const resolved = resolveTypeName(method.inputType, file.package, (name) => fieldsOf(name) !== undefined);
      return resolved ? fieldsOf(resolved) : undefined;
    }

    return {
      ProtoFile(node: ProtoFile) {
        file = node;
        forEachDeclaration(node, { message: (message) => localMessages.set(message.fullName, message) });
      },
      Method(method: Method) {
        const idempotency = methodIdempotency(method, settings.idempotency);
        // Only a name that says "a repeat adds a second effect" is evidence enough to demand a key.
        if (!repeatDuplicatesEffect(idempotency)) return;
        const fields = requestFields(method);
        if (!fields) return; // request type not found: say nothing rather than guess
        if (dedupFieldOf(method.name, fields, extraKeys) !== undefined) return;
        context.report({
          loc: context.sourceCode.getLoc(method.nameSpan),
          messageId: "missingKey",
          data: { method: method.name, reason: idempotency.reason, request: method.inputType },
        });
      },
    };
  },
});

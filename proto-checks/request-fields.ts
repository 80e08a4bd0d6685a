/**
 * A method's request message as a rule sees it: declared in the file being linted (with its
 * fields, for positions), or in a file it imports (field names only), or out of sight.
 */
import type { Field, Message, Method, ProtoFile } from "./ast.js";
import { importedDeclarations, lookUp, type FileDeclarations } from "./imports.js";
import { resolveTypeName } from "./names.js";
import { numberedFields } from "./numbering.js";
import { forEachDeclaration } from "./walk.js";

export type RequestMessage =
  | { where: "local"; message: Message; fields: Field[]; names: string[] }
  | { where: "imported"; names: string[] }
  /** `google.protobuf.Empty`: a request with no fields. */
  | { where: "empty"; names: [] };

/** Finds request messages for the methods of one file; imported files are read on first need, under `roots` only. */
export function requestResolver(filename: string, file: ProtoFile, roots: readonly string[]): (method: Method) => RequestMessage | undefined {
  const localMessages = new Map<string, Message>();
  forEachDeclaration(file, { message: (message) => localMessages.set(message.fullName, message) });
  let imported: FileDeclarations[] | undefined;
  return (method) => {
    if (/^\.?google\.protobuf\.Empty$/.test(method.inputType)) return { where: "empty", names: [] };
    const local = resolveTypeName(method.inputType, file.package, (name) => localMessages.has(name));
    if (local) {
      const message = localMessages.get(local)!;
      const fields = numberedFields(message);
      return { where: "local", message, fields, names: fields.map((field) => field.name) };
    }
    imported ??= importedDeclarations(filename, file, roots);
    const fieldsOf = (name: string) => lookUp(imported!, (declarations) => declarations.fields.get(name));
    const resolved = resolveTypeName(method.inputType, file.package, (name) => fieldsOf(name) !== undefined);
    return resolved ? { where: "imported", names: fieldsOf(resolved)! } : undefined;
  };
}

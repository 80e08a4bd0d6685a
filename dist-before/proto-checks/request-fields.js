import { importedDeclarations, lookUp } from "./imports.js";
import { resolveTypeName } from "./names.js";
import { numberedFields } from "./numbering.js";
import { forEachDeclaration } from "./walk.js";
/** Finds request messages for the methods of one file; imported files are read on first need. */
export function requestResolver(filename, file) {
    const localMessages = new Map();
    forEachDeclaration(file, { message: (message) => localMessages.set(message.fullName, message) });
    let imported;
    return (method) => {
        if (/^\.?google\.protobuf\.Empty$/.test(method.inputType))
            return { where: "empty", names: [] };
        const local = resolveTypeName(method.inputType, file.package, (name) => localMessages.has(name));
        if (local) {
            const message = localMessages.get(local);
            const fields = numberedFields(message);
            return { where: "local", message, fields, names: fields.map((field) => field.name) };
        }
        imported ??= importedDeclarations(filename, file);
        const fieldsOf = (name) => lookUp(imported, (declarations) => declarations.fields.get(name));
        const resolved = resolveTypeName(method.inputType, file.package, (name) => fieldsOf(name) !== undefined);
        return resolved ? { where: "imported", names: fieldsOf(resolved) } : undefined;
    };
}

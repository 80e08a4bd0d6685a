import { readSettings } from "../../util/settings.js";
const contexts = new WeakMap();
export function fileContext(context) {
    const cached = contexts.get(context.sourceCode);
    if (cached)
        return cached;
    // Read directly: getParserServices throws under parsers that give no services at all (espree),
    // and typescript-eslint without a project gives services with no program.
    const services = context.sourceCode.parserServices;
    const typed = services?.program && services.esTreeNodeToTSNodeMap ? services : undefined;
    const file = { sourceCode: context.sourceCode, services: typed, settings: readSettings(context), cwd: context.cwd ?? process.cwd(), filename: context.filename ?? "file.ts" };
    contexts.set(context.sourceCode, file);
    return file;
}

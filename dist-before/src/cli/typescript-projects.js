import { dirname, resolve } from "node:path";
import ts from "typescript";
/** "No inputs were found": a tsconfig that covers nothing is not broken. */
const NO_INPUTS = 18003;
/**
 * Reads each tsconfig's file list without building a program: typescript-eslint's project service
 * builds the one program per tsconfig later, during the lint. Knowing coverage up front lets files
 * that no tsconfig includes (or whose tsconfig is broken) go to an untyped block instead of
 * becoming fatal parse errors.
 */
export function resolveTypeScriptProjects(tsconfigs) {
    const covered = new Set();
    const warnings = [];
    const brokenDirs = [];
    for (const tsconfig of tsconfigs) {
        const read = ts.readConfigFile(tsconfig, (path) => ts.sys.readFile(path));
        if (read.error) {
            warnings.push(`${tsconfig}: ${flatten(read.error)}; its files are checked without type information`);
            brokenDirs.push(dirname(tsconfig));
            continue;
        }
        const parsed = ts.parseJsonConfigFileContent(read.config, ts.sys, dirname(tsconfig), undefined, tsconfig);
        const fatal = parsed.errors.find((error) => error.category === ts.DiagnosticCategory.Error && error.code !== NO_INPUTS);
        if (fatal) {
            warnings.push(`${tsconfig}: ${flatten(fatal)}; its files are checked without type information`);
            brokenDirs.push(dirname(tsconfig));
            continue;
        }
        for (const file of parsed.fileNames)
            covered.add(resolve(file));
    }
    return { covered, warnings, brokenDirs };
}
function flatten(diagnostic) {
    return ts.flattenDiagnosticMessageText(diagnostic.messageText, " ").replace(/\.$/, "");
}

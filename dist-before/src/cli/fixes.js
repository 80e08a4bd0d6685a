import { realpathSync, statSync } from "node:fs";
import { writeFileAtomic } from "../util/atomic-write.js";
/**
 * Writes the fixed text of every result that has one (`--fix`). Atomic, so an interrupted run leaves
 * each file either as it was or fully fixed; through symlinks to the file they name, and with the
 * file's permissions kept, as an in-place write would.
 */
export function writeFixes(results) {
    let written = 0;
    for (const result of results) {
        if (typeof result.output !== "string")
            continue;
        const target = realpathSync(result.filePath);
        writeFileAtomic(target, result.output, statSync(target).mode & 0o7777);
        written++;
    }
    return written;
}

import { existsSync, readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
// Walks up instead of a fixed "../../package.json" so the same code works from src/ (tests) and dist/src/ (built).
function findPackageRoot(start) {
    let dir = start;
    for (;;) {
        const candidate = join(dir, "package.json");
        if (existsSync(candidate)) {
            const json = JSON.parse(readFileSync(candidate, "utf8"));
            if (json.name === "eslint-plugin-grpc-review")
                return dir;
        }
        const parent = dirname(dir);
        if (parent === dir)
            throw new Error("grpc-review: cannot find its own package.json");
        dir = parent;
    }
}
const root = findPackageRoot(dirname(fileURLToPath(import.meta.url)));
const json = JSON.parse(readFileSync(join(root, "package.json"), "utf8"));
export const packageInfo = { name: json.name, version: json.version, root };

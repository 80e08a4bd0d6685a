import { execFileSync } from "node:child_process";
/** Runs git in `cwd` and returns its output, or undefined when git fails (not a repo, unknown ref). */
export function gitOutput(cwd, args, maxBuffer = 16 * 1024 * 1024) {
    try {
        return execFileSync("git", args, { cwd, encoding: "utf8", maxBuffer, stdio: ["ignore", "pipe", "ignore"] });
    }
    catch {
        return undefined;
    }
}
export function gitRoot(dir) {
    return gitOutput(dir, ["rev-parse", "--show-toplevel"])?.trim();
}

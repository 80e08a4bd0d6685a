import { statSync } from "node:fs";
import { dirname } from "node:path";
import { UsageError } from "./args.js";
import { gitOutput as git, gitRoot } from "./git.js";
/**
 * `--against` is checked once, before linting: a wrong ref is a usage error of the command, not a
 * finding on every .proto file (the rules still report it as a finding when run through `eslint`).
 */
export function checkAgainstRef(ref, targets) {
    for (const target of targets) {
        const dir = statSync(target).isDirectory() ? target : dirname(target);
        if (gitRoot(dir) === undefined) {
            throw new UsageError(`--against ${ref}: ${target} is not inside a git repository`);
        }
        if (git(dir, ["rev-parse", "--verify", "--quiet", `${ref}^{commit}`]) === undefined) {
            const shallow = git(dir, ["rev-parse", "--is-shallow-repository"])?.trim() === "true";
            throw new UsageError(shallow
                ? `--against ${ref}: unknown in this shallow clone; fetch more history (git fetch --deepen=100, or fetch-depth: 0 in actions/checkout)`
                : `--against ${ref}: no such commit, branch or tag`);
        }
    }
}

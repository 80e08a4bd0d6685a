/**
 * The .proto tree as it was at a git ref, read with `git ls-tree` and `git cat-file --batch`
 * (the work tree and index are never touched). One snapshot per repository and ref per process.
 */
import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { forEachDeclaration, syntaxOf } from "./walk.js";
import { parseProto } from "./parser.js";
import { isDeprecated, signatureOf } from "./rpc-diff.js";
const MAX_GIT_OUTPUT = 2 ** 31 - 1;
const repositoryRoots = new Map();
const snapshots = new Map();
/** A failure (unknown ref, shallow clone) is retried after this long: the user may have fetched since. */
const RETRY_FAILURE_AFTER_MS = 10_000;
/** The work tree root containing `path`, found by looking for `.git` (a directory, or a file in worktrees). */
export function findRepositoryRoot(path) {
    const start = resolve(path);
    const visited = [];
    let dir = start;
    let root;
    for (;;) {
        if (repositoryRoots.has(dir)) {
            root = repositoryRoots.get(dir);
            break;
        }
        visited.push(dir);
        if (existsSync(join(dir, ".git"))) {
            root = dir;
            break;
        }
        const parent = dirname(dir);
        if (parent === dir)
            break;
        dir = parent;
    }
    for (const seen of visited)
        repositoryRoots.set(seen, root);
    return root;
}
function git(cwd, args, input) {
    return spawnSync("git", args, { cwd, input, maxBuffer: MAX_GIT_OUTPUT, windowsHide: true });
}
/** The snapshot of the repository containing `filePath` at `ref`, or why there is none. */
export function loadSnapshot(filePath, ref) {
    const repositoryRoot = findRepositoryRoot(dirname(filePath));
    if (!repositoryRoot) {
        return { ok: false, reason: `'${filePath}' is not inside a git repository, so there is no history to compare against '${ref}'.`, repositoryRoot };
    }
    const key = `${repositoryRoot}\0${ref}`;
    const cached = snapshots.get(key);
    if (cached && (cached.result.ok || Date.now() - cached.at < RETRY_FAILURE_AFTER_MS))
        return cached.result;
    const result = readSnapshot(repositoryRoot, ref);
    snapshots.set(key, { result, at: Date.now() });
    return result;
}
function readSnapshot(repositoryRoot, ref) {
    const fail = (reason) => ({ ok: false, reason, repositoryRoot });
    if (ref.startsWith("-"))
        return fail(`'${ref}' is not a git ref.`);
    const verified = git(repositoryRoot, ["rev-parse", "--verify", "--quiet", "--end-of-options", `${ref}^{commit}`]);
    if (verified.error)
        return fail(`git could not be run (${verified.error.message}).`);
    if (verified.status !== 0) {
        const shallow = git(repositoryRoot, ["rev-parse", "--is-shallow-repository"]).stdout?.toString().trim() === "true";
        return fail(shallow
            ? `git ref '${ref}' is not in this shallow clone. Fetch more history (\`git fetch --deepen=<n>\` or \`git fetch origin ${ref}\`; in GitHub Actions set \`fetch-depth: 0\` on actions/checkout).`
            : `git ref '${ref}' does not exist in ${repositoryRoot}. Check the name (\`git rev-parse ${ref}\`), or fetch it first.`);
    }
    const commit = verified.stdout.toString().trim();
    const listing = git(repositoryRoot, ["ls-tree", "-r", "-z", "--name-only", commit]);
    if (listing.status !== 0)
        return fail(`git ls-tree ${commit} failed: ${listing.stderr.toString().trim()}`);
    const paths = listing.stdout.toString("utf8").split("\0").filter((path) => path.endsWith(".proto"));
    const snapshot = { ref, commit, repositoryRoot, messages: new Map(), enums: new Map(), services: new Map() };
    if (paths.length === 0)
        return { ok: true, snapshot };
    const contents = git(repositoryRoot, ["cat-file", "--batch"], paths.map((path) => `${commit}:${path}\n`).join(""));
    if (contents.status !== 0)
        return fail(`git cat-file failed: ${contents.stderr.toString().trim()}`);
    const out = contents.stdout;
    let offset = 0;
    for (const path of paths) {
        const headerEnd = out.indexOf(10, offset);
        if (headerEnd === -1)
            break;
        const header = out.toString("utf8", offset, headerEnd).split(" ");
        offset = headerEnd + 1;
        if (header[1] !== "blob")
            continue; // "missing": submodule or unreadable entry
        const size = Number(header[2]);
        addFile(snapshot, path, out.toString("utf8", offset, offset + size));
        offset += size + 1;
    }
    return { ok: true, snapshot };
}
function addFile(snapshot, path, text) {
    const { file } = parseProto(text);
    // Only messages are kept: drop what would pin the whole file (its line table, its back-links).
    const syntax = syntaxOf(file);
    file.lineStarts.length = 0;
    for (const node of file.body) {
        node.parent = undefined;
        if (node.type !== "Service")
            continue;
        snapshot.services.set(node.fullName, {
            fullName: node.fullName,
            package: file.package,
            path,
            deprecated: isDeprecated(node.options),
            methods: new Map(node.methods.map((method) => [method.name, signatureOf(method)])),
        });
    }
    forEachDeclaration(file, {
        message(message) {
            snapshot.messages.set(message.fullName, { message, syntax, path });
            message.options = [];
            for (const member of message.body) {
                if (member.type === "Field")
                    slimField(member);
                else if (member.type === "Oneof") {
                    member.options = [];
                    member.fields.forEach(slimField);
                }
            }
        },
        enum(node) {
            snapshot.enums.set(node.fullName, node);
            node.options = [];
            for (const value of node.values)
                value.options = undefined;
        },
    });
}
/** The comparison reads only encoding options and JSON names; annotations on old fields are dropped to save memory. */
function slimField(field) {
    if (!field.options)
        return;
    const kept = field.options.filter((option) => option.name === "packed" || option.name === "json_name" || option.name.startsWith("features."));
    field.options = kept.length > 0 ? kept : undefined;
}
/** Forgets cached snapshots (tests, and editors that outlive a `git fetch`). */
export function clearSnapshots() {
    snapshots.clear();
    repositoryRoots.clear();
}

import type { EnumDecl, Message } from "./ast.js";
import { type MethodSignature } from "./rpc-diff.js";
export interface ProtoSnapshot {
    ref: string;
    /** The commit the ref named when the snapshot was taken. */
    commit: string;
    repositoryRoot: string;
    /** Every message (nested and group messages too) by fully qualified name. */
    messages: Map<string, {
        message: Message;
        syntax: string;
        path: string;
    }>;
    /** Every enum by fully qualified name: tells enum-typed (varint) fields from messages, and holds old values. */
    enums: Map<string, EnumDecl>;
    /** Every service by fully qualified name, with its methods' signatures. */
    services: Map<string, SnapshotService>;
}
export interface SnapshotService {
    fullName: string;
    /** The package the service's type names resolve in. */
    package: string;
    /** Repository-relative path of the file that declared it. */
    path: string;
    deprecated: boolean;
    methods: Map<string, MethodSignature>;
}
export type SnapshotResult = {
    ok: true;
    snapshot: ProtoSnapshot;
} | {
    ok: false;
    reason: string;
    repositoryRoot: string | undefined;
};
/** The work tree root containing `path`, found by looking for `.git` (a directory, or a file in worktrees). */
export declare function findRepositoryRoot(path: string): string | undefined;
/** The snapshot of the repository containing `filePath` at `ref`, or why there is none. */
export declare function loadSnapshot(filePath: string, ref: string): SnapshotResult;
/** Forgets cached snapshots (tests, and editors that outlive a `git fetch`). */
export declare function clearSnapshots(): void;

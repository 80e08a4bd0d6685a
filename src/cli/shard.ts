import { relative, sep } from "node:path";

/** One of `count` parts of a review (`--shard <index>/<count>`, index from 1). */
export interface Shard {
  index: number;
  count: number;
}

/** FNV-1a (32 bits) of the path: the same on every machine and Node version, unlike an object hash. */
function pathHash(path: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < path.length; i++) {
    hash ^= path.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash;
}

/**
 * Whether a file belongs to the shard. The split is by the file's path relative to the run's
 * folder, with `/` separators, so every CI job of a checkout computes the same split wherever it
 * is checked out, and each file is in exactly one shard. A file's findings do not depend on which
 * other files are linted with it (each typed file still gets its tsconfig's whole program, each
 * .proto the whole proto index), so the shards' outputs together are the unsharded report.
 */
export function inShard(file: string, shard: Shard, cwd: string): boolean {
  const key = relative(cwd, file).split(sep).join("/");
  return pathHash(key) % shard.count === shard.index - 1;
}

/**
 * Readers (CI uploaders, a concurrent run) never see a half-written report or baseline: a new file
 * or a regular one is written to a temporary file beside it and renamed over it. The rename is done
 * on the symlink's target (the link stays), keeping the file's mode (and owner, when allowed).
 * Anything else (/dev/null, a FIFO, a terminal, /dev/stdout) is written in place: a rename would
 * replace the device node or pipe with a plain file.
 */
/** `mode`: permissions to give the file (a fixed source keeps its own); default: the existing file's. */
export declare function writeFileAtomic(path: string, content: string, mode?: number): void;

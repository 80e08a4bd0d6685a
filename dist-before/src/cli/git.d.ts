/** Runs git in `cwd` and returns its output, or undefined when git fails (not a repo, unknown ref). */
export declare function gitOutput(cwd: string, args: string[], maxBuffer?: number): string | undefined;
export declare function gitRoot(dir: string): string | undefined;

export interface CliIo {
    stdout: NodeJS.WritableStream;
    stderr: NodeJS.WriteStream;
    cwd: string;
}
export declare const EXIT_OK = 0;
export declare const EXIT_FINDINGS = 1;
export declare const EXIT_USAGE_OR_INTERNAL = 2;
export declare function main(argv: string[], io?: CliIo): Promise<number>;

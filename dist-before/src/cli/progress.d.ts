/** A one-line file counter on stderr, shown only on a terminal and only once a run takes a while. */
export declare class Progress {
    private readonly stream;
    private readonly enabled;
    private readonly delayMs;
    private readonly startedAt;
    private shown;
    private label;
    constructor(stream: NodeJS.WriteStream, enabled: boolean, delayMs?: number);
    update(done: number, total: number): void;
    /** Names the phase a long run is in (the report: discovery, TypeScript, protos, configs, graph). */
    phase(label: string): void;
    finish(): void;
}

/** A one-line file counter on stderr, shown only on a terminal and only once a run takes a while. */
export class Progress {
  private readonly startedAt = Date.now();
  private shown = false;
  private label: string | undefined;

  constructor(
    private readonly stream: NodeJS.WriteStream,
    private readonly enabled: boolean,
    private readonly delayMs = 1000,
  ) {}

  update(done: number, total: number): void {
    if (!this.enabled || Date.now() - this.startedAt < this.delayMs) return;
    this.shown = true;
    this.stream.write(this.label ? `\r\x1b[Kgrpc-review: ${this.label} ${done}/${total} files` : `\rgrpc-review: ${done}/${total} files`);
  }

  /** Names the phase a long run is in (the report: discovery, TypeScript, protos, configs, graph). */
  phase(label: string): void {
    this.label = label;
    if (!this.enabled || Date.now() - this.startedAt < this.delayMs) return;
    this.shown = true;
    this.stream.write(`\r\x1b[Kgrpc-review: ${label}…`);
  }

  finish(): void {
    if (this.shown) this.stream.write("\r\x1b[K");
    this.shown = false;
  }
}

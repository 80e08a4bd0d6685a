/** A one-line file counter on stderr, shown only on a terminal and only once a run takes a while. */
export class Progress {
    stream;
    enabled;
    delayMs;
    startedAt = Date.now();
    shown = false;
    label;
    constructor(stream, enabled, delayMs = 1000) {
        this.stream = stream;
        this.enabled = enabled;
        this.delayMs = delayMs;
    }
    update(done, total) {
        if (!this.enabled || Date.now() - this.startedAt < this.delayMs)
            return;
        this.shown = true;
        this.stream.write(this.label ? `\r\x1b[Kgrpc-review: ${this.label} ${done}/${total} files` : `\rgrpc-review: ${done}/${total} files`);
    }
    /** Names the phase a long run is in (the report: discovery, TypeScript, protos, configs, graph). */
    phase(label) {
        this.label = label;
        if (!this.enabled || Date.now() - this.startedAt < this.delayMs)
            return;
        this.shown = true;
        this.stream.write(`\r\x1b[Kgrpc-review: ${label}…`);
    }
    finish() {
        if (this.shown)
            this.stream.write("\r\x1b[K");
        this.shown = false;
    }
}

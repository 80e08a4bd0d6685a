import { describe, expect, it } from "vitest";
import { Progress } from "../src/cli/progress.js";

function fakeStream(): { stream: NodeJS.WriteStream; written: () => string } {
  let text = "";
  return { stream: { write: (chunk: string) => ((text += chunk), true) } as unknown as NodeJS.WriteStream, written: () => text };
}

describe("progress line", () => {
  it("counts files and clears itself when enabled and the run is long", () => {
    const { stream, written } = fakeStream();
    const progress = new Progress(stream, true, 0);
    progress.update(50, 120);
    progress.finish();
    expect(written()).toBe("\rgrpc-review: 50/120 files\r\x1b[K");
  });

  it("stays silent when disabled (not a terminal) or before the delay", () => {
    const off = fakeStream();
    new Progress(off.stream, false, 0).update(1, 2);
    const early = fakeStream();
    const progress = new Progress(early.stream, true, 60_000);
    progress.update(1, 2);
    progress.finish();
    expect(off.written() + early.written()).toBe("");
  });
});

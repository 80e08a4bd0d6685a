import { describe, expect, it } from "vitest";
import { parseLabels, score } from "../../bench/real-world.js";

const TSV = [
  "repo\tcommit\tpath\tlines\trule\tverdict\tlibrary\treason",
  "# a comment",
  "o/r\tabc\tsrc/a.ts\t10-12\trequire-deadline\tflag\tgrpc-js\tno options",
  "o/r\tabc\tsrc/a.ts\t20\trequire-deadline\tclean\tgrpc-js\tdeadline passed",
  "o/r\tabc\tsrc/a.ts\t30\trequire-deadline\tunsure\tgrpc-js\tdepends on config",
  "o/r\tabc\tsrc/b.ts\t5\trequire-deadline\tflag\tconnect\tno timeout",
  "o/r\tabc\tsrc/b.ts\t9\tno-unbounded-stream-buffer\tclean\tconnect\tcapped",
].join("\n");

describe("bench/real-world scoring", () => {
  const labels = parseLabels(TSV, "t.tsv");

  it("reads rows, skipping the header and comments", () => {
    expect(labels.map((label) => [label.path, label.from, label.to, label.verdict])).toEqual([
      ["src/a.ts", 10, 12, "flag"],
      ["src/a.ts", 20, 20, "clean"],
      ["src/a.ts", 30, 30, "unsure"],
      ["src/b.ts", 5, 5, "flag"],
      ["src/b.ts", 9, 9, "clean"],
    ]);
    expect(() => parseLabels("o/r\tabc\tx.ts\tten\trequire-deadline\tflag\tgrpc-js\tr", "bad.tsv")).toThrow(/bad.tsv:1/);
  });

  it("counts TP once per label, FN, FP on clean labels and on unlabelled lines of covered files only", () => {
    const findings = [
      { path: "src/a.ts", line: 11, column: 3, rule: "require-deadline" },
      { path: "src/a.ts", line: 12, column: 3, rule: "require-deadline" },
      { path: "src/a.ts", line: 20, column: 3, rule: "require-deadline" },
      { path: "src/a.ts", line: 30, column: 3, rule: "require-deadline" },
      { path: "src/a.ts", line: 40, column: 3, rule: "require-deadline" },
      { path: "src/other.ts", line: 1, column: 1, rule: "require-deadline" },
    ];
    const { rows, details } = score(labels, new Map([["o/r", findings]]));
    const row = (library: string) => rows.find((entry) => entry.rule === "require-deadline" && entry.library === library);
    expect(row("grpc-js")).toMatchObject({ tp: 1, fn: 0, fp: 2, recall: 1, precision: 1 / 3 });
    expect(row("connect")).toMatchObject({ tp: 0, fn: 1, fp: 0, recall: 0, precision: null });
    expect(row("all")).toMatchObject({ tp: 1, fn: 1, fp: 2 });
    expect(rows.find((entry) => entry.rule === "no-unbounded-stream-buffer" && entry.library === "connect")).toMatchObject({ tp: 0, fn: 0, fp: 0 });
    expect(details.misses.map((label) => label.path)).toEqual(["src/b.ts"]);
    expect(details.falsePositives.map((label) => label.from)).toEqual([20]);
    expect(details.unlabelled.map((finding) => [finding.line, finding.library])).toEqual([[40, "grpc-js"]]);
    expect(details.outsideCoverage).toBe(1);
  });
});

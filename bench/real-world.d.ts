// Types for the parts of bench/real-world.js its test imports.
export interface Label {
  repo: string;
  commit: string;
  path: string;
  from: number;
  to: number;
  rule: string;
  verdict: "flag" | "clean" | "unsure";
  library: string;
  reason: string;
  source: string;
}
export interface Finding {
  path: string;
  line: number;
  column: number;
  rule: string;
  messageId?: string;
  message?: string;
}
export interface Row {
  rule: string;
  library: string;
  tp: number;
  fn: number;
  fp: number;
  recall: number | null;
  precision: number | null;
}
export function parseLabels(text: string, source: string): Label[];
export function score(
  labels: Label[],
  findingsByRepo: Map<string, Finding[]>,
): { rows: Row[]; details: { misses: Label[]; falsePositives: (Label & { findings: Finding[] })[]; unlabelled: (Finding & { repo: string; library: string })[]; outsideCoverage: number } };

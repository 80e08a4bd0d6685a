export type Verdict = "holds" | "fails" | "not-applicable" | "unknown";

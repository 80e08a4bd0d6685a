/** What the report of examples/ is built to show (see examples/shop and examples/web). */
export const EXAMPLES_VERDICTS = {
  "load-balancing": "fails",
  deadlines: "fails",
  retries: "fails",
  idempotency: "fails",
  hedging: "not-applicable",
  "circuit-breaking": "unknown",
  streaming: "fails",
  browser: "holds",
  proxies: "unknown",
  observability: "unknown",
  "grpc-vs-rest": "unknown",
} as const;

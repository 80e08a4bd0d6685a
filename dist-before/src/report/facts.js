/**
 * What the report learns about one TypeScript file during the review's own lint pass: the client
 * call sites and server handlers core recognizes there, with core's deadline verdicts. Plain data
 * (offsets, lines, names) so the whole-repository pass can match it to its own syntax trees.
 */
export {};

/** grpc-js's duration syntax: whole or decimal seconds with at most nine fractional digits, then `s`. */
export const DURATION_PATTERN = /^\d+(\.\d{1,9})?s$/;

/** The duration a string means, in seconds, or undefined when grpc-js would not accept it. */
export function durationSeconds(text: string): number | undefined {
  return DURATION_PATTERN.test(text) ? Number(text.slice(0, -1)) : undefined;
}

/**
 * What grpc-js 1.14 makes of a method config `timeout` string: it splits at the dot and reads the
 * fraction as a whole number of nanoseconds, so `"0.5s"` is 5 ns. Returns undefined when it reads
 * the value right (whole seconds, or exactly nine fractional digits).
 */
export function misreadTimeout(text: string): { meant: number; read: number } | undefined {
  // Whole seconds are read right; most timeouts are whole, and this runs once per method config.
  if (!text.includes(".") || !DURATION_PATTERN.test(text)) return undefined;
  const [whole = "0", fraction] = text.slice(0, -1).split(".");
  if (fraction === undefined || fraction.length === 9) return undefined;
  const read = Number(whole) + Number(fraction) / 1e9;
  const meant = Number(text.slice(0, -1));
  return read === meant ? undefined : { meant, read };
}

export function formatSeconds(seconds: number): string {
  if (seconds !== 0 && seconds < 0.001) return `${Math.round(seconds * 1e9)} ns`;
  if (seconds < 1) return `${Number((seconds * 1000).toPrecision(6))} ms`;
  return `${Number(seconds.toFixed(9))} s`;
}

/** grpc-js's duration syntax: whole or decimal seconds with at most nine fractional digits, then `s`. */
export declare const DURATION_PATTERN: RegExp;
/** The duration a string means, in seconds, or undefined when grpc-js would not accept it. */
export declare function durationSeconds(text: string): number | undefined;
/**
 * What grpc-js 1.14 makes of a method config `timeout` string: it splits at the dot and reads the
 * fraction as a whole number of nanoseconds, so `"0.5s"` is 5 ns. Returns undefined when it reads
 * the value right (whole seconds, or exactly nine fractional digits).
 */
export declare function misreadTimeout(text: string): {
    meant: number;
    read: number;
} | undefined;
export declare function formatSeconds(seconds: number): string;

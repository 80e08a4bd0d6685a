/**
 * `--against` is checked once, before linting: a wrong ref is a usage error of the command, not a
 * finding on every .proto file (the rules still report it as a finding when run through `eslint`).
 */
export declare function checkAgainstRef(ref: string, targets: string[]): void;

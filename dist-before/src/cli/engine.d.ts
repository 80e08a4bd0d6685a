export declare function ownEslintVersion(): string;
/**
 * One line each about the project's own ESLint and TypeScript when they differ from what the
 * command and the plugin support: the review goes on with the command's own engine either way.
 */
export declare function engineNotices(cwd: string): string[];

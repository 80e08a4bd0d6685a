import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname } from "node:path";
import { isRegularFile } from "../util/file-access.js";
import { inRange, ownTypeScript, packageDirFrom, redirectTypeScript, supportedRange, installedPackage } from "../util/typescript-guard.js";

/**
 * The command brings its own engine: the ESLint 10 and the TypeScript it depends on, whatever the
 * project has installed (ESLint 8 or 9, TypeScript 7 or 3.x, none). The plugin itself keeps running
 * on the project's ESLint; only this process is pinned. Evaluated before any module loads
 * typescript-eslint, so every CommonJS `require("typescript")` in the run gets the command's own.
 */
const own = ownTypeScript();
redirectTypeScript(own, () => true);

const ESLINT_PACKAGE = "eslint";
const PLUGIN_MIN_ESLINT = [8, 57];

export function ownEslintVersion(): string {
  const file = createRequire(import.meta.url).resolve(`${ESLINT_PACKAGE}/package.json`);
  return (JSON.parse(readFileSync(file, "utf8")) as { version: string }).version;
}

function nearestPackageJsonDir(cwd: string): string | undefined {
  for (let dir = cwd; ; dir = dirname(dir)) {
    // A stat, not a read: a package.json that is a FIFO would block the run.
    if (isRegularFile(`${dir}/package.json`)) return dir;
    if (dirname(dir) === dir) return undefined;
  }
}

/**
 * One line each about the project's own ESLint and TypeScript when they differ from what the
 * command and the plugin support: the review goes on with the command's own engine either way.
 */
export function engineNotices(cwd: string): string[] {
  const notices: string[] = [];
  const eslint = installedPackage(packageDirFrom(cwd, "eslint"));
  const eslintVersion = `ESLint ${ownEslintVersion()}`;
  if (eslint) {
    const [major = 0, minor = 0] = eslint.version.split(".").map(Number);
    if (major < PLUGIN_MIN_ESLINT[0] || (major === PLUGIN_MIN_ESLINT[0] && minor < PLUGIN_MIN_ESLINT[1])) {
      notices.push(`the project's ESLint ${eslint.version} is older than the plugin supports (8.57 or later), so \`eslint\` cannot run its rules; grpc-review reviews with its own ${eslintVersion}`);
    }
  } else if (nearestPackageJsonDir(cwd)) {
    notices.push(`no ESLint is installed in this project; grpc-review reviews with its own ${eslintVersion} (editor findings need \`npm i -D eslint eslint-plugin-grpc-review\`)`);
  }
  const typescript = installedPackage(packageDirFrom(cwd, "typescript"));
  const range = supportedRange();
  if (typescript && typescript.dir !== own.dir && !inRange(typescript.version, range)) {
    notices.push(`the project's TypeScript ${typescript.version} is outside typescript-eslint's supported range (${range.text}); grpc-review type-checks with its own TypeScript ${own.version}`);
  }
  return notices;
}

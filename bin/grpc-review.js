#!/usr/bin/env node
import { existsSync } from "node:fs";

const entry = new URL("../dist/src/cli/main.js", import.meta.url);
if (!existsSync(entry)) {
  process.stderr.write("grpc-review: not built yet; run `npm run build` in the package folder\n");
  process.exit(2);
}
// `grpc-review -f json | head` closes the pipe early; that is not an error worth a stack trace.
process.stdout.on("error", (error) => {
  if (error.code === "EPIPE") process.exit(process.exitCode ?? 0);
  throw error;
});
const argv = process.argv.slice(2);
const debug = argv.includes("--debug") || Boolean(process.env.DEBUG);
// Every failure outside main()'s own handling (a module that fails to load, a crash in a
// callback) is an internal error: exit 2, one line, the stack only with --debug. Exit 1 means findings.
function internalError(error) {
  const message = error instanceof Error ? error.message : String(error);
  process.stderr.write(`grpc-review: internal error: ${message.split("\n")[0]}\n`);
  if (debug && error instanceof Error) process.stderr.write(`${error.stack}\n`);
  process.exit(2);
}
process.on("uncaughtException", internalError);
process.on("unhandledRejection", internalError);
try {
  const { main } = await import(entry.href);
  process.exitCode = await main(argv);
} catch (error) {
  internalError(error);
}

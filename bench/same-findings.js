#!/usr/bin/env node
// Checks that a change to how the command lints (not what it reports) leaves every finding as it
// was, on real checkouts. Two ways:
//
//   node bench/same-findings.js <checkout> [<checkout>...]
//     runs the built command twice per checkout, `grpc-review -f json .` as it is and with
//     GRPC_REVIEW_ONE_PROJECT_SERVICE=1 (every typed file in one project service that keeps all
//     its programs, as before programs were released), and compares the findings;
//   node bench/same-findings.js --files <before.json> <after.json>
//     compares two saved `grpc-review -f json` outputs (for instance from two builds).
//
// A finding is file, line, column, end, rule, message id, severity and message text. Prints the
// count per checkout and every finding only one side has; exits 1 if any differ.
// Needs `npm run build` first for the first form.
import { spawnSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { basename, resolve } from "node:path";
import { fileURLToPath } from "node:url";

const bin = resolve(fileURLToPath(new URL(".", import.meta.url)), "../bin/grpc-review.js");

function findings(json) {
  return JSON.parse(json)
    .flatMap((result) =>
      result.messages.map((message) =>
        [result.filePath, message.line, message.column, message.endLine, message.endColumn, message.ruleId, message.messageId, message.severity, message.message].join("\t"),
      ),
    )
    .sort();
}

function compare(label, before, after) {
  const left = new Set(before);
  const right = new Set(after);
  const onlyBefore = before.filter((finding) => !right.has(finding));
  const onlyAfter = after.filter((finding) => !left.has(finding));
  const same = onlyBefore.length === 0 && onlyAfter.length === 0 && before.length === after.length;
  console.log(`${label}: ${before.length} / ${after.length} finding(s), ${same ? "identical" : "DIFFERENT"}`);
  for (const finding of onlyBefore) console.log(`  - ${finding}`);
  for (const finding of onlyAfter) console.log(`  + ${finding}`);
  return same;
}

function run(checkout, env) {
  const child = spawnSync(process.execPath, [bin, "-f", "json", "--no-progress", "."], {
    cwd: checkout,
    env: { ...process.env, ...env },
    maxBuffer: 1 << 30,
    encoding: "utf8",
  });
  if (child.status !== 0 && child.status !== 1) throw new Error(`${checkout}: exit ${child.status}\n${child.stderr}`);
  return child.stdout;
}

const args = process.argv.slice(2);
let allSame = true;
if (args[0] === "--files" && args.length === 3) {
  allSame = compare(`${args[1]} vs ${args[2]}`, findings(readFileSync(args[1], "utf8")), findings(readFileSync(args[2], "utf8")));
} else if (args.length > 0 && !args[0].startsWith("-")) {
  for (const checkout of args.map((path) => resolve(path))) {
    const before = findings(run(checkout, { GRPC_REVIEW_ONE_PROJECT_SERVICE: "1" }));
    const after = findings(run(checkout, {}));
    allSame = compare(basename(checkout), before, after) && allSame;
  }
} else {
  console.error("usage: node bench/same-findings.js <checkout>...  |  --files <before.json> <after.json>");
  process.exit(2);
}
process.exit(allSame ? 0 : 1);

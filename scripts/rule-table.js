// Regenerates the README's rule table from the built rule metadata: `npm run docs` (after a build).
// test/readme.test.ts fails when the committed table is stale.
import { readFileSync } from "node:fs";
import { writeFileAtomic } from "../dist/src/util/atomic-write.js";
import { withRuleTable } from "../dist/src/util/rule-table.js";
import plugin from "../dist/src/index.js";

const readmePath = new URL("../README.md", import.meta.url);
const current = readFileSync(readmePath, "utf8");
const next = withRuleTable(current, plugin.rules);
if (next === current) {
  console.log("README rule table is up to date");
} else {
  writeFileAtomic(readmePath.pathname, next);
  console.log("README rule table updated");
}

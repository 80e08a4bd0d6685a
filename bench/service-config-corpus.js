// Runs the service-config rules over a tree of service configs (e.g. googleapis' *_grpc_service_config.json)
// with that tree's protos as the proto index, and prints findings per rule.
// Usage: npm run build && node bench/service-config-corpus.js <root> [--show <rule-id>] [--json out.json]
import { ESLint } from "eslint";
import { resolve } from "node:path";
import plugin from "../dist/src/index.js";

const args = process.argv.slice(2);
const root = resolve(args[0] ?? ".");
const show = args.includes("--show") ? args[args.indexOf("--show") + 1] : undefined;
const configBlocks = plugin.configs.all.filter((block) => block.language === "grpc-review/service-config");
const eslint = new ESLint({
  cwd: root,
  overrideConfigFile: true,
  overrideConfig: [
    ...configBlocks.map((block) => ({ ...block, files: ["**/*service_config*.json", "**/*.service-config.{json,yaml,yml}"] })),
    { settings: { "grpc-review": { protoRoots: [root] } } },
  ],
});
const started = performance.now();
const results = await eslint.lintFiles(["**/*service_config*.json"]);
const seconds = (performance.now() - started) / 1000;
const perRule = new Map();
let fatal = 0;
for (const result of results) {
  for (const message of result.messages) {
    if (message.fatal) fatal++;
    const id = message.ruleId ?? "(fatal)";
    perRule.set(id, (perRule.get(id) ?? 0) + 1);
    if (show && id === `grpc-review/${show}`) console.log(`${result.filePath.slice(root.length + 1)}:${message.line}: ${message.message}`);
  }
}
const filesWithFindings = results.filter((r) => r.messages.length > 0).length;
console.log(`files: ${results.length}, with findings: ${filesWithFindings}, fatal: ${fatal}, time: ${seconds.toFixed(2)} s`);
for (const [id, count] of [...perRule].sort()) {
  const files = results.filter((r) => r.messages.some((m) => (m.ruleId ?? "(fatal)") === id)).length;
  console.log(`${id}: ${count} findings in ${files} files`);
}

// node wire.mjs <distDir> <protoDir> <ref>
import { ESLint } from "eslint";
import { pathToFileURL } from "node:url";
const [distDir, dir, ref] = process.argv.slice(2);
const plugin = (await import(pathToFileURL(`${distDir}/src/index.js`).href)).default;
const protoBlocks = plugin.configs.all.filter((b) => b.files?.some((f) => f.includes("proto")));
const eslint = new ESLint({
  cwd: dir,
  overrideConfigFile: true,
  overrideConfig: [
    ...protoBlocks.map((b) => ({ ...b, rules: { "grpc-review/no-wire-incompatible-change": "error" } })),
    { files: ["**/*.proto"], settings: { "grpc-review": { against: ref } } },
  ],
});
const results = await eslint.lintFiles(["**/*.proto"]);
for (const r of results) for (const m of r.messages) if (m.messageId === "responseTypeChanged" || m.messageId === "requestTypeChanged") console.log(`${r.filePath.slice(dir.length + 1)}:${m.line}:${m.column} ${m.messageId} ${m.message}`);

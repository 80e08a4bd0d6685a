// Legacy (ESLint 8, .eslintrc) setup: the same as a user's three lines.
// ESLint 8 resolves `grpc-review` to the package `eslint-plugin-grpc-review`; inside this repo that
// is the package itself (Node's self-reference through package.json "exports").
// Run it with: ESLINT_USE_FLAT_CONFIG=false npx eslint8 examples/   (ESLint 8 prefers eslint.config.js otherwise)
module.exports = {
  root: true,
  parser: "@typescript-eslint/parser",
  parserOptions: { ecmaVersion: 2022, sourceType: "module" },
  plugins: ["grpc-review"],
  extends: ["plugin:grpc-review/legacy-recommended"],
  ignorePatterns: ["dist/", "node_modules/", "fixtures/"],
};

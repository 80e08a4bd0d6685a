// Flat config (ESLint 9 and 10): the plugin's recommended preset, with type information for examples/.
// `fixtures/` holds deliberate findings and odd code for the tests; the tests lint it themselves.
import grpcReview from "eslint-plugin-grpc-review";

export default [
  { ignores: ["dist/**", "fixtures/**", "coverage/**"] },
  ...grpcReview.configs.recommended,
  {
    files: ["examples/**/*.ts"],
    languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname } },
  },
];

// The lint of the house (issue 14): typescript-eslint's recommended rules without type information (fast on the
// whole tree) and React's rules of hooks for the apps. tsc does the type checking; this catches what it cannot.
import tseslint from "typescript-eslint";
import reactHooks from "eslint-plugin-react-hooks";

export default tseslint.config(
  { ignores: ["node_modules/**", "dist/**", "data/**", "server/db/migrations/**", "**/*.min.js", "coverage/**"] },
  ...tseslint.configs.recommended,
  {
    files: ["runtime/**/*.{ts,tsx}", "editor/**/*.{ts,tsx}"],
    plugins: { "react-hooks": reactHooks },
    rules: { "react-hooks/rules-of-hooks": "error", "react-hooks/exhaustive-deps": "error" },
  },
  {
    // Tests and benchmarks read JSON answers of the API loosely on purpose; the product code may not.
    files: ["test/**", "bench/**"],
    rules: { "@typescript-eslint/no-explicit-any": "off" },
  },
  {
    rules: {
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_", caughtErrors: "none" }],
    },
  },
);

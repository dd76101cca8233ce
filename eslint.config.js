import js from "@eslint/js";
import tseslint from "typescript-eslint";
import prettier from "eslint-config-prettier";
import globals from "globals";

export default tseslint.config(
  {
    ignores: [".output/", ".wxt/", "node_modules/", "test-results/", "playwright-report/", "tests/fixtures/"],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    rules: {
      "@typescript-eslint/no-explicit-any": "error",
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
      "no-restricted-syntax": [
        "error",
        {
          selector: "CallExpression[callee.name='eval']",
          message: "No eval: extension code must be static.",
        },
        {
          selector: "NewExpression[callee.name='Function']",
          message: "No new Function: extension code must be static.",
        },
      ],
      "no-restricted-globals": [
        "error",
        { name: "fetch", message: "Sciatica Lens makes no network requests." },
      ],
    },
  },
  { files: ["scripts/**", "tests/**", "*.config.*"], rules: { "no-restricted-globals": "off" } },
  prettier,
);

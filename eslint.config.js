import js from "@eslint/js";
import tseslint from "typescript-eslint";
import prettier from "eslint-config-prettier";
import globals from "globals";

const STATIC_CODE = [
  {
    selector: "CallExpression[callee.name='eval']",
    message: "No eval: extension code must be static.",
  },
  {
    selector: "NewExpression[callee.name='Function']",
    message: "No new Function: extension code must be static.",
  },
];

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
        ...STATIC_CODE,
        {
          selector: "JSXAttribute[name.name='dangerouslySetInnerHTML']",
          message: "Render HTML only through components/SafeHtml.tsx (DOMPurify).",
        },
      ],
      "no-restricted-globals": [
        "error",
        { name: "fetch", message: "Sciatica Lens makes no network requests." },
      ],
    },
  },
  { files: ["components/SafeHtml.tsx"], rules: { "no-restricted-syntax": ["error", ...STATIC_CODE] } },
  {
    // The page scanner runs in every frame of every page: it stays small, so it bundles neither the
    // validation library nor the polyfill. Types from modules that use them are fine (erased at build).
    files: ["entrypoints/scanner.content/**"],
    rules: {
      "@typescript-eslint/no-restricted-imports": [
        "error",
        {
          paths: [
            {
              name: "valibot",
              message: "The page scanner bundles no validation library.",
              allowTypeImports: true,
            },
            {
              name: "wxt/browser",
              message: "The page scanner uses the browser's own API (extension-api.ts).",
              allowTypeImports: true,
            },
            {
              name: "webextension-polyfill",
              message: "The page scanner bundles no polyfill.",
              allowTypeImports: true,
            },
          ],
          patterns: [
            {
              group: [
                "**/utils/protocol/background",
                "**/content/schema",
                "**/utils/storage/*",
                "!**/utils/storage/settings-rules",
              ],
              message: "This module uses valibot or the polyfill at run time; import only its types here.",
              allowTypeImports: true,
            },
            {
              // The in-page card draws its category icon from path data sent with the card's content.
              group: ["**/components/*"],
              message: "Extension page UI: the page scanner gets what the card shows from the background.",
              allowTypeImports: true,
            },
            {
              // The build compiles the vocabulary and the gate (scripts/knowledge-plugin.ts); this script
              // only runs them: the gate, the matcher and the context rule of content/matching/.
              group: [
                "**/content/matching/compile",
                "**/content/matching/compile-path",
                "**/content/matching/gate-words",
                "**/content/matching/dispatch-keys",
                "**/content/matching/health-common-words",
                "**/content/matching/spelling-variants",
              ],
              message: "Build-time vocabulary compiler: the page scanner imports only its types.",
              allowTypeImports: true,
            },
          ],
        },
      ],
    },
  },
  { files: ["scripts/**", "tests/**", "*.config.*"], rules: { "no-restricted-globals": "off" } },
  prettier,
);

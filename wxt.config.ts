import { fileURLToPath } from "node:url";
import { defineConfig } from "wxt";
import { knowledgePlugin } from "./scripts/knowledge-plugin";

// WXT's content-script context announces each start to the page (postMessage with our extension id);
// content scripts get a quiet one with the same methods instead (entrypoints/scanner.content/
// page-context.ts). tests/build/static-build.test.ts checks the built script.
const QUIET_CONTEXT = fileURLToPath(
  new URL("./entrypoints/scanner.content/page-context.ts", import.meta.url),
);

// Extension pages may load only our own scripts and styles; nothing remote, no eval.
const EXTENSION_PAGES_CSP =
  "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'none'; object-src 'none'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";

export default defineConfig({
  modules: ["@wxt-dev/webextension-polyfill"],
  manifestVersion: 3,
  imports: false,
  manifest: ({ browser }) => ({
    name: "Sciatica Lens",
    description:
      "Spots sciatica terms on the page you are reading and explains them in plain English. Nothing leaves your browser.",
    permissions: ["storage"],
    action: { default_title: "Sciatica Lens" },
    content_security_policy: { extension_pages: EXTENSION_PAGES_CSP },
    ...(browser === "firefox"
      ? {
          browser_specific_settings: {
            gecko: {
              id: "sciatica-lens@example.org",
              // 142: data_collection_permissions on desktop and Android; the Highlight API needs 140.
              strict_min_version: "142.0",
              data_collection_permissions: { required: ["none"] },
            },
            gecko_android: { strict_min_version: "142.0" },
          },
        }
      : {}),
  }),
  vite: () => ({
    plugins: [knowledgePlugin()],
    resolve: { alias: [{ find: /^wxt\/utils\/content-script-context$/, replacement: QUIET_CONTEXT }] },
    esbuild: { jsx: "automatic", jsxImportSource: "preact" },
    build: {
      target: "es2022",
      minify: process.env.NO_MINIFY ? false : "esbuild",
      // Every browser we support has modulepreload; Vite's polyfill would only add a fetch() call.
      modulePreload: { polyfill: false },
    },
  }),
});

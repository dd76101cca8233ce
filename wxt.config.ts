import { resolve } from "node:path";
import type { InlineConfig } from "vite";
import { defineConfig } from "wxt";
import { popupOnItsOwn } from "./scripts/build/popup-on-its-own";
import { knowledgePlugin } from "./scripts/knowledge-plugin";

// Extension pages may load only our own scripts and styles; nothing remote, no eval.
const EXTENSION_PAGES_CSP =
  "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'none'; object-src 'none'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";

const QUIET_CONTEXT = resolve(import.meta.dirname, "entrypoints/scanner.content/page-context.ts");

/**
 * The page scanner runs in every frame of every page. It calls the browser's own API (see
 * entrypoints/scanner.content/extension-api.ts), so its build leaves out the polyfill; and it uses a
 * context that says nothing to the page instead of WXT's, which posts the extension's id into every page.
 */
function quietScannerBuild(config: InlineConfig): void {
  const alias = config.resolve?.alias;
  const entries: Array<{ find: string | RegExp; replacement: string }> = Array.isArray(alias)
    ? alias
    : Object.entries(alias ?? {}).map(([find, replacement]) => ({ find, replacement: String(replacement) }));
  config.resolve = {
    ...config.resolve,
    alias: [
      { find: /^wxt\/utils\/content-script-context$/, replacement: QUIET_CONTEXT },
      ...entries.filter((a) => a.find !== "wxt/browser"),
    ],
  };
  // The page scanner loads into every frame of every page, so it gets the smaller (slower to build)
  // minifier; extension pages keep esbuild's.
  if (!process.env.NO_MINIFY)
    config.build = {
      ...config.build,
      minify: "terser",
      terserOptions: {
        ecma: 2020,
        module: true,
        toplevel: true,
        compress: { passes: 3, unsafe_arrows: true, unsafe_methods: true, pure_getters: true },
        format: { comments: false },
      },
    };
}

/** A suggested key: Alt+Shift+letter, and Control+Shift+letter on a Mac. */
const shortcut = (letter: string) => ({ default: `Alt+Shift+${letter}`, mac: `MacCtrl+Shift+${letter}` });

export default defineConfig({
  modules: ["@wxt-dev/webextension-polyfill"],
  manifestVersion: 3,
  imports: false,
  manifest: ({ browser }) => ({
    name: "Sciatica Lens",
    description:
      "Spots sciatica terms on the page you are reading and explains them in plain English. Nothing leaves your browser.",
    // contextMenus: "Explain with Sciatica Lens" on a selection (entrypoints/background/explain-menu.ts).
    permissions: ["storage", "contextMenus"],
    action: { default_title: "Sciatica Lens" },
    // Alt+Shift (Ctrl+Shift on a Mac, where Option+Shift types characters) with letters the browsers and
    // ChromeOS leave free (Chromium keeps Alt+Shift+P and +X for itself; ChromeOS uses +S, +N, +L, +M).
    // Firefox's menu bar takes Alt+Shift with its menus' access keys (F, E, V, S, B, P, T, H) before any
    // extension sees them, so there the highlights toggle is U and Explain is W.
    // Chrome takes at most four suggested keys; the popup's shortcut has none, and every key can be
    // changed by the user (chrome://extensions/shortcuts; Firefox: Manage Extension Shortcuts).
    commands: {
      "toggle-highlights": {
        suggested_key: shortcut(browser === "firefox" ? "U" : "H"),
        description: "Show or hide highlights on this page",
      },
      "open-side-panel": {
        suggested_key: shortcut("O"),
        description: "Open the Sciatica Lens side panel",
      },
      "next-term": {
        suggested_key: shortcut("J"),
        description: "Jump to the next highlighted term (then Enter explains it)",
      },
      "explain-term": {
        suggested_key: shortcut(browser === "firefox" ? "W" : "E"),
        description: "Explain the highlighted term at the caret or selection",
      },
      _execute_action: { description: "Open the Sciatica Lens popup" },
    },
    content_security_policy: { extension_pages: EXTENSION_PAGES_CSP },
    ...(browser === "firefox"
      ? {
          browser_specific_settings: {
            gecko: {
              id: "sciatica-lens@example.org",
              // 150, desktop and Android: CSS.highlights.highlightsFromPoint, the card's hit test that the
              // real-Firefox suite (tests/firefox) runs. Everything else it checks is older: the Highlight
              // API and data_collection_permissions 140 (142 on Android), match_origin_as_fallback 128.
              strict_min_version: "150.0",
              data_collection_permissions: { required: ["none"] },
            },
            gecko_android: { strict_min_version: "150.0" },
          },
        }
      : {}),
  }),
  hooks: {
    "entrypoints:grouped": (_wxt, groups) => popupOnItsOwn(groups),
    "vite:build:extendConfig": (entrypoints, config) => {
      if (entrypoints.every((e) => e.type === "content-script")) quietScannerBuild(config);
    },
  },
  vite: () => ({
    plugins: [knowledgePlugin()],
    esbuild: { jsx: "automatic", jsxImportSource: "preact" },
    build: {
      target: "es2022",
      minify: process.env.NO_MINIFY ? false : "esbuild",
      // Every browser we support has modulepreload; Vite's polyfill would only add a fetch() call.
      modulePreload: { polyfill: false },
    },
  }),
});

import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative, resolve } from "node:path";
import { describe, expect, it } from "vitest";

// Checks the built extension itself, as the stores would receive it: what it may do (permissions, CSP),
// and that nothing in it can run code that is not in the package. npm test builds before running this.

const ROOT = resolve(import.meta.dirname, "../..");
const CHROME = join(ROOT, ".output/chrome-mv3");
const FIREFOX = join(ROOT, ".output/firefox-mv3");
const SOURCES = ["entrypoints", "utils", "components", "content", "public", "wxt.config.ts"];

const CSP =
  "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'none'; " +
  "object-src 'none'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? filesUnder(join(dir, entry.name)) : [join(dir, entry.name)],
  );
}

const newestSource = () =>
  Math.max(
    ...SOURCES.flatMap((s) =>
      statSync(join(ROOT, s)).isDirectory() ? filesUnder(join(ROOT, s)) : [join(ROOT, s)],
    ).map((f) => statSync(f).mtimeMs),
  );

function build(dir: string): { manifest: Record<string, unknown>; files: string[] } {
  const manifestFile = join(dir, "manifest.json");
  if (!existsSync(manifestFile))
    throw new Error(`${relative(ROOT, dir)} is missing: run npx wxt build (-b firefox) first`);
  if (statSync(manifestFile).mtimeMs < newestSource())
    throw new Error(`${relative(ROOT, dir)} is older than the sources: build again before checking it`);
  return {
    manifest: JSON.parse(readFileSync(manifestFile, "utf8")) as Record<string, unknown>,
    files: filesUnder(dir),
  };
}

/** Code that turns strings into code, or reaches the network. */
const FORBIDDEN: Array<[string, RegExp]> = [
  ["eval(", /(?<![.\w$])eval\s*\(/],
  ["new Function(", /\bnew\s+Function\s*\(/],
  ["Function(string)", /(?<![.\w$])Function\s*\(\s*["'`]/],
  ["setTimeout(string)", /\bset(?:Timeout|Interval)\s*\(\s*["'`]/],
  ["fetch(", /(?<![.\w$])fetch\s*\(/],
  ["XMLHttpRequest", /\bXMLHttpRequest\b/],
  ["WebSocket", /\bWebSocket\b/],
  ["EventSource", /\bEventSource\b/],
  ["sendBeacon", /\bsendBeacon\b/],
  ["importScripts", /\bimportScripts\b/],
  ["import() of a URL", /\bimport\s*\(\s*["'`](?:https?:)?\/\//],
  ["a remote script or style", /<(?:script|link)[^>]+(?:src|href)=["']?(?:https?:)?\/\//i],
];

/**
 * Vendor code that names a forbidden thing without doing it. Each entry: file pattern, what it names,
 * and why it is harmless. Keep this list short and justified.
 */
const PDFJS_FILES = /^(?:chunks\/pdf-(?!text-)[\w-]+|assets\/pdf-worker-[\w-]+)\.js$/;
const VENDOR_EXCEPTIONS: Array<{ file: RegExp; name: string; why: string }> = [
  // PDF.js (the Explain page's PDF drop, entrypoints/explain/pdf-text.ts), in its own files that only that
  // page loads (checked below). We hand it the file's bytes, never a URL, and no font or CMap URLs.
  {
    file: PDFJS_FILES,
    name: "fetch(",
    why: "PDF.js loading from a URL, or font data from a URL: never given one",
  },
  {
    file: PDFJS_FILES,
    name: "XMLHttpRequest",
    why: "the same, for browsers without fetch: never given a URL",
  },
  {
    file: PDFJS_FILES,
    name: "new Function(",
    why: "PDF.js's feature test and its PostScript compiler, used only when isEvalSupported, which we set false; our CSP forbids it too",
  },
  { file: PDFJS_FILES, name: "Function(string)", why: 'the same compiler\'s new Function("src", ...)' },
];

describe.each([
  ["Chrome and Edge", CHROME],
  ["Firefox", FIREFOX],
])("the %s build", (_, dir) => {
  const { manifest, files } = build(dir);
  const scripts = files.filter((f) => f.endsWith(".js"));
  const pages = files.filter((f) => f.endsWith(".html"));

  it("has only our own files: scripts, styles, pages, icons", () => {
    const odd = files.filter((f) => !/\.(js|css|html|png|json)$/.test(f));
    expect(odd.map((f) => relative(dir, f))).toEqual([]);
    expect(scripts.length).toBeGreaterThan(3);
    expect(pages.map((f) => relative(dir, f)).sort()).toEqual([
      "explain.html",
      "options.html",
      "popup.html",
      "sidepanel.html",
    ]);
  });

  it.each(FORBIDDEN)("has no %s in any script", (name, pattern) => {
    const found = scripts
      .filter((f) => pattern.test(readFileSync(f, "utf8")))
      .map((f) => relative(dir, f))
      .filter((f) => !VENDOR_EXCEPTIONS.some((e) => e.name === name && e.file.test(f)));
    expect(found).toEqual([]);
  });

  it("loads PDF.js only in the Explain page, and only when a PDF is given", () => {
    const pdfjs = scripts.map((f) => relative(dir, f)).filter((f) => PDFJS_FILES.test(f));
    expect(pdfjs).toHaveLength(2);
    const loaders = scripts
      .filter((f) => /pdf-worker-|chunks\/pdf-[\w-]+\.js/.test(readFileSync(f, "utf8")))
      .map((f) => relative(dir, f));
    expect(loaders.length).toBeGreaterThan(0);
    expect(
      loaders.every((f) => /^chunks\/(?:pdf-text|explain)-[\w-]+\.js$/.test(f)),
      loaders.join(),
    ).toBe(true);
    expect(readFileSync(join(dir, "content-scripts/scanner.js"), "utf8")).not.toMatch(/pdf/i);
  });

  // Each file an extension page fetches costs the popup a few milliseconds before it can show anything
  // (scripts/build/popup-on-its-own.ts): it opens from the early read, one module and one style sheet.
  it("opens its popup from one module script and one style sheet", () => {
    const html = readFileSync(join(dir, "popup.html"), "utf8");
    const loads = [...html.matchAll(/<(?:script|link)\b[^>]*?(?:src|href)="([^"]+)"/g)].map((m) => m[1]);
    expect(loads).toEqual([
      "/popup-early-read.js",
      expect.stringMatching(/^\/chunks\/popup-[\w-]+\.js$/),
      expect.stringMatching(/^\/assets\/popup-[\w-]+\.css$/),
    ]);
    const popup = readFileSync(join(dir, loads[1].slice(1)), "utf8");
    expect(popup.match(/\bfrom\s*["'][^"']+["']/g) ?? []).toEqual([]);
  });

  it("has no inline script, event-handler attribute or javascript: URL in its pages", () => {
    for (const page of pages) {
      const html = readFileSync(page, "utf8");
      const scriptTags = [...html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)];
      expect(scriptTags.length, relative(dir, page)).toBeGreaterThan(0);
      for (const [, attributes, body] of scriptTags) {
        expect(attributes, relative(dir, page)).toMatch(/\bsrc="\/[^"]+\.js"/);
        expect(body.trim(), relative(dir, page)).toBe("");
      }
      expect(html).not.toMatch(/\son[a-z]+\s*=/i);
      expect(html).not.toMatch(/javascript:/i);
      expect(html).not.toMatch(/<style\b/i);
    }
  });

  it("sets the strict content security policy for its pages", () => {
    expect(manifest.content_security_policy).toEqual({ extension_pages: CSP });
  });

  it("asks for nothing beyond storage, the context menu (and the side panel in Chrome), and opens no door to web pages", () => {
    // contextMenus: "Explain with Sciatica Lens" on a selection, which opens the Explain page with it.
    const expected = dir === CHROME ? ["contextMenus", "sidePanel", "storage"] : ["contextMenus", "storage"];
    expect([...((manifest.permissions as string[]) ?? [])].sort()).toEqual(expected);
    for (const key of [
      "host_permissions",
      "optional_permissions",
      "optional_host_permissions",
      "externally_connectable",
      "web_accessible_resources",
      "content_security_policy.sandbox",
      "sandbox",
      "update_url",
      "key",
    ]) {
      expect(manifest, key).not.toHaveProperty(key.split("."));
    }
  });

  it("runs one content script, in every frame, that only reads pages", () => {
    const scriptsDeclared = manifest.content_scripts as Array<Record<string, unknown>>;
    expect(scriptsDeclared).toHaveLength(1);
    expect(scriptsDeclared[0]).toMatchObject({
      matches: ["<all_urls>"],
      all_frames: true,
      js: ["content-scripts/scanner.js"],
      css: ["content-scripts/scanner.css"],
    });
    expect(scriptsDeclared[0]).not.toHaveProperty("world");
  });

  it("tells the page nothing from its content script (no postMessage, no DOM events of ours)", () => {
    const scanner = readFileSync(join(dir, "content-scripts/scanner.js"), "utf8");
    expect(scanner).not.toMatch(/postMessage|dispatchEvent|CustomEvent|content-script-started/);
  });

  it("puts its panel where each browser has one", () => {
    if (dir === CHROME) expect(manifest.side_panel).toEqual({ default_path: "sidepanel.html" });
    else expect(manifest.sidebar_action).toMatchObject({ default_panel: "sidepanel.html" });
  });
});

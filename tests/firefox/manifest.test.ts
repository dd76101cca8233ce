import { readFileSync } from "node:fs";
import { join } from "node:path";
import { expect, test } from "vitest";
import { FIREFOX_BUILD } from "../../scripts/lib/firefox";

// The Firefox package's manifest settings that the real-Firefox runs showed to matter.

interface Manifest {
  commands: Record<string, { suggested_key?: { default?: string; mac?: string } }>;
  sidebar_action: { open_at_install?: boolean };
  content_scripts: Array<{ match_about_blank?: boolean; match_origin_as_fallback?: boolean }>;
  browser_specific_settings: {
    gecko: { strict_min_version: string };
    gecko_android: { strict_min_version: string };
  };
}

const manifest = JSON.parse(readFileSync(join(FIREFOX_BUILD, "manifest.json"), "utf8")) as Manifest;

/** Firefox's menu bar (File, Edit, View, History, Bookmarks, Profiles, Tools, Help) takes Alt+Shift with these. */
const MENU_ACCESS_KEYS = ["F", "E", "V", "S", "B", "P", "T", "H"];

test("no suggested key is one Firefox's menu bar takes first", () => {
  const keys = Object.values(manifest.commands)
    .map((c) => c.suggested_key?.default)
    .filter((k): k is string => !!k);
  expect(keys).toEqual(["Alt+Shift+U", "Alt+Shift+O", "Alt+Shift+J", "Alt+Shift+W"]);
  for (const key of keys) expect(MENU_ACCESS_KEYS, key).not.toContain(key.slice(-1));
});

test("the sidebar waits to be asked; srcdoc frames are scanned; the minimum version is the one the suite needs", () => {
  expect(manifest.sidebar_action.open_at_install).toBe(false);
  expect(manifest.content_scripts[0]).toMatchObject({
    match_about_blank: true,
    match_origin_as_fallback: true,
  });
  expect(manifest.browser_specific_settings.gecko.strict_min_version).toBe("150.0");
  expect(manifest.browser_specific_settings.gecko_android.strict_min_version).toBe("150.0");
});

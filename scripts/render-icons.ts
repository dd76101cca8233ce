// Renders docs/icon.svg to the extension's PNG icons with headless Chromium (no image tools
// needed): `npx tsx scripts/render-icons.ts`. Small sizes are drawn from the same SVG, so they match.
import { readFileSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { chromium } from "@playwright/test";
import { findBrowser } from "./lib/find-browser";
import { QUIET_FLAGS } from "./lib/launch";

const ICON_DIR = resolve(import.meta.dirname, "../public/icon");
const SIZES = [16, 32, 48, 128];

// The source stays out of public/, so the built packages hold only the PNGs.
const svg = readFileSync(resolve(import.meta.dirname, "../docs/icon.svg"), "utf8");
const browser = await chromium.launch({ executablePath: findBrowser(), args: QUIET_FLAGS });
try {
  for (const size of SIZES) {
    const page = await browser.newPage({ viewport: { width: size, height: size } });
    await page.setContent(
      `<style>html,body{margin:0;background:transparent}svg{display:block;width:${size}px;height:${size}px}</style>${svg}`,
    );
    const png = await page.locator("svg").screenshot({ omitBackground: true });
    writeFileSync(join(ICON_DIR, `${size}.png`), png);
    await page.close();
  }
} finally {
  await browser.close();
}
console.log(`Wrote ${SIZES.map((s) => `${s}.png`).join(", ")} to ${ICON_DIR}`);

// npm start: build the Chrome extension, serve the bundled demo from 127.0.0.1 and open a browser with
// the extension on it. Without a display, run headless: save screenshots and print what was found.
import { spawn, spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { CHROME_BUILD, QUIET_FLAGS, launchWithExtension } from "./lib/launch";
import { findBrowser } from "./lib/find-browser";
import { serveFolder } from "./lib/static-server";
import { framesOfTab, tabIdOf, type TabFrames } from "./lib/tab-state";
import { termPoint } from "./lib/term-point";

const ROOT = resolve(import.meta.dirname, "..");
const DEMO = join(ROOT, "tests", "fixtures");
const SHOTS = join(ROOT, "screenshots");

function build(): void {
  console.log("Building the Chrome extension…");
  const result = spawnSync("npx", ["wxt", "build"], {
    cwd: ROOT,
    stdio: "inherit",
    shell: process.platform === "win32",
  });
  if (result.status !== 0) throw new Error("The build failed (see above).");
}

const hasDisplay = (): boolean =>
  process.platform === "darwin" ||
  process.platform === "win32" ||
  !!process.env.DISPLAY ||
  !!process.env.WAYLAND_DISPLAY;

async function openWindowed(url: string): Promise<void> {
  const profile = mkdtempSync(join(tmpdir(), "sciatica-lens-start-"));
  const args = [
    ...QUIET_FLAGS,
    `--user-data-dir=${profile}`,
    `--disable-extensions-except=${CHROME_BUILD}`,
    `--load-extension=${CHROME_BUILD}`,
    url,
  ];
  console.log(`Opening ${url} with Sciatica Lens loaded. Close the browser to stop.`);
  const child = spawn(findBrowser(), args, { stdio: "ignore" });
  await new Promise((done) => child.on("exit", done));
}

async function runHeadless(base: string): Promise<void> {
  console.log("No display found: running headless and saving screenshots instead.");
  mkdirSync(SHOTS, { recursive: true });
  const { context, worker, extensionId } = await launchWithExtension();
  try {
    const page = await context.newPage();
    await page.goto(`${base}/demo/forum.html`);
    const tabId = await tabIdOf(worker!, page);
    let frames: TabFrames = {};
    for (let i = 0; i < 100; i++) {
      frames = await framesOfTab(worker!, tabId);
      if (Object.values(frames).some((f) => f.status === "done")) break;
      await page.waitForTimeout(100);
    }
    await page.screenshot({ path: join(SHOTS, "demo-page.png") });
    const term = await termPoint(page, "saddle numbness");
    await page.mouse.click(term.x, term.y);
    await page.locator("sciatica-lens-card [role=dialog]").waitFor();
    await page.screenshot({ path: join(SHOTS, "card.png") });
    await page.keyboard.press("Escape");
    const popup = await context.newPage();
    await popup.setViewportSize({ width: 400, height: 600 }); // the largest popup browsers show
    await popup.goto(`chrome-extension://${extensionId}/popup.html?tabId=${tabId}`);
    await popup.waitForSelector("[data-concept]");
    await popup.screenshot({ path: join(SHOTS, "popup.png") });
    const panel = await context.newPage();
    await panel.setViewportSize({ width: 420, height: 900 });
    await panel.goto(`chrome-extension://${extensionId}/sidepanel.html?concept=sciatica&tabId=${tabId}`);
    await panel.screenshot({ path: join(SHOTS, "side-panel.png") });

    const concepts = Object.values(frames).flatMap((f) => f.concepts);
    console.log(`\nSciatica Lens found ${concepts.length} concepts on ${base}/demo/forum.html:`);
    for (const c of concepts.sort((a, b) => b.count - a.count))
      console.log(`  ${c.id.padEnd(28)} ${c.category.padEnd(10)} ×${c.count}`);
    console.log(`\nScreenshots (page with highlights, card, popup, side panel) are in ${SHOTS}`);
  } finally {
    await context.close();
  }
}

async function main(): Promise<void> {
  findBrowser(); // fail early, with the install hint, before a long build
  build();
  const server = await serveFolder(DEMO);
  const url = `${server.url}/demo/forum.html`;
  console.log(`Demo pages are served at ${server.url}/demo/`);
  try {
    if (hasDisplay()) await openWindowed(url);
    else await runHeadless(server.url);
  } finally {
    await server.close();
  }
}

main().catch((error: unknown) => {
  console.error(`\nnpm start failed: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});

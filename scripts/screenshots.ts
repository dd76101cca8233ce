// `npm run screenshots`: the store's 1280x800 pictures of the demo (page with highlights, card, popup,
// side panel, progress chart) into store/, and every view (with "Explain this text" on a sample MRI
// report) in light and dark into docs/. Headless; builds
// first. The browser profile is a fresh one, with a few logged sessions so the Progress view has a chart.
import { spawnSync } from "node:child_process";
import { copyFileSync, mkdirSync, readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import type { Page } from "@playwright/test";
import { SECTIONS } from "../entrypoints/sidepanel/sections";
import { reportLabel } from "./lib/corpus-score";
import { launchWithExtension } from "./lib/launch";
import { serveFolder } from "./lib/static-server";
import { framesOfTab, tabIdOf } from "./lib/tab-state";
import { termPoint } from "./lib/term-point";

const ROOT = resolve(import.meta.dirname, "..");
const STORE = join(ROOT, "store");
const DOCS = join(ROOT, "docs");
const SCHEMES = ["light", "dark"] as const;
type Scheme = (typeof SCHEMES)[number];
/** A fictional MRI report from the labelled fixtures (without its label block), for "Explain this text". */
const SAMPLE_FILE = "mri-lumbar-l45-extrusion.txt";
const SAMPLE_REPORT = reportLabel(
  readFileSync(join(ROOT, "tests/fixtures/reports", SAMPLE_FILE), "utf8"),
  SAMPLE_FILE,
).text.trim();

if (spawnSync("npx", ["wxt", "build"], { cwd: ROOT, stdio: "inherit" }).status !== 0)
  throw new Error("The build failed (see above).");
mkdirSync(STORE, { recursive: true });
mkdirSync(DOCS, { recursive: true });
const server = await serveFolder(join(ROOT, "tests", "fixtures"));
const { context, worker, extensionId } = await launchWithExtension();

async function open(url: string, scheme: Scheme, width: number, height: number): Promise<Page> {
  const page = await context.newPage();
  await page.setViewportSize({ width, height });
  await page.emulateMedia({ colorScheme: scheme, reducedMotion: "reduce" });
  await page.goto(url);
  return page;
}

/** The demo page, once its scan has finished. */
async function demo(scheme: Scheme): Promise<{ page: Page; tabId: number }> {
  const page = await open(`${server.url}/demo/forum.html`, scheme, 1280, 800);
  const tabId = await tabIdOf(worker!, page);
  for (let i = 0; i < 100; i++) {
    const frames = await framesOfTab(worker!, tabId);
    if (Object.values(frames).some((f) => f.status === "done")) break;
    await page.waitForTimeout(100);
  }
  return { page, tabId };
}

/**
 * A few weeks of logged physiotherapy, so the Progress section shows its chart, checkpoint and sessions
 * (written as the panel stores them: progressLogItem, version 1).
 */
async function seedProgress(): Promise<void> {
  const days: [string, number, number, string][] = [
    ["2025-03-03", 7, 6, "Walked for 5 minutes"],
    ["2025-03-07", 7, 5, "Sat through a short film"],
    ["2025-03-11", 6, 5, "Walked to the shop and back"],
    ["2025-03-17", 5, 4, "Slept most of the night"],
    ["2025-03-24", 4, 3, "Gardened for twenty minutes"],
  ];
  const sessions = days.map(([date, painBefore, painAfter, functionNote], i) => ({
    id: `demo-${i}`,
    date,
    care: "Physiotherapy",
    painBefore,
    painAfter,
    functionNote,
  }));
  await worker!.evaluate(
    (log) => chrome.storage.local.set({ "progress-log": log, "progress-log$": { v: 1 } }),
    { sessions },
  );
}

/** A narrow view (popup or panel) beside the demo page, on one 1280x800 picture for the store. */
async function composed(background: Buffer, view: Buffer, path: string): Promise<void> {
  const canvas = await context.newPage();
  await canvas.setViewportSize({ width: 1280, height: 800 });
  const src = (png: Buffer) => `data:image/png;base64,${png.toString("base64")}`;
  await canvas.setContent(
    `<body style="margin:0;position:relative;width:1280px;height:800px;overflow:hidden">` +
      `<img src="${src(background)}" style="position:absolute;inset:0;filter:brightness(.8)">` +
      `<img src="${src(view)}" style="position:absolute;top:24px;right:32px;max-height:752px;` +
      `box-shadow:0 8px 32px rgb(0 0 0/.45);border-radius:8px"></body>`,
  );
  await canvas.screenshot({ path });
  await canvas.close();
}

try {
  await seedProgress();
  for (const scheme of SCHEMES) {
    const { page, tabId } = await demo(scheme);
    const pageShot = await page.screenshot({ path: join(DOCS, `demo-page-${scheme}.png`) });
    const term = await termPoint(page, "saddle numbness");
    // The term a little above the middle, so the whole card fits under it.
    const lift = await page.evaluate(() => {
      const before = scrollY;
      scrollBy({ top: innerHeight / 4, behavior: "instant" });
      return scrollY - before;
    });
    await page.mouse.click(term.x, term.y - lift);
    await page.locator("sciatica-lens-card [role=dialog]").waitFor();
    await page.screenshot({ path: join(DOCS, `card-${scheme}.png`) });
    const popup = await open(`chrome-extension://${extensionId}/popup.html?tabId=${tabId}`, scheme, 400, 600);
    await popup.waitForSelector("[data-concept]");
    const popupShot = await popup.screenshot({ path: join(DOCS, `popup-${scheme}.png`) });
    const panelUrl = `chrome-extension://${extensionId}/sidepanel.html?concept=sciatica&tabId=${tabId}`;
    const panel = await open(panelUrl, scheme, 400, 752);
    // The first run's question of where the user is, answered with the browser's guess (asked once).
    const region = panel.getByRole("button", { name: "This is where I am" });
    if (await region.isVisible()) {
      await region.click();
      await region.waitFor({ state: "detached" });
    }
    const panelShot = await panel.screenshot({ path: join(DOCS, `side-panel-${scheme}.png`) });
    let progressShot: Buffer | null = null;
    for (const section of SECTIONS) {
      await panel.getByRole("tab", { name: section.label }).click();
      if (section.id === "progress") {
        // The chart and its checkpoint, under the fixed tabs: the form to log a session is above it.
        await panel.locator(".checkpoints").evaluate((el) => el.scrollIntoView({ block: "start" }));
      }
      const shot = await panel.screenshot({ path: join(DOCS, `side-panel-${section.id}-${scheme}.png`) });
      if (section.id === "progress") progressShot = shot;
    }
    const options = await open(`chrome-extension://${extensionId}/options.html`, scheme, 1000, 800);
    await options.screenshot({ path: join(DOCS, `options-${scheme}.png`) });
    const explain = await open(`chrome-extension://${extensionId}/explain.html`, scheme, 1280, 800);
    await explain.getByLabel("Your report, letter or other text").fill(SAMPLE_REPORT);
    await explain.getByRole("button", { name: "Explain", exact: true }).click();
    await explain.getByTestId("marked-text").waitFor();
    // The explanation, not the form: the marked text and its glossary side by side.
    await explain
      .getByRole("heading", { name: "Your text explained" })
      .evaluate((el) => el.scrollIntoView({ block: "start" }));
    await explain.screenshot({ path: join(DOCS, `explain-${scheme}.png`) });
    if (scheme === "light") {
      await page.screenshot({ path: join(STORE, "2-card.png") });
      await page.keyboard.press("Escape");
      await page.screenshot({ path: join(STORE, "1-page-with-highlights.png") });
      await composed(pageShot, popupShot, join(STORE, "3-popup.png"));
      await composed(pageShot, panelShot, join(STORE, "4-side-panel.png"));
      await composed(pageShot, progressShot!, join(STORE, "5-progress.png"));
    }
    for (const p of [page, popup, panel, options, explain]) await p.close();
  }
  // The README shows the light views under their plain names.
  for (const view of ["demo-page", "card", "popup", "side-panel"]) {
    copyFileSync(join(DOCS, `${view}-light.png`), join(DOCS, `${view}.png`));
  }
  console.log(`Store screenshots (1280x800) are in ${STORE}; light and dark views are in ${DOCS}.`);
} finally {
  await context.close();
  await server.close();
}

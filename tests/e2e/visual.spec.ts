import type { Locator, Page } from "@playwright/test";
import { launchWithExtension, type Launched } from "../../scripts/lib/launch";
import { serveFolder, type StaticServer } from "../../scripts/lib/static-server";
import { tabIdOf as tabIdOfPage } from "../../scripts/lib/tab-state";
import { FIXTURES, card, clickTerm, expect, popupUrl, test, type Lens } from "./harness";
import { SECTIONS } from "../../entrypoints/sidepanel/sections";
import { logSession, resetNotes } from "./panel-helpers";

// The look, compared with committed baselines (tests/e2e/visual.spec.ts-snapshots/): the popup, each
// side panel section, the in-page card and the options page, in light and dark.
//
// When the UI changes on purpose, the whole procedure is:
//   npx wxt build && npx playwright test tests/e2e/visual.spec.ts --update-snapshots
// then look at the new PNGs and commit them. Everything here is fixed so the pictures only change when the
// look does: its own fresh browser profile (no notes, default settings), a fixture page with fixed text,
// fixed viewports, animations off, no caret, and date fields masked.

const DEMO = "/visual/demo.html";
const SCHEMES = ["light", "dark"] as const;

let launched: Launched;
let server: StaticServer;
let lens: Lens;

test.describe.configure({ mode: "serial" });

test.beforeAll(async () => {
  server = await serveFolder(FIXTURES);
  launched = await launchWithExtension();
  lens = { ...launched, worker: launched.worker!, extensionId: launched.extensionId!, server };
});

test.afterAll(async () => {
  await launched?.context.close();
  await server?.close();
});

/** A fresh tab in our own browser, in the given colour scheme. */
async function newPage(scheme: (typeof SCHEMES)[number], width: number, height: number): Promise<Page> {
  const page = await launched.context.newPage();
  await page.setViewportSize({ width, height });
  await page.emulateMedia({ colorScheme: scheme, reducedMotion: "reduce" });
  return page;
}

async function demoPage(scheme: (typeof SCHEMES)[number]): Promise<Page> {
  const page = await newPage(scheme, 1000, 900);
  await page.goto(`${server.url}${DEMO}`);
  await expect
    .poll(() => page.evaluate(() => CSS.highlights.has("sciatica-lens-underline-symptom")), {
      timeout: 20_000,
    })
    .toBe(true);
  return page;
}

/** Whatever shows a date or time today is hidden behind a fixed box. */
const datesIn = (page: Page): Locator[] => [page.locator('input[type="date"], input[type="time"], time')];

// No tolerance: the same machine draws the same pixels, and a small change to the look should fail.
const shot = { animations: "disabled", caret: "hide" } as const;

for (const scheme of SCHEMES) {
  test(`popup, ${scheme}`, async () => {
    const page = await demoPage(scheme);
    const popup = await newPage(scheme, 400, 600);
    await popup.goto(popupUrl(lens, await tabIdOfPage(lens.worker, page)));
    await expect(popup.getByRole("status").first()).toHaveText(/terms found on this page/);
    await expect(popup).toHaveScreenshot(`popup-${scheme}.png`, { ...shot, fullPage: true });
    await popup.close();
    await page.close();
  });

  test(`side panel sections, ${scheme}`, async () => {
    const page = await demoPage(scheme);
    const panel = await newPage(scheme, 380, 760);
    const tabId = await tabIdOfPage(lens.worker, page);
    await panel.goto(`chrome-extension://${lens.extensionId}/sidepanel.html?tabId=${tabId}`);
    for (const section of SECTIONS) {
      await panel.getByRole("tab", { name: section.label }).click();
      await expect(panel.getByRole("tabpanel")).toBeVisible();
      await expect(panel).toHaveScreenshot(`panel-${section.id}-${scheme}.png`, {
        ...shot,
        mask: datesIn(panel),
      });
    }
    await panel.close();
    await page.close();
  });

  test(`in-page card, ${scheme}`, async () => {
    const page = await demoPage(scheme);
    await clickTerm(page, "slipped disc");
    await expect(card(page)).toBeVisible();
    await expect(card(page)).toHaveScreenshot(`card-${scheme}.png`, shot);
    await page.keyboard.press("Escape");
    await clickTerm(page, "saddle numbness");
    await expect(card(page).getByRole("heading", { name: /Saddle numbness/ })).toBeVisible();
    await expect(card(page)).toHaveScreenshot(`card-warning-${scheme}.png`, shot);
    await page.close();
  });

  test(`a long entry's contents and the progress chart, ${scheme}`, async () => {
    await resetNotes(lens);
    const panel = await newPage(scheme, 400, 760);
    await panel.goto(`chrome-extension://${lens.extensionId}/sidepanel.html?concept=sciatica`);
    await expect(panel.getByRole("navigation", { name: "In this entry" })).toBeVisible();
    await expect(panel).toHaveScreenshot(`panel-entry-contents-${scheme}.png`, shot);
    // Tall enough that the panel's scrolling part holds the whole chart and its checkpoint.
    await panel.setViewportSize({ width: 400, height: 1900 });
    await panel.getByRole("tab", { name: "Progress" }).click();
    for (const [date, before, after] of [
      ["2025-03-01", 7, 5],
      ["2025-03-05", 6, 5],
      ["2025-03-08", 6, 4],
      ["2025-03-12", 5, 4],
    ] as const)
      await logSession(panel, { date, care: "Physiotherapy", before, after });
    // The notes are this test's own: the next scheme's views start from an empty log again.
    await expect(panel.locator(".checkpoints")).toHaveScreenshot(`panel-progress-chart-${scheme}.png`, shot);
    // Every session, as the default panel width lays them out: one block each, words whole.
    await expect(panel.locator(".sessions-section")).toHaveScreenshot(`panel-sessions-${scheme}.png`, shot);
    await resetNotes(lens);
    await panel.close();
  });

  test(`options page, ${scheme}`, async () => {
    const options = await newPage(scheme, 900, 800);
    await options.goto(`chrome-extension://${lens.extensionId}/options.html`);
    await expect(options.getByRole("heading", { level: 1 })).toBeVisible();
    await expect(options).toHaveScreenshot(`options-${scheme}.png`, {
      ...shot,
      fullPage: true,
      mask: datesIn(options),
    });
    await options.close();
  });
}

import { mkdtempSync, readFileSync, readdirSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Page } from "puppeteer-core";
import { afterAll, beforeAll, expect, test } from "vitest";
import type { StaticServer } from "../../scripts/lib/static-server";
import {
  clickTerm,
  inExtension,
  openExtensionPage,
  sleep,
  startLens,
  startServer,
  tabIdOf,
  waitForFindings,
  type Lens,
} from "./harness";

// The sidebar (its page opened in a tab, where the client can drive it, and the real sidebar opened from
// the popup), the red-flag banner, appointment notes across a restart of the same profile, and the
// options page's export and import.

const downloads = mkdtempSync(join(tmpdir(), "sciatica-lens-firefox-downloads-"));
const DOWNLOAD_PREFS = {
  "browser.download.dir": downloads,
  "browser.download.folderList": 2,
  "browser.download.useDownloadDir": true,
  "browser.download.always_ask_before_handling_new_types": false,
  "browser.download.alwaysOpenPanel": false,
};

let server: StaticServer;
let lens: Lens;
/** Requests seen by browsers of this file that have closed (the restart test starts a new one). */
const earlierRequests: string[] = [];
beforeAll(async () => {
  server = await startServer();
  lens = await startLens(server, { prefs: DOWNLOAD_PREFS });
});
afterAll(async () => {
  await lens?.close();
  await server?.close();
});

const textOf = (page: Page, selector: string) =>
  page.$eval(selector, (e) => e.textContent ?? "").catch(() => "");

/** Clicks the element matching `selector` whose text is `text` (a real, trusted click). */
async function clickText(page: Page, selector: string, text: string | RegExp): Promise<void> {
  const handles = await page.$$(selector);
  for (const handle of handles) {
    const own = (await handle.evaluate((e) => e.textContent ?? "")).trim();
    if (typeof text === "string" ? own === text : text.test(own)) return handle.click();
  }
  throw new Error(`no ${selector} with text ${String(text)}`);
}

async function openForumTab(): Promise<{ page: Page; tabId: number }> {
  const page = await lens.newPage();
  await page.goto(`${server.url}/demo/forum.html`);
  await waitForFindings(lens, page);
  return { page, tabId: await tabIdOf(lens, page) };
}

test("the popup's Explain opens the real sidebar; the sidebar page explains and lists the tab's terms", async () => {
  const { page, tabId } = await openForumTab();
  const popup = await openExtensionPage(lens, `popup.html?tabId=${tabId}`, "[data-concept]");
  expect(await inExtension(lens, (api) => api.sidebarAction.isOpen({}), null)).toBe(false);
  await popup.click('[aria-label="Explain Sciatica"]');
  await expect.poll(() => inExtension(lens, (api) => api.sidebarAction.isOpen({}), null)).toBe(true);
  await popup.close();

  // With the sidebar open, the card's More needs no gesture: the open sidebar follows the request.
  await clickTerm(page, "piriformis");
  const more = await page.waitForSelector("sciatica-lens-card >>> button.primary");
  await more!.click();
  await expect
    .poll(
      async () =>
        (await inExtension(lens, (api) => api.storage.session.get("panel-concept"), null))["panel-concept"],
    )
    .toMatchObject({ id: "piriformis-syndrome" });
  await sleep(300);
  expect(await textOf(page, "sciatica-lens-card >>> .status")).toBe("");
  await page.keyboard.press("Escape");

  const panel = await openExtensionPage(lens, `sidepanel.html?tabId=${tabId}`, "[role=tab]");
  // The panel's first run asks once where the user is (for the urgent routes): answer as a user would.
  if (await panel.$("[data-region-first-run]")) {
    await panel.click("[data-region-first-run] button[type=submit]");
    await expect.poll(async () => (await panel.$("[data-region-first-run]")) === null).toBe(true);
  }
  await panel.click('[aria-label="Explain Piriformis syndrome"]');
  await expect.poll(() => textOf(panel, "h2")).toBe("Piriformis syndrome");
  expect(await panel.$$eval("[data-concept]", (els) => els.length)).toBeGreaterThan(3);
  await panel.close();
  await page.close();
});

test("a yes on the checklist shows the red-flag banner; all no takes it away", async () => {
  const panel = await openExtensionPage(lens, "sidepanel.html", "[role=tab]");
  await clickText(panel, "[role=tab]", "Red flags");
  const answer = (sign: string, value: "Yes" | "No") =>
    clickText(panel, `[data-red-flag-question="${sign}"] label`, value);
  await answer("saddle-numbness", "Yes");
  await expect.poll(() => textOf(panel, "[data-red-flag-banner]")).toMatch(/a warning sign/);
  expect(await textOf(panel, "[data-red-flag-banner]")).toMatch(/not a diagnosis/);
  await answer("saddle-numbness", "No");
  await expect.poll(() => panel.$("[data-red-flag-banner]")).toBeNull();
  await panel.close();
});

test("appointment notes from the card and the panel survive a restart of the same profile", async () => {
  const { page } = await openForumTab();
  await clickTerm(page, "piriformis");
  const add = await page.waitForSelector("sciatica-lens-card >>> .actions button:not(.primary)");
  await add!.click();
  await expect
    .poll(() => page.$eval("sciatica-lens-card >>> .status", (e) => e.textContent))
    .toMatch(/in your appointment notes/);
  const panel = await openExtensionPage(lens, "sidepanel.html", "[role=tab]");
  await clickText(panel, "[role=tab]", "Appointment");
  await panel.type("#tried", "Short walks: yes");
  await expect.poll(() => panel.$('[data-term="piriformis-syndrome"]').then(Boolean)).toBe(true);
  // Typed notes are saved as the user types, a moment later.
  await expect
    .poll(async () =>
      JSON.stringify(await inExtension(lens, (api) => api.storage.local.get("appointment"), null)),
    )
    .toContain("Short walks: yes");

  const profileDir = lens.ff.profileDir;
  earlierRequests.push(...lens.requests);
  await lens.close();
  lens = await startLens(server, { profileDir, prefs: DOWNLOAD_PREFS });
  const again = await openExtensionPage(lens, "sidepanel.html", "[role=tab]");
  await clickText(again, "[role=tab]", "Appointment");
  await expect
    .poll(() => again.$eval("#tried", (e) => (e as HTMLTextAreaElement).value))
    .toBe("Short walks: yes");
  expect(await again.$('[data-term="piriformis-syndrome"]')).not.toBeNull();
  await again.close();
});

test("the options page exports to a file, deletes everything, and imports the file again", async () => {
  const options = await openExtensionPage(lens, "options.html", "#data-title");
  await clickText(options, "label", /Soft background/);
  await clickText(options, "button", "Export to a file");
  // Firefox makes the file first and fills it a moment later: wait until it holds the whole export.
  const exported = () => readdirSync(downloads).find((f) => f.endsWith(".json"));
  const complete = () => {
    const name = exported();
    try {
      return name ? Boolean(JSON.parse(readFileSync(join(downloads, name), "utf8"))) : false;
    } catch {
      return false;
    }
  };
  await expect.poll(complete, { timeout: 10_000 }).toBe(true);
  const file = join(downloads, exported()!);
  expect(file).toMatch(/sciatica-lens-export-\d{4}-\d{2}-\d{2}\.json$/);
  const saved = readFileSync(file, "utf8");
  expect(JSON.parse(saved)).toMatchObject({
    format: "sciatica-lens-export",
    data: { settings: { highlightStyle: "background" } },
  });

  await clickText(options, "button", "Delete everything");
  await clickText(options, "button", "Yes, delete everything");
  await expect
    .poll(() => textOf(options, "body"))
    .toContain("Everything Sciatica Lens had saved is deleted.");
  const styleNow = async () =>
    (
      (await inExtension(lens, (api) => api.storage.local.get("settings"), null)).settings as
        { highlightStyle?: string } | undefined
    )?.highlightStyle;
  expect(await styleNow()).not.toBe("background");

  const copy = join(mkdtempSync(join(tmpdir(), "sciatica-lens-import-")), "export.json");
  writeFileSync(copy, saved);
  const input = await options.$('input[type="file"]');
  await input!.uploadFile(copy);
  await expect.poll(() => textOf(options, "body")).toMatch(/Imported: settings \(/);
  expect(await styleNow()).toBe("background");
  await options.close();
});

test("privacy: the sidebar, popup, notes, restart and export made no request but the test server's", () => {
  const requests = [...earlierRequests, ...lens.requests];
  expect(requests.length).toBeGreaterThan(0);
  expect(
    requests.filter((url) => !url.startsWith(`${server.url}/`) && !url.startsWith("moz-extension://")),
  ).toEqual([]);
});

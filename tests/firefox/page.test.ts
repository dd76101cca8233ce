import type { Page } from "puppeteer-core";
import { afterAll, beforeAll, expect, test } from "vitest";
import type { StaticServer } from "../../scripts/lib/static-server";
import {
  cardCount,
  cardText,
  clickTerm,
  inExtension,
  openExtensionPage,
  runCommand,
  sleep,
  startLens,
  startServer,
  tabIdOf,
  termPoint,
  waitForFindings,
  type Lens,
} from "./harness";

// What a reader does on a page, in Firefox: painted highlights, the card by click and by keyboard, the
// card's More, and the popup's list for the tab.

let server: StaticServer;
let lens: Lens;
let page: Page;
beforeAll(async () => {
  server = await startServer();
  lens = await startLens(server);
  page = await lens.newPage();
});
afterAll(async () => {
  await lens?.close();
  await server?.close();
});

async function openTermsPage(): Promise<void> {
  await page.goto(`${server.url}/pages/ui-card-terms.html`);
  await waitForFindings(lens, page);
  // Painting follows the report by a frame or two.
  await expect.poll(() => termPoint(page, "piriformis syndrome").then(Boolean, () => false)).toBe(true);
}

const sameBytes = (a: Uint8Array, b: Uint8Array) => Buffer.from(a).equals(Buffer.from(b));

/** A screenshot of the box around a highlighted term (and one of plain text beside it, as a control). */
async function shots({ x, y }: { x: number; y: number }): Promise<{ term: Uint8Array; plain: Uint8Array }> {
  const term = await page.screenshot({ clip: { x: x - 40, y: y - 12, width: 80, height: 24 } });
  const plain = await page.screenshot({ clip: { x: 10, y: 10, width: 300, height: 30 } });
  return { term, plain };
}

test("highlights are painted: the pixels under a term change when they are hidden, nothing else does", async () => {
  await openTermsPage();
  const at = await termPoint(page, "piriformis syndrome");
  const shown = await shots(at);
  await runCommand(lens, page, "toggle-highlights");
  await expect.poll(() => page.evaluate(() => CSS.highlights.size)).toBe(0);
  await sleep(200);
  const hidden = await shots(at);
  expect(sameBytes(shown.term, hidden.term), "the term looks the same with and without its highlight").toBe(
    false,
  );
  expect(sameBytes(shown.plain, hidden.plain), "text without a term changed").toBe(true);
  await runCommand(lens, page, "toggle-highlights");
  await expect.poll(() => page.evaluate(() => CSS.highlights.size)).toBeGreaterThan(0);
  await sleep(200);
  expect(sameBytes((await shots(at)).term, shown.term), "shown again, the term looks as before").toBe(true);
});

test("a click on a term opens its card; Escape and a click elsewhere close it", async () => {
  await openTermsPage();
  expect(await cardCount(page)).toBe(0);
  await clickTerm(page, "piriformis syndrome");
  await expect.poll(() => cardText(page)).toMatch(/Piriformis syndrome.*Possible cause/);
  expect(await cardText(page)).toMatch(/Evidence: .+\(Hopayian 2010; Hopayian 2018\)/);
  await page.keyboard.press("Escape");
  await expect.poll(() => cardCount(page)).toBe(0);
  await clickTerm(page, "saddle numbness");
  await expect.poll(() => cardText(page)).toMatch(/Saddle numbness.*Get checked urgently.*not a diagnosis/);
  await page.mouse.click(5, 5);
  await expect.poll(() => cardCount(page)).toBe(0);
});

const focusedId = () => page.evaluate(() => document.activeElement?.id || document.activeElement?.localName);

test("from the keyboard: Explain on a selection focuses the card, Escape gives focus back; next term then Enter", async () => {
  await openTermsPage();
  await page.focus("#reply");
  await page.evaluate(() => {
    const text = document.querySelector("#opening")!.firstChild as Text;
    const at = text.data.indexOf("piriformis syndrome");
    getSelection()!.setBaseAndExtent(text, at, text, at + "piriformis syndrome".length);
  });
  await runCommand(lens, page, "explain-term");
  await expect.poll(() => cardText(page)).toMatch(/^Piriformis syndrome/);
  // Focus is inside the card's shadow root: the page sees its host as the active element.
  expect(await focusedId()).toBe("sciatica-lens-card");
  await page.keyboard.press("Tab");
  expect(
    await page.$eval("sciatica-lens-card", (host) => host.shadowRoot!.activeElement?.localName ?? null),
  ).toBe("button");
  await page.keyboard.press("Escape");
  await expect.poll(() => cardCount(page)).toBe(0);
  expect(await focusedId()).toBe("reply");

  await runCommand(lens, page, "next-term");
  await expect.poll(() => page.$eval("sciatica-lens-card >>> .hint", (e) => e.textContent)).toMatch(/of \d+/);
  await page.keyboard.press("Enter");
  await expect.poll(() => cardText(page)).toMatch(/^Sciatica/);
  await page.keyboard.press("Escape");
});

test("the card's More: Firefox will not open the sidebar from a page, so the card says what to press", async () => {
  await openTermsPage();
  expect(await inExtension(lens, (api) => api.sidebarAction.isOpen({}), null), "open at install").toBe(false);
  await clickTerm(page, "piriformis syndrome");
  const more = await page.waitForSelector("sciatica-lens-card >>> button.primary");
  await more!.click();
  await expect
    .poll(() => page.$eval("sciatica-lens-card >>> .status", (e) => e.textContent))
    .toBe("Press Alt+Shift+O to open the side panel: it will show this term.");
  // The term is remembered: the sidebar, once opened, shows it.
  const request = await inExtension(
    lens,
    async (api) => (await api.storage.session.get("panel-concept"))["panel-concept"],
    null,
  );
  expect(request).toMatchObject({ id: "piriformis-syndrome" });
  await page.keyboard.press("Escape");
});

test("the popup lists what the tab's page talks about", async () => {
  await openTermsPage();
  const tabId = await tabIdOf(lens, page);
  const popup = await openExtensionPage(lens, `popup.html?tabId=${tabId}`, "[data-concept]");
  const listed = await popup.$$eval("[data-concept]", (els) =>
    els.map((e) => e.getAttribute("data-concept")),
  );
  expect(new Set(listed)).toEqual(
    new Set(["sciatica", "piriformis-syndrome", "physiotherapy", "saddle-numbness", "massage-therapy"]),
  );
  await popup.close();
});

/** Where a request may go: the test server's pages and the extension's own files. */
const allowed = (url: string) =>
  url.startsWith(`${server.url}/`) || url.startsWith("moz-extension://") || url === "about:blank";

test("privacy: this file's visits made no request but the test server's and the extension's own files", async () => {
  // Run alone (-t), it still installs, scans, opens a card and the popup; in the file's run, all the above.
  await openTermsPage();
  await clickTerm(page, "sciatica", "#opening");
  await expect.poll(() => cardText(page)).toMatch(/^Sciatica/);
  const popup = await openExtensionPage(
    lens,
    `popup.html?tabId=${await tabIdOf(lens, page)}`,
    "[data-concept]",
  );
  await popup.close();
  // Those pages covered installing, scanning, highlights, the card and its buttons, the popup. Firefox
  // reports no network events for moz-extension:// loads; extension pages could not reach the network
  // anyway (connect-src 'none', checked in tests/build), and the background has no request code.
  expect(lens.requests.filter((url) => url.startsWith(server.url)).length).toBeGreaterThan(0);
  expect(lens.requests.filter((url) => !allowed(url))).toEqual([]);
  // Control: the recorder sees a request to anywhere else (it goes to the dead proxy and fails there).
  const control = await lens.newPage();
  await control.goto(`${server.url}/pages/ui-card-terms.html`);
  await control.evaluate(() => fetch("http://example.invalid/beacon").catch(() => undefined));
  await expect
    .poll(() => lens.requests.filter((url) => !allowed(url)))
    .toEqual(["http://example.invalid/beacon"]);
  await control.close();
});

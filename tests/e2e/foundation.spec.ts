import { expect, highlightedTexts, popupUrl, tabIdOf, test, waitForFindings } from "./harness";

test.describe("the extension on the bundled demo", () => {
  test("finds, highlights and lists the forum's concepts, red flags first", async ({ lens, page }) => {
    await page.goto(`${lens.server.url}/demo/forum.html`);
    const found = await waitForFindings(lens, page);
    for (const id of [
      "sciatica",
      "disc-herniation",
      "piriformis-syndrome",
      "saddle-numbness",
      "cauda-equina-syndrome",
    ]) {
      expect(found.has(id), `${id} should be found`).toBe(true);
    }

    const highlights = await highlightedTexts(page);
    const all = Object.values(highlights)
      .flat()
      .map((t) => t.toLowerCase());
    expect(all.some((t) => t.includes("sciatica"))).toBe(true);
    expect(highlights["sciatica-lens-underline-red-flag"]?.length ?? 0).toBeGreaterThan(0);
    // Text split by inline markup is still one highlight: "herniated <em>disc</em>".
    expect(all).toContain("herniated disc");

    const tabId = await tabIdOf(lens, page);
    const badge = await lens.worker.evaluate((id) => chrome.action.getBadgeText({ tabId: id }), tabId);
    expect(Number(badge)).toBe(found.size);

    const popup = await lens.context.newPage();
    await popup.goto(popupUrl(lens, tabId));
    const items = popup.locator("[data-concept]");
    await expect(items.first()).toBeVisible();
    const ids = await items.evaluateAll((els) => els.map((el) => el.getAttribute("data-concept")));
    expect(new Set(ids)).toEqual(new Set(found.keys()));
    const categories = await items.evaluateAll((els) => els.map((el) => el.className));
    expect(categories[0]).toContain("concept--red-flag");
    await popup.close();
  });

  test("never changes the page's DOM", async ({ lens, page }) => {
    await page.addInitScript(() => {
      const log: string[] = [];
      (window as unknown as { __mutations: string[] }).__mutations = log;
      document.addEventListener("DOMContentLoaded", () => {
        new MutationObserver((records) => {
          for (const r of records) log.push(`${r.type} on ${(r.target as Element).nodeName}`);
        }).observe(document, { subtree: true, childList: true, attributes: true, characterData: true });
      });
    });
    await page.goto(`${lens.server.url}/demo/forum.html`);
    const found = await waitForFindings(lens, page);
    expect(found.size).toBeGreaterThan(5);
    expect(await page.evaluate(() => (window as unknown as { __mutations: string[] }).__mutations)).toEqual(
      [],
    );
  });

  test("the side panel shows a full entry", async ({ lens, page }) => {
    await page.goto(`chrome-extension://${lens.extensionId}/sidepanel.html?concept=piriformis-syndrome`);
    await expect(page.getByRole("heading", { level: 2, name: /piriformis/i })).toBeVisible();
    await expect(page.locator(".entry__sources li").first()).toBeVisible();
    await expect(page.getByText(/Last reviewed/)).toBeVisible();
  });
});

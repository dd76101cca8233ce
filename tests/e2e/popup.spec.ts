import {
  expect,
  openPopup,
  framesOf,
  highlightedTexts,
  popupUrl,
  tabIdOf,
  test,
  waitForFindings,
  withRestart,
} from "./harness";

test("search finds concepts despite misspellings", async ({ lens, page }) => {
  await page.goto(`${lens.server.url}/pages/nearmiss-sweden-travel.html`);
  const popup = await openPopup(lens, page);
  const search = popup.getByLabel("Look up a term");
  await search.fill("pirformis");
  await expect(popup.locator('[data-result="piriformis-syndrome"]')).toBeVisible();
  await search.fill("siatica");
  await expect(popup.locator("[data-result]").first()).toHaveAttribute("data-result", "sciatica");
  // Words that are not a name: the search words load after the popup opens, in a chunk of their own.
  await search.fill("lyrica");
  await expect(popup.locator("[data-result]").first()).toHaveAttribute("data-result", "nerve-pain-medicines");
  await search.fill("slipped disk");
  await expect(popup.locator("[data-result]").first()).toHaveAttribute("data-result", "disc-herniation");
  await popup.close();
});

test("the urgent list is one click away on a page with nothing found", async ({ lens, page }) => {
  await page.goto(`${lens.server.url}/pages/nearmiss-sweden-travel.html`);
  expect((await waitForFindings(lens, page)).size).toBe(0);
  const popup = await openPopup(lens, page);
  await expect(popup.getByText("No sciatica terms found on this page.", { exact: false })).toBeVisible();
  await popup.getByText("When to get checked urgently").click();
  const items = popup.locator("[data-red-flag]");
  await expect(items).toHaveCount(10);
  await expect(items.first()).toContainText("not a diagnosis");
  await popup.close();
});

test("show me scrolls to the next occurrence and makes it stand out", async ({ lens, page }) => {
  await page.goto(`${lens.server.url}/demo/forum.html`);
  await waitForFindings(lens, page);
  const popup = await openPopup(lens, page);
  await popup
    .locator('[data-concept="cauda-equina-syndrome"]')
    .getByRole("button", { name: /show me/i })
    .click();
  await expect(popup.getByText(/Showing 1 of \d+/)).toBeVisible();
  await expect.poll(() => page.evaluate(() => scrollY)).toBeGreaterThan(200);
  expect(await page.evaluate(() => CSS.highlights.has("sciatica-lens-focus"))).toBe(true);
  await popup.close();
});

test("a page the extension cannot read is explained in plain words", async ({ lens, page }) => {
  await page.goto("data:text/html,<p>sciatica</p>");
  const popup = await openPopup(lens, page);
  await expect(popup.getByText("can't read this page", { exact: false })).toBeVisible();
  await popup.close();
});

test("pausing a site stops its highlights, and stays paused after a browser restart", async ({ lens }) => {
  test.setTimeout(120_000);
  const url = `${lens.server.url}/demo/forum.html`;
  await withRestart(
    lens,
    async (harness) => {
      const page = await harness.context.newPage();
      await page.goto(url);
      await waitForFindings(harness, page);
      expect(Object.values(await highlightedTexts(page)).flat().length).toBeGreaterThan(0);
      const popup = await harness.context.newPage();
      await popup.goto(popupUrl(harness, await tabIdOf(harness, page)));
      await popup.getByLabel("Pause Sciatica Lens on 127.0.0.1").check();
      await expect.poll(async () => Object.values(await highlightedTexts(page)).flat().length).toBe(0);
      await expect
        .poll(async () => (await framesOf(harness, await tabIdOf(harness, page)))["0"]?.status)
        .toBe("paused");
    },
    async (harness) => {
      const page = await harness.context.newPage();
      await page.goto(url);
      await expect
        .poll(async () => (await framesOf(harness, await tabIdOf(harness, page)))["0"]?.status)
        .toBe("paused");
      expect(Object.values(await highlightedTexts(page)).flat()).toEqual([]);
      const badge = await harness.worker.evaluate(
        (id) => chrome.action.getBadgeText({ tabId: id }),
        await tabIdOf(harness, page),
      );
      expect(badge).toBe("");
    },
  );
});

test("the popup fits its width without horizontal scrolling, also at twice the font size", async ({
  lens,
  page,
}) => {
  await page.goto(`${lens.server.url}/demo/forum.html`);
  await waitForFindings(lens, page);
  const popup = await lens.context.newPage();
  await popup.setViewportSize({ width: 400, height: 600 });
  await popup.goto(popupUrl(lens, await tabIdOf(lens, page)));
  await expect(popup.locator("[data-concept]").first()).toBeVisible();
  for (const fontSize of ["100%", "200%"]) {
    await popup.evaluate((size) => (document.documentElement.style.fontSize = size), fontSize);
    const overflow = await popup.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    );
    expect(overflow, `horizontal overflow at ${fontSize}`).toBeLessThanOrEqual(0);
  }
  await popup.close();
});

test("the open popup updates when the page changes", async ({ lens, page }) => {
  await page.goto(`${lens.server.url}/pages/nearmiss-sweden-travel.html`);
  await waitForFindings(lens, page);
  const popup = await openPopup(lens, page);
  await expect(popup.locator("[data-concept]")).toHaveCount(0);
  await page.evaluate(() => {
    const p = document.createElement("p");
    p.textContent = "Update: my sciatica is back and the physio thinks it is piriformis syndrome.";
    document.body.append(p);
  });
  await expect(popup.locator('[data-concept="piriformis-syndrome"]')).toBeVisible();
  await expect(popup.locator('[data-concept="sciatica"]')).toBeVisible();
  await popup.close();
});

test("everything in the popup works from the keyboard", async ({ lens, page }) => {
  await page.goto(`${lens.server.url}/demo/forum.html`);
  await waitForFindings(lens, page);
  const popup = await openPopup(lens, page);
  await expect(popup.locator("[data-concept]").first()).toBeVisible();
  // The urgent list is the first stop, and opens with Enter.
  await popup.keyboard.press("Tab");
  await expect(popup.locator(".urgent > summary")).toBeFocused();
  await popup.keyboard.press("Enter");
  await expect(popup.locator("[data-red-flag]").first()).toBeVisible();
  // Next: the first category's summary (it folds the group), then its first finding's "Show me",
  // which works with Enter.
  await popup.keyboard.press("Tab");
  await expect(popup.locator(".concept-group > summary").first()).toBeFocused();
  await popup.keyboard.press("Tab");
  const showMe = popup
    .locator("[data-concept]")
    .first()
    .getByRole("button", { name: /show me/i });
  await expect(showMe).toBeFocused();
  await popup.keyboard.press("Enter");
  await expect(popup.getByText(/Showing 1 of \d+/)).toBeVisible();
  // Every control can be reached by Tab, in order, ending with the switches.
  const reached: string[] = [];
  for (let i = 0; i < 200; i++) {
    await popup.keyboard.press("Tab");
    const label = await popup.evaluate(() => {
      const el = document.activeElement as HTMLElement | null;
      return el
        ? `${el.tagName}:${el.getAttribute("aria-label") || el.id || el.textContent?.trim().slice(0, 30)}`
        : "";
    });
    reached.push(label);
    if (label.startsWith("BUTTON:") && label.includes("Open the side panel")) break;
  }
  expect(reached.some((l) => l === "INPUT:concept-search")).toBe(true);
  expect(reached.at(-1)).toContain("Open the side panel");
  // The search field takes typing and clears with Escape (the native search field does).
  await popup.locator("#concept-search").focus();
  await popup.keyboard.type("pirformis");
  await expect(popup.locator('[data-result="piriformis-syndrome"]')).toBeVisible();
  await popup.keyboard.press("Escape");
  await expect(popup.locator("#concept-search")).toHaveValue("");
  await popup.close();
});

test("Explain opens the side panel on that concept", async ({ lens, page }) => {
  await page.goto(`${lens.server.url}/demo/forum.html`);
  await waitForFindings(lens, page);
  const popup = await openPopup(lens, page);
  const panels = () =>
    lens.worker.evaluate(async () =>
      (
        await chrome.runtime.getContexts({ contextTypes: ["SIDE_PANEL"] } as Parameters<
          typeof chrome.runtime.getContexts
        >[0])
      ).map((c) => c.documentUrl ?? ""),
    );
  expect(await panels()).toEqual([]);
  await popup
    .locator('[data-concept="piriformis-syndrome"]')
    .getByRole("button", { name: /explain/i })
    .click();
  await expect.poll(panels).toEqual([expect.stringContaining("/sidepanel.html")]);
  // The panel shows what was asked for: the same page, opened in a tab, reads the same request.
  const panel = await lens.context.newPage();
  await panel.goto(`chrome-extension://${lens.extensionId}/sidepanel.html`);
  await expect(panel.getByRole("heading", { level: 2, name: /piriformis/i })).toBeVisible();
  await panel.close();
  await popup.close();
});

test("the highlights switch hides and restores highlights, and the findings stay listed", async ({
  lens,
  page,
}) => {
  await page.goto(`${lens.server.url}/demo/forum.html`);
  await waitForFindings(lens, page);
  const count = async () => Object.values(await highlightedTexts(page)).flat().length;
  expect(await count()).toBeGreaterThan(0);
  const popup = await openPopup(lens, page);
  const toggle = popup.getByLabel("Highlight terms on pages");
  await toggle.uncheck();
  await expect.poll(count).toBe(0);
  await expect(popup.locator("[data-concept]").first()).toBeVisible();
  await toggle.check();
  await expect.poll(count).toBeGreaterThan(0);
  await popup.close();
});

import AxeBuilder from "@axe-core/playwright";
import type { Page } from "@playwright/test";
import { launchWithExtension } from "../../scripts/lib/launch";
import {
  card,
  cardHost,
  clickTerm,
  expect,
  highlightedTexts,
  openPopup,
  optionsUrl,
  resetSettings,
  runCommand,
  selectText,
  termPoint,
  test,
  waitForFindings,
  type Lens,
} from "./harness";

const TERMS_PAGE = "/pages/ui-card-terms.html";

async function openTermsPage(lens: Lens, page: Page): Promise<void> {
  await page.goto(`${lens.server.url}${TERMS_PAGE}`);
  await waitForFindings(lens, page);
}

test("clicking a highlighted term opens its card; the card's host is in the page only while it is open", async ({
  lens,
  page,
}) => {
  await openTermsPage(lens, page);
  await expect(cardHost(page)).toHaveCount(0);
  await clickTerm(page, "piriformis syndrome");
  await expect(card(page)).toBeVisible();
  await expect(card(page).getByRole("heading", { name: /Piriformis syndrome/ })).toBeVisible();
  await expect(card(page)).toContainText("Possible cause");
  await expect(card(page)).toContainText("deep buttock muscle");
  await expect(card(page)).toContainText(/Evidence: .+\(Hopayian 2010; Hopayian 2018\)/);
  await expect(card(page).getByRole("button", { name: /More about Piriformis syndrome/ })).toBeVisible();
  await expect(card(page).getByRole("button", { name: "Add to my appointment notes" })).toBeVisible();
  await expect(card(page).getByRole("button", { name: "Not this meaning here" })).toBeVisible();
  // The card sits beside the word, inside the viewport.
  const term = await termPoint(page, "piriformis syndrome");
  const box = (await cardHost(page).boundingBox())!;
  expect(box.y).toBeGreaterThan(term.y);
  expect(box.y + box.height).toBeLessThanOrEqual(800);
  await page.keyboard.press("Escape");
  await expect(cardHost(page)).toHaveCount(0);

  // Another term replaces it; a click elsewhere closes it.
  await clickTerm(page, "sciatica", "#opening");
  await expect(card(page).getByRole("heading", { name: /^Sciatica/ })).toBeVisible();
  await clickTerm(page, "saddle numbness");
  await expect(card(page).getByRole("heading", { name: /Saddle numbness/ })).toBeVisible();
  await expect(cardHost(page)).toHaveCount(1);
  await page.mouse.click(5, 5);
  await expect(cardHost(page)).toHaveCount(0);
});

test("a click on a term inside a link is the link's, and plain text opens nothing", async ({
  lens,
  page,
}) => {
  await openTermsPage(lens, page);
  await clickTerm(page, "sciatica", "nav");
  await expect(page).toHaveURL(/#faq$/);
  await page.locator("#opening").click({ position: { x: 2, y: 2 } });
  await page.waitForTimeout(300);
  await expect(cardHost(page)).toHaveCount(0);
});

test("a warning sign's card leads with what to do, and says it is not a diagnosis", async ({
  lens,
  page,
}) => {
  await openTermsPage(lens, page);
  await clickTerm(page, "saddle numbness");
  const warning = card(page).locator(".warn");
  await expect(warning).toContainText("Get checked urgently");
  await expect(warning).toContainText("emergency");
  await expect(warning).toContainText("not a diagnosis");
  await expect(card(page)).toHaveClass(/card--red/);
});

test("opened from the keyboard, focus moves into the card, Tab stays in it, and Escape gives focus back", async ({
  lens,
  page,
}) => {
  await openTermsPage(lens, page);
  await page.locator("#reply").focus();
  await selectText(page, "#opening", "piriformis syndrome");
  await runCommand(lens, page, "explain-term");
  await expect(card(page).getByRole("heading", { name: /Piriformis syndrome/ })).toBeVisible();
  await expect(card(page)).toBeFocused();
  const buttons = card(page).getByRole("button");
  const count = await buttons.count();
  await page.keyboard.press("Tab");
  await expect(buttons.first()).toBeFocused();
  for (let i = 1; i < count; i++) await page.keyboard.press("Tab");
  await expect(buttons.last()).toBeFocused();
  await page.keyboard.press("Tab");
  await expect(buttons.first()).toBeFocused();
  await page.keyboard.press("Shift+Tab");
  await expect(buttons.last()).toBeFocused();
  await page.keyboard.press("Escape");
  await expect(cardHost(page)).toHaveCount(0);
  await expect(page.locator("#reply")).toBeFocused();
});

test("the card closes when its text leaves the page, and follows the page as it scrolls", async ({
  lens,
  page,
}) => {
  await openTermsPage(lens, page);
  await clickTerm(page, "massage therapy");
  await expect(card(page)).toBeVisible();
  const before = (await cardHost(page).boundingBox())!.y;
  await page.mouse.wheel(0, 120);
  await expect.poll(async () => Math.round(before - (await cardHost(page).boundingBox())!.y)).toBe(120);
  await page.evaluate(() => document.getElementById("massage")!.remove());
  await expect(cardHost(page)).toHaveCount(0);
});

test("the page's CSS cannot reach the card: hostile rules on * leave its text as on a plain page", async ({
  lens,
  page,
}) => {
  const styleOf = (p: Page) =>
    p.evaluate(() => {
      const root = document.querySelector("sciatica-lens-card")!.shadowRoot!;
      const pick = (el: Element) => {
        const s = getComputedStyle(el);
        const keep = [
          "font-family",
          "font-size",
          "line-height",
          "color",
          "background-color",
          "text-transform",
        ];
        const more = ["letter-spacing", "direction", "text-align", "display", "visibility", "opacity"];
        return Object.fromEntries([...keep, ...more].map((k) => [k, s.getPropertyValue(k)]));
      };
      const host = document.querySelector("sciatica-lens-card")!;
      const hs = getComputedStyle(host);
      const icon = getComputedStyle(root.querySelector(".kind svg")!);
      return {
        title: pick(root.querySelector("h2")!),
        kind: pick(root.querySelector(".kind")!),
        icon: {
          width: icon.width,
          height: icon.height,
          fill: icon.fill,
          stroke: icon.stroke,
          display: icon.display,
        },
        summary: pick(root.querySelector("#sl-summary")!),
        button: pick(root.querySelector("button.primary")!),
        host: { transform: hs.transform, filter: hs.filter, opacity: hs.opacity, border: hs.borderTopWidth },
        size: { width: Math.round(host.getBoundingClientRect().width) },
      };
    });
  await openTermsPage(lens, page);
  await clickTerm(page, "saddle numbness");
  await expect(card(page)).toBeVisible();
  const plain = await styleOf(page);

  await page.goto(`${lens.server.url}/pages/ui-hostile-css.html`);
  await waitForFindings(lens, page);
  // The fixture really is hostile: the page's own text is restyled.
  expect(await page.locator("#story").evaluate((el) => getComputedStyle(el).textTransform)).toBe("uppercase");
  await clickTerm(page, "saddle numbness");
  await expect(card(page)).toBeVisible();
  await expect(card(page).getByRole("heading", { name: /Saddle numbness/ })).toBeVisible();
  const hostile = await styleOf(page);
  expect(hostile).toEqual(plain);
  expect(hostile.host).toEqual({ transform: "none", filter: "none", opacity: "1", border: "0px" });
  expect(hostile.title["font-size"]).not.toBe("9px");
  expect(hostile.title.direction).toBe("ltr");
  // The kind chip's icon is drawn in the chip's own colour, at its own size, on both pages.
  expect(hostile.icon.stroke).toBe(hostile.kind.color);
  expect(hostile.icon.fill).toBe("none");
  expect(parseFloat(hostile.icon.width)).toBeGreaterThan(8);
});

test("More opens the side panel on the concept; Add to my appointment notes confirms", async ({ lens }) => {
  // Its own browser: a side panel stays open, and other tests start with none.
  const own = await launchWithExtension();
  const harness = { ...lens, context: own.context, worker: own.worker!, extensionId: own.extensionId! };
  const panels = () =>
    harness.worker.evaluate(async () =>
      (
        await chrome.runtime.getContexts({ contextTypes: ["SIDE_PANEL"] } as Parameters<
          typeof chrome.runtime.getContexts
        >[0])
      ).map((c) => c.documentUrl ?? ""),
    );
  try {
    const page = await own.context.newPage();
    await openTermsPage(harness, page);
    await clickTerm(page, "piriformis syndrome");
    await card(page).getByRole("button", { name: "Add to my appointment notes" }).click();
    await expect(card(page).getByRole("button", { name: /Added/ })).toBeVisible();
    await expect(card(page).getByRole("status")).toHaveText(
      "Piriformis syndrome is in your appointment notes.",
    );
    expect(await panels()).toEqual([]);
    // The click in the page reaches the background as a message, within the user's gesture.
    await card(page)
      .getByRole("button", { name: /More about/ })
      .click();
    await expect.poll(panels).toEqual([expect.stringContaining("/sidepanel.html")]);
    expect(
      await harness.worker.evaluate(
        async () => (await chrome.storage.session.get("panel-concept"))["panel-concept"],
      ),
    ).toMatchObject({ id: "piriformis-syndrome" });
  } finally {
    await own.context.close();
  }
});

for (const colorScheme of ["light", "dark"] as const) {
  test(`axe finds no violations in the open card (${colorScheme})`, async ({ lens, page }) => {
    await page.emulateMedia({ colorScheme });
    await openTermsPage(lens, page);
    await clickTerm(page, "saddle numbness");
    await expect(card(page)).toBeVisible();
    const results = await new AxeBuilder({ page }).include("sciatica-lens-card").analyze();
    expect(results.passes.length).toBeGreaterThan(5);
    expect(results.violations.map((v) => `${v.id}: ${v.nodes.length} (${v.help})`)).toEqual([]);
    await page.keyboard.press("Escape");
    await selectText(page, "#opening", "sciatica");
    await runCommand(lens, page, "explain-term");
    await expect(card(page)).toBeFocused();
    const focused = await new AxeBuilder({ page }).include("sciatica-lens-card").analyze();
    expect(focused.violations.map((v) => `${v.id}: ${v.nodes.length} (${v.help})`)).toEqual([]);
  });
}

test("Not this meaning here hides the concept on this site, remembered, and the options page undoes it", async ({
  lens,
}) => {
  test.setTimeout(120_000);
  // Its own browser: this test changes settings that other tests in this worker rely on.
  const own = await launchWithExtension();
  const harness = { ...lens, context: own.context, worker: own.worker!, extensionId: own.extensionId! };
  try {
    const page = await own.context.newPage();
    await openTermsPage(harness, page);
    await clickTerm(page, "massage therapy");
    await card(page).getByRole("button", { name: "Not this meaning here" }).click();
    await expect(card(page).getByRole("status")).toContainText("will not be marked on this site");
    await expect
      .poll(async () =>
        Object.values(await highlightedTexts(page))
          .flat()
          .map((t) => t.toLowerCase()),
      )
      .not.toContain("massage therapy");
    expect((await waitForFindings(harness, page)).has("massage-therapy")).toBe(false);
    expect((await waitForFindings(harness, page)).has("sciatica")).toBe(true);
    const popup = await openPopup(harness, page);
    await expect(popup.locator('[data-concept="sciatica"]')).toBeVisible();
    await expect(popup.locator('[data-concept="massage-therapy"]')).toHaveCount(0);
    await popup.close();

    const options = await own.context.newPage();
    await options.goto(optionsUrl(harness));
    const row = options.locator('[data-host="127.0.0.1"] [data-hidden="massage-therapy"]');
    await expect(row).toContainText("Massage therapy");
    await row.getByRole("button", { name: /Mark again/ }).click();
    await expect(options.locator("[data-hidden]")).toHaveCount(0);
    await page.bringToFront();
    await expect
      .poll(async () =>
        Object.values(await highlightedTexts(page))
          .flat()
          .map((t) => t.toLowerCase()),
      )
      .toContain("massage therapy");
  } finally {
    await own.context.close();
  }
});

test("the page pays for no click or pointer listener of ours until a term is painted", async ({
  lens,
  page,
}) => {
  // The listeners on the page's window in our content script's own world, as the browser's debugger
  // sees them (navigation watchers aside, which every page has).
  const ourListeners = async () => {
    const cdp = await page.context().newCDPSession(page);
    const worlds: Array<{ id: number; name: string; auxData?: { type?: string } }> = [];
    cdp.on("Runtime.executionContextCreated", (e) => worlds.push(e.context));
    await cdp.send("Runtime.enable");
    const isOurs = (w: (typeof worlds)[number]) =>
      w.name === "Sciatica Lens" && w.auxData?.type === "isolated";
    await expect.poll(() => worlds.some(isOurs)).toBe(true);
    const contextId = worlds.find(isOurs)!.id;
    const { result } = await cdp.send("Runtime.evaluate", { expression: "window", contextId });
    const { listeners } = await cdp.send("DOMDebugger.getEventListeners", { objectId: result.objectId! });
    await cdp.detach();
    const interesting = ["click", "pointermove", "pointerdown", "keydown", "scroll", "resize"];
    return listeners
      .map((l) => l.type)
      .filter((t) => interesting.includes(t))
      .sort();
  };
  await page.goto(`${lens.server.url}/pages/nearmiss-sweden-travel.html`);
  expect((await waitForFindings(lens, page)).size).toBe(0);
  expect(await ourListeners()).toEqual([]);
  await openTermsPage(lens, page);
  expect(await ourListeners()).toEqual(["click"]);
  await clickTerm(page, "sciatica", "#opening");
  await expect(card(page)).toBeVisible();
  expect(await ourListeners()).toEqual(["click", "keydown", "pointerdown", "resize", "scroll"]);
  await page.keyboard.press("Escape");
  await expect(cardHost(page)).toHaveCount(0);
  expect(await ourListeners()).toEqual(["click"]);
});

test("the card fits a narrow window (as at 400% zoom) without sideways scrolling", async ({ lens, page }) => {
  await page.setViewportSize({ width: 320, height: 640 });
  await openTermsPage(lens, page);
  await clickTerm(page, "saddle numbness");
  await expect(card(page)).toBeVisible();
  const box = (await cardHost(page).boundingBox())!;
  expect(box.x).toBeGreaterThanOrEqual(8);
  expect(box.x + box.width).toBeLessThanOrEqual(312);
  expect(box.y + box.height).toBeLessThanOrEqual(632);
  const overflow = await card(page).evaluate((el) => el.scrollWidth - el.clientWidth);
  expect(overflow).toBeLessThanOrEqual(0);
  // Everything in it can still be reached: the actions scroll into view inside the card.
  const more = card(page).getByRole("button", { name: /More about/ });
  await more.scrollIntoViewIfNeeded();
  await expect(more).toBeInViewport();
});

// Chromium's highlightsFromPoint misses terms when devicePixelRatio is not 1 (125% scaling, 200% zoom or a
// high-density screen): the card's hit test must still find the term under the pointer there.
for (const factor of [1.25, 2]) {
  test(`a click on a term opens its card at ${factor * 100}% (devicePixelRatio ${factor}), and so does resting the pointer on it`, async ({
    lens,
    page,
  }) => {
    const cdp = await page.context().newCDPSession(page);
    await cdp.send("Emulation.setDeviceMetricsOverride", {
      width: Math.round(1200 / factor),
      height: Math.round(800 / factor),
      deviceScaleFactor: factor,
      mobile: false,
    });
    await openTermsPage(lens, page);
    expect(await page.evaluate(() => devicePixelRatio)).toBe(factor);
    for (const [term, name] of [
      ["piriformis syndrome", /Piriformis syndrome/],
      ["saddle numbness", /Saddle numbness/],
    ] as const) {
      const { x, y } = await termPoint(page, term, "body", "end");
      await page.mouse.click(x, y);
      await expect(card(page).getByRole("heading", { name })).toBeVisible();
      await page.keyboard.press("Escape");
      await expect(cardHost(page)).toHaveCount(0);
    }
    // A click beside the text still opens nothing.
    await page.mouse.click(3, 3);
    await page.waitForTimeout(300);
    await expect(cardHost(page)).toHaveCount(0);

    // "Card on hover" asks the same hit test as the pointer moves.
    await lens.worker.evaluate(() => chrome.storage.local.set({ settings: { cardTrigger: "hover" } }));
    try {
      for (const [term, name] of [
        ["saddle numbness", /Saddle numbness/],
        ["piriformis syndrome", /Piriformis syndrome/],
      ] as const) {
        const { x, y } = await termPoint(page, term, "body", "end");
        // Moved off and on again until the page's script has the new setting (it arrives by storage).
        await expect(async () => {
          await page.mouse.move(3, 3);
          await page.mouse.move(x, y, { steps: 3 });
          await expect(card(page).getByRole("heading", { name })).toBeVisible({ timeout: 1500 });
        }).toPass({ timeout: 10_000 });
        await page.mouse.move(3, 3, { steps: 3 });
        await expect(cardHost(page)).toHaveCount(0);
      }
    } finally {
      await resetSettings(lens);
    }
  });
}

import AxeBuilder from "@axe-core/playwright";
import type { Page } from "@playwright/test";
import { explainOnPage, explainUrl, readReport } from "./explain-helpers";
import { card, clickTerm, expect, openPopup, test, waitForFindings, type Lens } from "./harness";

// Accessibility of every surface, as a table: axe in light and dark mode at 100% and 200% zoom, no
// horizontal scrolling, and a keyboard-only walk through every control with a visible focus ring.
// Each surface is one row: popup, side panel, options page, the in-page card, and the panel with its banner.

interface Surface {
  name: string;
  /** Device pixels the browser gives this surface: Chrome's largest popup, a side panel, a tab. */
  width: number;
  height: number;
  /** Opens it, in a state that shows what it can show (findings listed, a search made, lists open). */
  open(lens: Lens, page: Page): Promise<Page>;
  /** The last control a Tab walk reaches (the walk starts at the top and must get there); null: no walk here. */
  last: RegExp | null;
}

const SURFACES: Surface[] = [
  {
    name: "popup",
    width: 800,
    height: 600,
    last: /Open the side panel/,
    async open(lens, page) {
      await page.goto(`${lens.server.url}/demo/forum.html`);
      await waitForFindings(lens, page);
      const popup = await openPopup(lens, page);
      await expect(popup.locator("[data-concept]").first()).toBeVisible();
      await popup.locator(".urgent > summary").click();
      await popup.getByLabel("Look up a term").fill("stenosis");
      await expect(popup.locator("[data-result]").first()).toBeVisible();
      return popup;
    },
  },
  {
    name: "side panel",
    width: 400,
    height: 800,
    last: /Trigger point therapy|All terms/,
    async open(lens) {
      const panel = await lens.context.newPage();
      await panel.goto(`chrome-extension://${lens.extensionId}/sidepanel.html?concept=cauda-equina-syndrome`);
      await expect(panel.getByRole("heading", { level: 2, name: /cauda equina/i })).toBeVisible();
      return panel;
    },
  },
  {
    name: "options page",
    width: 1280,
    height: 800,
    last: /Sources \(\d+\)/,
    async open(lens) {
      const options = await lens.context.newPage();
      await options.goto(`chrome-extension://${lens.extensionId}/options.html`);
      // The sensitive sites start paused, so the list and its buttons are there to check.
      await expect(options.getByRole("button", { name: "Resume on mail.google.com" })).toBeVisible();
      return options;
    },
  },
  {
    name: "Explain page",
    width: 1280,
    height: 800,
    last: /Print or save as PDF/,
    async open(lens) {
      const view = await lens.context.newPage();
      await view.goto(explainUrl(lens));
      await explainOnPage(view, readReport("mri-lumbar-cauda-equina.txt").text);
      await view.locator(".urgent > summary").click();
      return view;
    },
  },
  {
    name: "explanation card",
    width: 1280,
    height: 800,
    // The card keeps Tab inside itself; its keyboard use is walked in card.spec.ts.
    last: null,
    async open(lens, page) {
      await page.goto(`${lens.server.url}/demo/forum.html`);
      await waitForFindings(lens, page);
      await clickTerm(page, "saddle numbness");
      await expect(card(page)).toBeVisible();
      return page;
    },
  },
  {
    name: "side panel with the red-flag banner",
    width: 400,
    height: 800,
    last: /Trigger point therapy|All terms/,
    async open(lens) {
      await lens.worker.evaluate(() =>
        chrome.storage.local.set({
          "red-flag-answers": { answers: { "saddle-numbness": "yes" }, checkedAt: new Date().toISOString() },
        }),
      );
      const panel = await lens.context.newPage();
      await panel.goto(`chrome-extension://${lens.extensionId}/sidepanel.html?concept=sciatica`);
      await expect(panel.getByRole("alert").filter({ hasText: "warning sign" })).toBeVisible();
      return panel;
    },
  },
];

/** What Chrome does at a zoom level: the CSS viewport shrinks by the factor and each CSS pixel grows. */
async function zoom(page: Page, surface: Surface, factor: number): Promise<void> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send("Emulation.setDeviceMetricsOverride", {
    width: Math.round(surface.width / factor),
    height: Math.round(surface.height / factor),
    deviceScaleFactor: factor,
    mobile: false,
  });
}

test.afterEach(async ({ lens }) => {
  await lens.worker.evaluate(() => chrome.storage.local.remove("settings"));
});

for (const surface of SURFACES) {
  const last = surface.last;
  for (const colorScheme of ["light", "dark"] as const) {
    for (const factor of [1, 2]) {
      test(`axe finds nothing in the ${surface.name}, ${colorScheme}, at ${factor * 100}% zoom`, async ({
        lens,
        page,
      }) => {
        await page.emulateMedia({ colorScheme });
        const view = await surface.open(lens, page);
        await view.emulateMedia({ colorScheme });
        await zoom(view, surface, factor);
        expect(await view.evaluate(() => [devicePixelRatio, innerWidth])).toEqual([
          factor,
          Math.round(surface.width / factor),
        ]);
        const results = await new AxeBuilder({ page: view }).analyze();
        expect(results.violations.map((v) => `${v.id}: ${v.nodes.length} (${v.help})`)).toEqual([]);
        const overflow = await view.evaluate(
          () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
        );
        expect(overflow, "horizontal scrolling").toBeLessThanOrEqual(0);
        if (view !== page) await view.close();
      });
    }
  }

  if (last)
    test(`the ${surface.name} works from the keyboard alone, with a visible focus ring on every stop`, async ({
      lens,
      page,
    }) => {
      const view = await surface.open(lens, page);
      await view.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
      const stops: string[] = [];
      for (let i = 0; i < 300; i++) {
        await view.keyboard.press("Tab");
        const stop = await view.evaluate(() => {
          const el = document.activeElement as HTMLElement | null;
          if (!el || el === document.body) return null;
          const style = getComputedStyle(el);
          const ring = style.outlineStyle !== "none" && parseFloat(style.outlineWidth) >= 2;
          const name =
            el.getAttribute("aria-label") || el.textContent?.trim().slice(0, 40) || el.id || el.tagName;
          return { name: `${el.tagName}:${name}`, ring };
        });
        if (!stop) break;
        expect(stop.ring, `focus ring on ${stop.name}`).toBe(true);
        stops.push(stop.name);
        if (last.test(stop.name)) break;
      }
      expect(stops.length).toBeGreaterThanOrEqual(2);
      expect(stops.at(-1)).toMatch(last);
      // And back again with Shift+Tab, without a trap.
      await view.keyboard.press("Shift+Tab");
      const back = await view.evaluate(() => {
        const el = document.activeElement as HTMLElement | null;
        return el
          ? `${el.tagName}:${el.getAttribute("aria-label") || el.textContent?.trim().slice(0, 40) || el.id || el.tagName}`
          : "";
      });
      expect(back).toBe(stops.at(-2));
      if (view !== page) await view.close();
    });
}

test("the popup's live region announces how many terms were found, and any warning sign", async ({
  lens,
  page,
}) => {
  await page.goto(`${lens.server.url}/pages/nearmiss-sweden-travel.html`);
  await waitForFindings(lens, page);
  const popup = await openPopup(lens, page);
  const status = popup.locator("section[aria-labelledby=on-page] [role=status]");
  await expect(status).toHaveAttribute("aria-live", "polite");
  await expect(status).toHaveText(/No sciatica terms found/);
  const region = await status.elementHandle();
  // The page changes while the popup is open: the same region (never re-created, or it would not be
  // announced) now says how many terms there are, and that one of them is a warning sign.
  await page.evaluate(() => {
    const p = document.createElement("p");
    p.textContent = "Update: my sciatica came back with saddle numbness, so I went to A&E.";
    document.body.append(p);
  });
  await expect(status).toHaveText(/^\d+ terms found on this page\. 1 of them is a warning sign/);
  expect(await region!.evaluate((el) => el.isConnected)).toBe(true);
  expect(await status.evaluate((el, old) => el === old, region)).toBe(true);
  await popup.close();
});

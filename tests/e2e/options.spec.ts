import AxeBuilder from "@axe-core/playwright";
import type { BrowserContext, Page } from "@playwright/test";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import {
  card,
  cardHost,
  clickTerm,
  expect,
  FIXTURES,
  framesOf,
  highlightedTexts,
  openPopup,
  optionsUrl,
  resetSettings,
  tabIdOf,
  termPoint,
  test,
  waitForFindings,
  withRestart,
  type Lens,
} from "./harness";

const TERMS_PAGE = "/pages/ui-card-terms.html";

const highlightNames = (page: Page) =>
  page.evaluate(() => [...CSS.highlights.keys()].filter((n) => n.startsWith("sciatica-lens-")).sort());

const badgeOf = async (own: Lens, page: Page) =>
  own.worker.evaluate((tabId) => chrome.action.getBadgeText({ tabId }), await tabIdOf(own, page));

async function openPage(own: Lens, context: BrowserContext, path = TERMS_PAGE): Promise<Page> {
  const page = await context.newPage();
  await page.goto(`${own.server.url}${path}`);
  await waitForFindings(own, page);
  return page;
}

async function openOptions(own: Lens): Promise<Page> {
  const options = await own.context.newPage();
  await options.goto(optionsUrl(own));
  await expect(options.getByRole("heading", { level: 1 })).toHaveText("Sciatica Lens options");
  return options;
}

test("display options change what the page shows, and survive a browser restart", async ({ lens }) => {
  test.setTimeout(150_000);
  await withRestart(
    lens,
    async (own) => {
      const page = await openPage(own, own.context);
      expect(await highlightNames(page)).toContain("sciatica-lens-underline-treatment");
      expect(await highlightNames(page)).toContain("sciatica-lens-underline-care");
      const options = await openOptions(own);

      // Categories: treatments are no longer marked; warning signs cannot be turned off.
      await options.getByRole("checkbox", { name: "Treatments" }).uncheck();
      await expect(options.getByRole("checkbox", { name: /Warning signs/ })).toBeDisabled();
      await expect.poll(() => highlightNames(page)).not.toContain("sciatica-lens-underline-treatment");
      expect(await highlightNames(page)).toContain("sciatica-lens-underline-red-flag");

      // Style: a soft background instead of an underline.
      await options.getByRole("radio", { name: /Soft background/ }).check();
      await expect
        .poll(() => highlightNames(page))
        .toEqual(
          ["background-care", "background-cause", "background-condition", "background-red-flag"].map(
            (n) => `sciatica-lens-${n}`,
          ),
        );

      // Card on hover: resting the pointer on a term opens its card, no click needed.
      await options.getByRole("radio", { name: /rest the pointer/ }).check();
      await page.bringToFront();
      const { x, y } = await termPoint(page, "piriformis syndrome");
      await page.mouse.move(x, y, { steps: 3 });
      await expect(card(page).getByRole("heading", { name: /Piriformis syndrome/ })).toBeVisible();
      // WCAG 2.2, 1.4.13: the pointer can move onto the card and it stays; Escape dismisses it there.
      const box = (await cardHost(page).boundingBox())!;
      await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2, { steps: 5 });
      await page.waitForTimeout(800);
      await expect(card(page)).toBeVisible();
      await page.keyboard.press("Escape");
      await expect(cardHost(page)).toHaveCount(0);
      await page.mouse.move(x, y, { steps: 3 });
      await expect(card(page)).toBeVisible();
      await page.mouse.move(5, 5, { steps: 3 });
      await expect(cardHost(page)).toHaveCount(0);
    },
    async (own) => {
      const page = await openPage(own, own.context);
      expect(await highlightNames(page)).toEqual(
        ["background-care", "background-cause", "background-condition", "background-red-flag"].map(
          (n) => `sciatica-lens-${n}`,
        ),
      );
      const { x, y } = await termPoint(page, "saddle numbness");
      await page.mouse.move(x, y, { steps: 3 });
      await expect(card(page).getByRole("heading", { name: /Saddle numbness/ })).toBeVisible();
      const options = await openOptions(own);
      await expect(options.getByRole("checkbox", { name: "Treatments" })).not.toBeChecked();
      await expect(options.getByRole("radio", { name: /Soft background/ })).toBeChecked();
      await expect(options.getByRole("radio", { name: /rest the pointer/ })).toBeChecked();

      // Style "none": nothing is painted, and a click where a term is opens nothing.
      await options.getByRole("radio", { name: /^None/ }).check();
      await page.bringToFront();
      await expect.poll(() => highlightNames(page)).toEqual([]);
      expect((await waitForFindings(own, page)).has("sciatica")).toBe(true);
      await page.mouse.click(x, y);
      await page.waitForTimeout(600);
      await expect(cardHost(page)).toHaveCount(0);
      // The highlights switch on the options page turns everything off too.
      await options.getByRole("radio", { name: /Underline/ }).check();
      await expect.poll(async () => (await highlightNames(page)).length).toBeGreaterThan(0);
      await options.getByRole("checkbox", { name: "Highlight terms on pages" }).uncheck();
      await expect.poll(() => highlightNames(page)).toEqual([]);
    },
  );
});

test("a site paused on the options page shows no highlights and no badge, also after a restart", async ({
  lens,
}) => {
  test.setTimeout(150_000);
  await withRestart(
    lens,
    async (own) => {
      const page = await openPage(own, own.context);
      expect(Number(await badgeOf(own, page))).toBeGreaterThan(0);
      const options = await openOptions(own);
      const field = options.getByLabel("Pause on a site");
      await field.fill("not a site!");
      await options.getByRole("button", { name: "Pause", exact: true }).click();
      await expect(options.locator("#new-site-error")).toContainText("is not a site name");
      await expect(field).toHaveAttribute("aria-invalid", "true");
      await field.fill(`${own.server.url}/pages/`);
      await field.press("Enter");
      await expect(options.locator('[data-site="127.0.0.1"]')).toBeVisible();
      await expect(options.getByRole("status").first()).toHaveText("Paused on 127.0.0.1.");
      await page.bringToFront();
      await expect.poll(async () => Object.values(await highlightedTexts(page)).flat()).toEqual([]);
      await expect
        .poll(async () => (await framesOf(own, await tabIdOf(own, page)))["0"]?.status)
        .toBe("paused");
      await expect.poll(() => badgeOf(own, page)).toBe("");
    },
    async (own) => {
      const page = await own.context.newPage();
      await page.goto(`${own.server.url}${TERMS_PAGE}`);
      await expect
        .poll(async () => (await framesOf(own, await tabIdOf(own, page)))["0"]?.status)
        .toBe("paused");
      expect(Object.values(await highlightedTexts(page)).flat()).toEqual([]);
      expect(await badgeOf(own, page)).toBe("");
      const options = await openOptions(own);
      await options.getByRole("button", { name: "Resume on 127.0.0.1" }).click();
      await page.bringToFront();
      await expect
        .poll(async () => Object.values(await highlightedTexts(page)).flat().length)
        .toBeGreaterThan(0);
    },
  );
});

test("sensitive sites start paused: webmail shows no highlights and no badge", async ({ lens, page }) => {
  const html = readFileSync(join(FIXTURES, "pages/ui-card-terms.html"), "utf8");
  await page.route("https://mail.google.com/**", (route) =>
    route.fulfill({ contentType: "text/html", body: html }),
  );
  await page.goto("https://mail.google.com/mail/u/0/");
  await expect
    .poll(async () => (await framesOf(lens, await tabIdOf(lens, page)))["0"]?.status)
    .toBe("paused");
  expect(Object.values(await highlightedTexts(page)).flat()).toEqual([]);
  expect(await badgeOf(lens, page)).toBe("");
  // The same page on an ordinary site is read as usual.
  await page.goto(`${lens.server.url}${TERMS_PAGE}`);
  expect((await waitForFindings(lens, page)).has("saddle-numbness")).toBe(true);
});

test("a hidden meaning is remembered after a restart and listed on the options page", async ({ lens }) => {
  test.setTimeout(150_000);
  await withRestart(
    lens,
    async (own) => {
      const page = await openPage(own, own.context);
      await clickTerm(page, "physio");
      await card(page).getByRole("button", { name: "Not this meaning here" }).click();
      await expect.poll(async () => (await waitForFindings(own, page, 100)).has("physiotherapy")).toBe(false);
    },
    async (own) => {
      const page = await openPage(own, own.context);
      expect((await waitForFindings(own, page)).has("physiotherapy")).toBe(false);
      expect(Object.values(await highlightedTexts(page)).flat()).not.toContain("physio");
      const options = await openOptions(own);
      await expect(options.locator('[data-host="127.0.0.1"] [data-hidden="physiotherapy"]')).toContainText(
        "Physiotherapy",
      );
    },
  );
});

test("export, delete everything and import: with clear messages, from the keyboard", async ({ lens }) => {
  const options = await openOptions(lens);
  try {
    await options.getByRole("radio", { name: /Soft background/ }).check();
    const download = options.waitForEvent("download");
    await options.getByRole("button", { name: "Export to a file" }).click();
    const file = await download;
    expect(file.suggestedFilename()).toMatch(/^sciatica-lens-export-\d{4}-\d{2}-\d{2}\.json$/);
    const saved = readFileSync(await file.path(), "utf8");
    expect(JSON.parse(saved)).toMatchObject({
      format: "sciatica-lens-export",
      version: 1,
      data: { settings: { highlightStyle: "background" } },
    });

    // Delete asks first; the confirmation takes focus, and the result is announced.
    await options.getByRole("button", { name: "Delete everything" }).focus();
    await options.keyboard.press("Enter");
    const confirm = options.getByRole("button", { name: "Yes, delete everything" });
    await expect(confirm).toBeFocused();
    await options.keyboard.press("Enter");
    await expect(options.getByText("Everything Sciatica Lens had saved is deleted.")).toBeVisible();
    await expect(options.getByRole("radio", { name: /Underline/ })).toBeChecked();
    await expect(options.getByRole("button", { name: "Delete everything" })).toBeFocused();

    await options.getByLabel("Import from a file").setInputFiles({
      name: "broken.json",
      mimeType: "application/json",
      buffer: Buffer.from(
        '{"format":"sciatica-lens-export","version":1,"data":{"settings":{"highlights":"on"}}}',
      ),
    });
    await expect(options.getByText(/The settings in this file are damaged/)).toBeVisible();
    await expect(options.getByRole("radio", { name: /Underline/ })).toBeChecked();

    await options.getByLabel("Import from a file").setInputFiles({
      name: "export.json",
      mimeType: "application/json",
      buffer: Buffer.from(saved),
    });
    await expect(options.getByText(/^Imported: settings \(/)).toBeVisible();
    await expect(options.getByRole("radio", { name: /Soft background/ })).toBeChecked();
  } finally {
    await options.close();
    await resetSettings(lens);
  }
});

test("the options page and the popup stay in step", async ({ lens, page }) => {
  await page.goto(`${lens.server.url}${TERMS_PAGE}`);
  await waitForFindings(lens, page);
  const options = await openOptions(lens);
  const popup = await openPopup(lens, page);
  try {
    await popup.getByLabel("Highlight terms on pages").uncheck();
    await expect(options.getByRole("checkbox", { name: "Highlight terms on pages" })).not.toBeChecked();
    await options.getByRole("checkbox", { name: "Highlight terms on pages" }).check();
    await expect(popup.getByLabel("Highlight terms on pages")).toBeChecked();
    await popup.getByLabel("Pause Sciatica Lens on 127.0.0.1").check();
    await expect(options.locator('[data-site="127.0.0.1"]')).toBeVisible();
  } finally {
    await popup.close();
    await options.close();
    await resetSettings(lens);
  }
});

for (const colorScheme of ["light", "dark"] as const) {
  test(`axe finds no violations on the options page (${colorScheme})`, async ({ lens }) => {
    await lens.worker.evaluate(() =>
      chrome.storage.local.set({
        settings: {
          highlights: true,
          pausedSites: ["bank.example", "mychart.*"],
          categories: ["red-flag", "symptom"],
          highlightStyle: "background",
          cardTrigger: "hover",
          hiddenMeanings: { "cycling.example": ["saddle-numbness", "numbness"] },
        },
      }),
    );
    const options = await lens.context.newPage();
    try {
      await options.emulateMedia({ colorScheme });
      await options.goto(optionsUrl(lens));
      await expect(options.locator('[data-hidden="saddle-numbness"]')).toBeVisible();
      await expect(options.locator("[data-command]").first()).toBeVisible();
      // Show the states that only appear on use: an input error, the delete confirmation, the sources.
      await options.getByLabel("Pause on a site").fill("??");
      await options.getByRole("button", { name: "Pause", exact: true }).click();
      await options.getByRole("button", { name: "Delete everything" }).click();
      await options.getByText(/^Sources/).click();
      await expect(options.locator("[data-source]").first()).toBeVisible();
      const results = await new AxeBuilder({ page: options }).analyze();
      expect(results.violations.map((v) => `${v.id}: ${v.nodes.length} (${v.help})`)).toEqual([]);
    } finally {
      await options.close();
      await resetSettings(lens);
    }
  });
}

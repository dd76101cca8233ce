import type { Page } from "@playwright/test";
import { explainOnPage, explainUrl, readReport } from "./explain-helpers";
import { card, clickTerm, expect, selectText, test, waitForFindings, type Lens } from "./harness";
import { tinyPdf } from "./tiny-pdf";

// The Explain page in Chromium with the built extension: a pasted report, a chosen and a dropped PDF,
// "Add to my appointment notes", the print view, the context menu, and the card's level and side.

const L45 = readReport("mri-lumbar-l45-extrusion.txt").text;
const CAUDA = readReport("mri-lumbar-cauda-equina.txt").text;

async function openExplain(lens: Lens): Promise<Page> {
  const page = await lens.context.newPage();
  await page.goto(explainUrl(lens));
  return page;
}

const glossaryItem = (page: Page, id: string) => page.locator(`.glossary > li[data-concept="${id}"]`);

test("a pasted report is shown back with its terms marked, and listed with the level and side found", async ({
  lens,
}) => {
  const page = await openExplain(lens);
  const ids = await explainOnPage(page, L45);
  expect(ids).toEqual(expect.arrayContaining(["sciatica", "disc-herniation", "spinal-stenosis", "mri-scan"]));
  await expect(page.getByTestId("explain-status")).toHaveText(/^\d+ terms found in your text\.$/);
  // Reading order: the scan and the sciatica of the clinical line come before the findings.
  expect(ids.indexOf("sciatica")).toBeLessThan(ids.indexOf("disc-herniation"));
  // The extrusion is a disc extrusion (the report's own word); the plain bulge at L3-4 is a disc herniation.
  await expect(glossaryItem(page, "disc-extrusion").getByTestId("where")).toContainText(
    "at L4-5, left paracentral",
  );
  await expect(glossaryItem(page, "disc-herniation").getByTestId("where")).toContainText("at L3-4");
  await expect(glossaryItem(page, "spinal-stenosis").getByTestId("where")).toContainText(
    "at L4-5, left foraminal",
  );
  await expect(glossaryItem(page, "sciatica").getByTestId("where")).toHaveText("Found on the left");
  await expect(glossaryItem(page, "disc-herniation").locator(".term__caveat")).toContainText("Evidence:");
  // The text itself, unchanged, with <mark>s around the terms and nothing parsed as HTML.
  const shown = page.getByTestId("marked-text");
  expect(await shown.evaluate((el) => el.textContent)).toBe(L45);
  await expect(shown.locator('mark[data-concept="disc-herniation"]').first()).toBeVisible();
  expect(await shown.evaluate((el) => [...el.querySelectorAll("*")].every((n) => n.tagName === "MARK"))).toBe(
    true,
  );
  await page.close();
});

test("text that looks like HTML stays text", async ({ lens }) => {
  const page = await openExplain(lens);
  await explainOnPage(page, '<img src=x onerror="document.title=1"> sciatica <b>and</b> a herniated disc');
  const shown = page.getByTestId("marked-text");
  await expect(shown).toContainText("<img src=x");
  expect(await shown.locator("img, b").count()).toBe(0);
  await page.close();
});

test("warning signs come first, styled as warnings, with what to do", async ({ lens }) => {
  const page = await openExplain(lens);
  const ids = await explainOnPage(page, CAUDA);
  await expect(page.getByTestId("explain-status")).toHaveText(/of them are warning signs, shown first/);
  const first = page.locator(".glossary > li").first();
  await expect(first).toHaveClass(/term--red-flag/);
  await expect(first.getByRole("note")).toContainText("not a diagnosis");
  const flags = await page
    .locator(".glossary > li")
    .evaluateAll((items) => items.map((li) => li.classList.contains("term--red-flag")));
  // Every warning sign is before every other term.
  expect(flags.indexOf(false)).toBe(flags.lastIndexOf(true) + 1);
  expect(ids).toEqual(
    expect.arrayContaining(["cauda-equina-syndrome", "saddle-numbness", "bladder-bowel-changes"]),
  );
  await page.close();
});

test("one click adds every listed term to the appointment notes", async ({ lens }) => {
  await lens.worker.evaluate(() => chrome.storage.local.remove("appointment"));
  const page = await openExplain(lens);
  const ids = await explainOnPage(page, L45);
  await page.getByRole("button", { name: "Add to my appointment notes" }).click();
  await expect(page.getByRole("status").filter({ hasText: "appointment notes" })).toHaveText(
    new RegExp(`Added ${ids.length} terms`),
  );
  const terms = await lens.worker.evaluate(async () => {
    const stored = (await chrome.storage.local.get("appointment")).appointment as {
      terms?: Array<{ conceptId: string; title: string }>;
    };
    return stored?.terms ?? [];
  });
  expect(terms.map((t) => t.conceptId).sort()).toEqual([...ids].sort());
  expect(new Set(terms.map((t) => t.title))).toEqual(new Set(["A report or letter you explained"]));
  // The report's text itself is not in the notes.
  expect(JSON.stringify(terms)).not.toContain("paracentral");
  await page.close();
});

test("the print view has the marked text and its glossary, without the controls", async ({ lens }) => {
  const page = await openExplain(lens);
  await explainOnPage(page, L45);
  await page.emulateMedia({ media: "print" });
  await expect(page.getByLabel("Your report, letter or other text")).toBeHidden();
  await expect(page.getByRole("button", { name: "Add to my appointment notes" })).toBeHidden();
  await expect(page.getByTestId("marked-text")).toBeVisible();
  await expect(glossaryItem(page, "disc-herniation")).toBeVisible();
  await expect(page.getByText("it is not a diagnosis")).toBeVisible();
  await page.close();
});

const PDF_LINES = [
  "MRI LUMBAR SPINE",
  "Clinical details: right sided sciatica.",
  "L5-S1: right paracentral disc extrusion compressing the right S1 nerve root.",
];

test("a chosen PDF's text is read and explained; the page says why the browser's PDF viewer cannot be", async ({
  lens,
}) => {
  const page = await openExplain(lens);
  await expect(page.getByText("browser's own PDF viewer")).toBeVisible();
  await page.getByLabel("Choose a PDF file").setInputFiles({
    name: "report.pdf",
    mimeType: "application/pdf",
    buffer: tinyPdf(PDF_LINES),
  });
  await expect(page.getByTestId("pdf-status")).toHaveText("Read report.pdf.");
  await expect(page.getByLabel("Your report, letter or other text")).toHaveValue(
    /paracentral disc extrusion/,
  );
  await expect(glossaryItem(page, "sciatica")).toBeVisible();
  await expect(glossaryItem(page, "disc-extrusion").getByTestId("where")).toContainText("at L5-S1, right");
  await page.close();
});

test("a PDF dropped on the page is explained; a file that is not a PDF is refused", async ({ lens }) => {
  const page = await openExplain(lens);
  const drop = async (name: string, type: string, base64: string) =>
    page.locator(".pdf-drop").evaluate(
      (zone, [fileName, mime, data]) => {
        const bytes = Uint8Array.from(atob(data), (c) => c.charCodeAt(0));
        const transfer = new DataTransfer();
        transfer.items.add(new File([bytes], fileName, { type: mime }));
        zone.dispatchEvent(
          new DragEvent("dragover", { dataTransfer: transfer, bubbles: true, cancelable: true }),
        );
        zone.dispatchEvent(
          new DragEvent("drop", { dataTransfer: transfer, bubbles: true, cancelable: true }),
        );
      },
      [name, type, base64] as const,
    );
  await drop("notes.txt", "text/plain", Buffer.from("sciatica").toString("base64"));
  await expect(page.getByTestId("pdf-status")).toHaveText("notes.txt is not a PDF file.");
  await drop("letter.pdf", "application/pdf", tinyPdf(PDF_LINES).toString("base64"));
  await expect(page.getByTestId("pdf-status")).toHaveText("Read letter.pdf.");
  await expect(glossaryItem(page, "sciatica")).toBeVisible();
  await drop("broken.pdf", "application/pdf", Buffer.from("%PDF-1.4 not really").toString("base64"));
  await expect(page.getByTestId("pdf-status")).toHaveText(/Could not read broken\.pdf|has no text/);
  await page.close();
});

test("'Explain with Sciatica Lens' on a selection opens the page with that text, handed over once and never stored", async ({
  lens,
  page,
}) => {
  // The menu is registered under its id (update() fails for an id that does not exist).
  await lens.worker.evaluate(() => chrome.contextMenus.update("explain-selection", {}));
  await page.goto(`${lens.server.url}/demo/forum.html`);
  await waitForFindings(lens, page);
  await selectText(page, "body p", (await page.locator("body p").first().textContent())!.slice(0, 60));
  const selected = await page.evaluate(() => getSelection()!.toString());
  expect(selected.length).toBeGreaterThan(10);
  // A real click on a context menu item cannot be made by automation: this calls the very handler the
  // contextMenus.onClicked listener calls, with the selection's text as Chrome would pass it.
  const opened = lens.context.waitForEvent("page", (p) => p.url().includes("/explain.html"));
  await lens.worker.evaluate(
    ([text, url]) =>
      (
        globalThis as unknown as {
          sciaticaLens: { explainSelection(info: object): Promise<void> };
        }
      ).sciaticaLens.explainSelection({
        menuItemId: "explain-selection",
        selectionText: text,
        pageUrl: url,
        editable: false,
      }),
    [selected, page.url()] as const,
  );
  const explain = await opened;
  await expect(explain.getByLabel("Your report, letter or other text")).toHaveValue(selected);
  await expect(explain.getByTestId("explain-status")).toHaveText(/found in your text|No sciatica terms/);
  // The token is gone from the address, and the text from the worker: a reload gets nothing.
  expect(new URL(explain.url()).search).toBe("");
  const stored = await lens.worker.evaluate(async () =>
    JSON.stringify([await chrome.storage.local.get(null), await chrome.storage.session.get(null)]),
  );
  expect(stored).not.toContain(selected.slice(0, 30));
  const again = await lens.context.newPage();
  await again.goto(explain.url().split("?")[0] + "?selection=00000000-0000-4000-8000-000000000000");
  await expect(again.getByRole("status").filter({ hasText: "did not reach this page" })).toBeVisible();
  await again.close();
  await explain.close();
});

test("the card on a page shows the level and side written with its term", async ({ lens, page }) => {
  const url = `${lens.server.url}/report-view.html`;
  await page.route(url, (route) =>
    route.fulfill({
      contentType: "text/html; charset=utf-8",
      body: `<!doctype html><title>My report</title><p>MRI report.</p><pre>${L45.replace(/[<&]/g, "")}</pre>`,
    }),
  );
  await page.goto(url);
  await waitForFindings(lens, page);
  await clickTerm(page, "left paracentral extrusion");
  await expect(card(page)).toBeVisible();
  await expect(card(page).locator("[data-where]")).toHaveText("Found at L4-5, left paracentral");
});

test("the page works from the keyboard alone: type, explain, land on the result, add to notes", async ({
  lens,
}) => {
  const page = await openExplain(lens);
  const box = page.getByLabel("Your report, letter or other text");
  for (let i = 0; i < 5 && !(await box.evaluate((el) => el === document.activeElement)); i++)
    await page.keyboard.press("Tab");
  await expect(box).toBeFocused();
  await page.keyboard.type("L5-S1: right paracentral disc extrusion. Right sided sciatica.");
  await page.keyboard.press("Tab");
  await expect(page.getByRole("button", { name: "Explain", exact: true })).toBeFocused();
  await page.keyboard.press("Enter");
  // Focus moves to the result, so a screen reader user hears it and Tab goes on from there.
  await expect(page.getByRole("heading", { name: "Your text explained" })).toBeFocused();
  await page.keyboard.press("Tab");
  await expect(page.getByRole("button", { name: "Add to my appointment notes" })).toBeFocused();
  await page.keyboard.press("Enter");
  await expect(page.getByRole("status").filter({ hasText: /^Added \d+ terms?/ })).toBeVisible();
  await expect(glossaryItem(page, "disc-extrusion").getByTestId("where")).toHaveText(
    "Found at L5-S1, right paracentral",
  );
  await page.close();
});

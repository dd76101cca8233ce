import { expect, highlightedTexts, openPopup, test, waitForFindings } from "./harness";
import { recordErrors } from "./hostile/compare";

// Where the CSS Custom Highlight API is missing (older browsers; a Firefox build on a version without
// ::highlight painting), the scanner still finds terms and the popup still lists them, without errors.
// Chromium always has the API, and a page cannot take it from our content script's separate world. So
// DevTools removes it from that world only, just before our script's first statement runs: a conditional
// breakpoint whose condition deletes Highlight and CSS.highlights there and never pauses. The build under
// test is the production build, unchanged.

const REMOVE_API = `(delete globalThis.Highlight, delete CSS.highlights,
  console.debug("test: Highlight API in the content script's world:", typeof Highlight, "highlights" in CSS), false)`;

test("without the Highlight API the page is still read, and the popup lists and shows what it found", async ({
  lens,
  page,
}) => {
  const errors = recordErrors(page);
  const removed: string[] = [];
  page.on("console", (m) => m.text().startsWith("test: Highlight API") && removed.push(m.text()));
  const cdp = await lens.context.newCDPSession(page);
  await cdp.send("Debugger.enable");
  await cdp.send("Debugger.setBreakpointByUrl", {
    urlRegex: "content-scripts/scanner\\.js$",
    lineNumber: 0,
    columnNumber: 0,
    condition: REMOVE_API,
  });

  await page.goto(`${lens.server.url}/demo/forum.html`);
  const found = await waitForFindings(lens, page);
  // The API really was gone for our script (and only for it: the page still has its own).
  expect(removed).toEqual(["test: Highlight API in the content script's world: undefined false"]);
  expect(await page.evaluate(() => typeof Highlight === "function" && "highlights" in CSS)).toBe(true);
  for (const id of [
    "sciatica",
    "disc-herniation",
    "piriformis-syndrome",
    "saddle-numbness",
    "cauda-equina-syndrome",
  ])
    expect(found.has(id), id).toBe(true);
  expect(await highlightedTexts(page)).toEqual({});

  const popup = await openPopup(lens, page);
  await expect(popup.locator('[data-concept="cauda-equina-syndrome"]')).toBeVisible();
  await popup
    .locator('[data-concept="piriformis-syndrome"]')
    .getByRole("button", { name: /show me/i })
    .click();
  await expect(popup.getByText(/Showing 1 of \d+/)).toBeVisible();
  await popup.close();

  // Changes are still followed.
  await page.evaluate(() => {
    const p = document.createElement("p");
    p.textContent = "Edit: the surgeon now suggests a discectomy.";
    document.body.append(p);
  });
  await expect.poll(async () => (await waitForFindings(lens, page, 200)).has("discectomy")).toBe(true);
  expect(errors).toEqual([]);
  await cdp.detach();
});

// Where a highlighted term is on screen, read from the page's highlight registry: one helper for the
// Chromium tests (Playwright), the Firefox tests (Puppeteer over WebDriver BiDi) and `npm start`, which
// clicks one for its card screenshot.

export interface Point {
  x: number;
  y: number;
}
/** The middle of the term's first line box, or near its right end (where hit tests miss first). */
export type TermSpot = "middle" | "end";
type TermQuery = readonly [text: string, within: string, spot: TermSpot];

/**
 * Runs in the page (both drivers send its source): scrolls the highlighted `text` inside `within` into
 * view and returns the spot on its first line box, or null. Self-contained on purpose.
 */
function findTermPoint([wanted, selector, spot]: TermQuery): Point | null {
  const container = document.querySelector(selector);
  for (const [name, highlight] of CSS.highlights) {
    if (!name.startsWith("sciatica-lens-") || name === "sciatica-lens-focus") continue;
    for (const r of highlight) {
      const live = document.createRange();
      live.setStart(r.startContainer, r.startOffset);
      live.setEnd(r.endContainer, r.endOffset);
      if (live.toString().toLowerCase() !== wanted.toLowerCase() || !container?.contains(r.startContainer))
        continue;
      r.startContainer.parentElement!.scrollIntoView({ block: "center" });
      const box = live.getClientRects()[0];
      return { x: spot === "end" ? box.right - 3 : box.left + box.width / 2, y: box.top + box.height / 2 };
    }
  }
  return null;
}

/** What both Playwright's and Puppeteer's Page offer: run a function in the page with one argument. */
export interface EvaluatesInPage {
  evaluate(fn: typeof findTermPoint, query: TermQuery): Promise<Point | null>;
}

/** Scrolls the highlighted `text` inside `within` into view and returns a spot on its first line box. */
export async function termPoint(
  page: EvaluatesInPage,
  text: string,
  within = "body",
  spot: TermSpot = "middle",
): Promise<Point> {
  const point = await page.evaluate(findTermPoint, [text, within, spot]);
  if (!point) throw new Error(`"${text}" is not highlighted in ${within}`);
  return point;
}

/** Clicks the highlighted `text` inside `within` as a user would. */
export async function clickTerm(
  page: EvaluatesInPage & { mouse: { click(x: number, y: number): Promise<unknown> } },
  text: string,
  within = "body",
): Promise<void> {
  const { x, y } = await termPoint(page, text, within);
  await page.mouse.click(x, y);
}

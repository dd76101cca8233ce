import type { Page } from "@playwright/test";

// Where a highlighted term is on screen, read from the page's highlight registry (shared by the e2e
// tests and `npm start`, which clicks one for its card screenshot).

/** Scrolls the highlighted `text` inside `within` into view and returns the middle of its first line box. */
export async function termPoint(
  page: Page,
  text: string,
  within = "body",
): Promise<{ x: number; y: number }> {
  const point = await page.evaluate(
    ([wanted, selector]) => {
      const container = document.querySelector(selector);
      for (const [name, highlight] of CSS.highlights) {
        if (!name.startsWith("sciatica-lens-") || name === "sciatica-lens-focus") continue;
        for (const r of highlight) {
          const live = document.createRange();
          live.setStart(r.startContainer, r.startOffset);
          live.setEnd(r.endContainer, r.endOffset);
          if (
            live.toString().toLowerCase() !== wanted.toLowerCase() ||
            !container?.contains(r.startContainer)
          )
            continue;
          r.startContainer.parentElement!.scrollIntoView({ block: "center" });
          const box = live.getClientRects()[0];
          return { x: box.left + box.width / 2, y: box.top + box.height / 2 };
        }
      }
      return null;
    },
    [text, within] as const,
  );
  if (!point) throw new Error(`"${text}" is not highlighted in ${within}`);
  return point;
}

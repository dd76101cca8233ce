import type { BrowserContext, Page } from "@playwright/test";
import { expect, waitForFindings, type Lens } from "../harness";
import { interact, recordErrors, snapshot, type Interaction } from "./compare";
import type { HostilePage } from "./expected";

// One visit of a hostile page, with or without the extension, and what the extension must have done.

/** Our highlight ranges in every frame, by text; and any that lies inside a field or an editor. */
export async function paintedTexts(page: Page): Promise<{ texts: string[]; inEditable: string[] }> {
  const texts: string[] = [];
  const inEditable: string[] = [];
  for (const frame of page.frames()) {
    if (frame.isDetached()) continue;
    const result = await frame
      .evaluate(() => {
        const out = { texts: [] as string[], inEditable: [] as string[] };
        if (typeof CSS === "undefined" || !("highlights" in CSS)) return out;
        for (const [name, highlight] of CSS.highlights) {
          if (!/^sciatica-lens-(underline|background)-/.test(name)) continue;
          for (const r of highlight) {
            const live = document.createRange();
            try {
              live.setStart(r.startContainer, r.startOffset);
              live.setEnd(r.endContainer, r.endOffset);
            } catch {
              continue; // a stale range the next rescan replaces
            }
            const text = live.toString();
            out.texts.push(text);
            const el = r.startContainer.parentElement;
            if (
              el?.closest("[contenteditable]:not([contenteditable=false]), textarea, input") ||
              document.designMode === "on"
            )
              out.inEditable.push(text);
          }
        }
        return out;
      })
      .catch(() => ({ texts: [] as string[], inEditable: [] as string[] }));
    texts.push(...result.texts);
    inEditable.push(...result.inEditable);
  }
  return { texts, inEditable };
}

export interface Visit {
  page: Page;
  errors: string[];
  settled: string[];
  interaction: Interaction;
  afterTyping: string[];
}

/** Loads the page, waits for it (and the extension, if any) to settle, snapshots, then types and selects. */
export async function visit(
  context: BrowserContext,
  url: string,
  hp: HostilePage,
  lens: Lens | null,
): Promise<Visit> {
  const page = await context.newPage();
  const errors = recordErrors(page);
  await page.goto(url, { waitUntil: "load", timeout: 60_000 });
  if (hp.expected.settle)
    await page.waitForFunction("window.__settled === true", undefined, { timeout: 30_000 });
  if (lens) await extensionFinds(lens, page, hp);
  else await page.waitForTimeout(300);
  const settled = await snapshot(page);
  const interaction = await interact(page, hp.expected);
  await page.waitForTimeout(200);
  const afterTyping = await snapshot(page);
  // Last, as it scrolls the page (which an infinite list answers by loading more).
  if (lens) await extensionPaints(page, hp);
  return { page, errors, settled, interaction, afterTyping };
}

/** The extension found what the page declares and nothing it rules out. */
async function extensionFinds(lens: Lens, page: Page, hp: HostilePage): Promise<void> {
  const { must, mustNot, exact } = hp.expected;
  let found = new Map<string, number>();
  await expect
    .poll(
      async () => {
        found = await waitForFindings(lens, page, 150);
        return must.filter((id) => !found.has(id));
      },
      { message: `concepts missed on ${hp.note}`, timeout: 25_000 },
    )
    .toEqual([]);
  // Late changes (a burst's last rescan) have had time to land: look once more.
  found = await waitForFindings(lens, page, (hp.expected.waitMs ?? 0) > 0 ? 300 : 150);
  expect(
    [...found.keys()].filter((id) => mustNot.includes(id)),
    `concepts wrongly found on ${hp.note}`,
  ).toEqual([]);
  if (exact) expect([...found.keys()].sort(), `exactly the concepts of ${hp.note}`).toEqual([...must].sort());
}

/** The extension painted what it found (and, where the page says, exactly these texts). */
async function extensionPaints(page: Page, hp: HostilePage): Promise<void> {
  const { must, highlightTexts, painted } = hp.expected;
  if (painted !== false && must.length > 0) {
    await expect
      .poll(async () => (await paintedAcrossPage(page)).length, {
        message: `highlights painted on ${hp.note}`,
        timeout: 30_000,
      })
      .toBeGreaterThan(0);
  }
  if (highlightTexts) {
    await expect
      .poll(async () => [...new Set(await paintedAcrossPage(page))].sort(), {
        message: `highlighted texts on ${hp.note}`,
        timeout: 30_000,
      })
      .toEqual([...new Set(highlightTexts)].sort());
  }
}

/**
 * What is highlighted, read as a reader would see it: only blocks near the view are painted, so the page
 * is scrolled through, two screens at a time, and what each view paints is gathered.
 */
async function paintedAcrossPage(page: Page): Promise<string[]> {
  const texts = new Set<string>();
  const { height, step } = await page.evaluate(() => ({
    height: document.documentElement.scrollHeight,
    step: innerHeight * 2,
  }));
  // Every view on a page of a few screens; 30 views spread over a huge one.
  const views = Math.min(30, Math.ceil(height / step) + 1);
  for (let i = 0; i < views; i++) {
    await page.evaluate((y) => scrollTo(0, y), views === 1 ? 0 : (i * height) / (views - 1));
    // The view's blocks are reported after the next frame and painted in the one after, unless the
    // scanner is still busy with the page (a huge one, a slow machine): then wait until it goes idle.
    await page.evaluate(
      () =>
        new Promise((done) =>
          requestAnimationFrame(() =>
            requestAnimationFrame(() => requestIdleCallback(done, { timeout: 2_000 })),
          ),
        ),
    );
    for (const text of (await paintedTexts(page)).texts) texts.add(text);
  }
  await page.evaluate(() => scrollTo(0, 0));
  return [...texts];
}

/** Errors seen only with the extension (each error of the plain run cancels one identical error). */
export function newErrors(without: string[], withExtension: string[]): string[] {
  const left = [...without];
  return withExtension.filter((e) => {
    const i = left.indexOf(e);
    if (i < 0) return true;
    left.splice(i, 1);
    return false;
  });
}

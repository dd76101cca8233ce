// One load of a bench page in Firefox (WebDriver BiDi). Firefox has no CDP Performance metrics and no
// Long Tasks API (PerformanceObserver.supportedEntryTypes lacks "longtask" in 153 ESR), so the nearest
// honest measure of main-thread time we add is a frame probe: a requestAnimationFrame loop, started
// before the page's own scripts, that records every gap between frames. Our content script runs on the
// page's main thread there too. A gap of 50 ms or more is time the page showed no new frame: one long
// task, or short ones run back to back with no rendering between them (seen in Firefox 153: 8 ms slices
// chained with scheduler.yield() got about 15 frames a second, with setTimeout(0) about 50).
import type { Browser, Page } from "puppeteer-core";
import { waitForScans } from "../lib/tab-findings";
import { framesInFirefox, tabIdInFirefox } from "../lib/firefox-tab-state";
import { batchLatencies, type Batch } from "./frame-stats";

/** Frame gaps, and when the set of our highlights last changed (read page-side, once a frame). */
const FRAME_PROBE = `(() => {
  window.__frameGaps = [];
  window.__lastHighlightChange = null;
  let last = performance.now();
  let sizes = "";
  const frame = (t) => {
    window.__frameGaps.push(t - last);
    last = t;
    let key = "";
    for (const [name, h] of CSS.highlights) if (name.startsWith("sciatica-lens-")) key += name + h.size + ",";
    if (key !== sizes) { sizes = key; window.__lastHighlightChange = t; }
    requestAnimationFrame(frame);
  };
  requestAnimationFrame(frame);
})();`;

/** A Firefox with (probe: an open extension page) or without (probe: null) the extension. */
export interface FirefoxSide {
  browser: Browser;
  probe: Page | null;
}

export interface FirefoxRun {
  /** Every gap between two animation frames (ms). */
  gaps: number[];
  /** Wall time from the navigation until the tab's per-tab state said the scan was done (ms). */
  settledMs: number | null;
  /** Page time (since navigation start) of the last change to our highlights, or null if none. */
  lastHighlightMs: number | null;
  /** The page's own per-batch record (infinite-scroll and busy-forum pages), or null. */
  batches: Batch[] | null;
  /** How long the load was watched, navigation to the end (ms): the other side is watched as long. */
  watchedMs: number;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Loads `url` and watches it for `watchMs` after the navigation started; with `settle` (and the
 * extension), first waits until the extension's per-tab state reports every frame's scan done, and
 * watches at least 1 s beyond that.
 */
export async function firefoxRun(
  side: FirefoxSide,
  url: string,
  { watchMs, settle = false }: { watchMs: number; settle?: boolean },
): Promise<FirefoxRun> {
  const page = await side.browser.newPage();
  await page.evaluateOnNewDocument(FRAME_PROBE);
  const tabId = side.probe ? await tabIdInFirefox(side.probe, page) : null;
  await page.bringToFront(); // rAF is throttled in a background tab
  const started = Date.now();
  await page.goto(url, { waitUntil: "load", timeout: 120_000 });
  let settledMs: number | null = null;
  if (settle && side.probe && tabId !== null) {
    const probe = side.probe;
    await waitForScans(() => framesInFirefox(probe, tabId), 0, 120_000);
    settledMs = Date.now() - started;
  }
  const until = Math.max(watchMs, settledMs === null ? 0 : settledMs + 1000);
  await sleep(until - (Date.now() - started));
  // A string, not a function: the TypeScript runner would add helpers the page does not have.
  const seen = (await page.evaluate(
    `({ gaps: window.__frameGaps, lastHighlightMs: window.__lastHighlightChange,
        batches: window.__batches ? window.__batches.map((b) => ({ inserted: b.inserted, highlighted: b.highlighted })) : null })`,
  )) as Omit<FirefoxRun, "settledMs" | "watchedMs">;
  const watchedMs = Date.now() - started;
  await page.close();
  return { ...seen, settledMs, watchedMs };
}

export const latencies = (run: FirefoxRun): number[] => batchLatencies(run.batches ?? []);

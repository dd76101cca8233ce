// Measurements in a real Chromium page: main-thread script time (DevTools Performance metrics), long
// tasks, time until the extension's findings are final, and the in-page floor and mark.js baselines.
import type { BrowserContext, Page, Worker } from "@playwright/test";
import { framesOfTab, tabIdOf } from "../lib/tab-state";
import { median } from "./frame-stats";

export interface PageRun {
  /** Main-thread task time: our content script's slices are counted here (much of it outside ScriptDuration). */
  taskMs: number;
  scriptMs: number;
  longTasks: number[];
  settledMs: number;
}

const LONG_TASKS = `window.__longTasks = [];
new PerformanceObserver((list) => { for (const e of list.getEntries()) window.__longTasks.push(e.duration); })
  .observe({ type: "longtask", buffered: true });`;

/** Starts counting the renderer main thread's time (content scripts run there too). */
async function startClock(page: Page): Promise<() => Promise<{ taskMs: number; scriptMs: number }>> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send("Performance.enable", { timeDomain: "threadTicks" });
  return async () => {
    const { metrics } = await cdp.send("Performance.getMetrics");
    await cdp.detach();
    const ms = (name: string) => (metrics.find((m) => m.name === name)?.value ?? 0) * 1000;
    return { taskMs: ms("TaskDuration"), scriptMs: ms("ScriptDuration") };
  };
}

/** Waits until every frame of the page's tab reports a finished scan and nothing changes for `quietMs`. */
async function waitForSettled(worker: Worker, page: Page, quietMs = 400): Promise<void> {
  const tabId = await tabIdOf(worker, page);
  let last = "";
  let stableSince = Date.now();
  for (const deadline = Date.now() + 120_000; Date.now() < deadline;) {
    const frames = await framesOfTab(worker, tabId);
    const state = JSON.stringify(frames);
    const done = Object.keys(frames).length > 0 && !state.includes('"scanning"');
    if (state !== last || !done) stableSince = Date.now();
    last = state;
    if (done && Date.now() - stableSince >= quietMs) return;
    await page.waitForTimeout(25);
  }
  throw new Error("the extension did not finish scanning within 2 minutes");
}

/** Loads `url`, waits for the extension (when there is one) or `fixedWaitMs`, and reads the metrics. */
export async function runPage(
  context: BrowserContext,
  worker: Worker | null,
  url: string,
  fixedWaitMs: number,
): Promise<PageRun> {
  const page = await context.newPage();
  await page.addInitScript(LONG_TASKS);
  const clock = await startClock(page);
  const started = Date.now();
  await page.goto(url, { waitUntil: "load", timeout: 120_000 });
  if (worker) await waitForSettled(worker, page);
  const settledMs = Date.now() - started - (worker ? 400 : 0);
  const remaining = fixedWaitMs - (Date.now() - started);
  if (remaining > 0) await page.waitForTimeout(remaining);
  const { taskMs, scriptMs } = await clock();
  const longTasks = await page.evaluate(() => (window as unknown as { __longTasks: number[] }).__longTasks);
  await page.close();
  return { taskMs, scriptMs, longTasks, settledMs };
}

/** The floor: one bare TreeWalker walk of the page's text, plus one combined pattern of all forms over it. */
export async function floorMs(context: BrowserContext, url: string, pattern: string): Promise<number> {
  const page = await context.newPage();
  await page.goto(url, { waitUntil: "load", timeout: 120_000 });
  const ms = await page.evaluate((source) => {
    const started = performance.now();
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    const parts: string[] = [];
    for (let n = walker.nextNode(); n; n = walker.nextNode()) parts.push((n as Text).data);
    const text = parts.join("\n").toLowerCase();
    const re = new RegExp(source, "g");
    let hits = 0;
    while (re.exec(text)) hits++;
    return performance.now() - started + hits * 0;
  }, pattern);
  await page.close();
  return ms;
}

/**
 * mark.js marking the same forms on the page (without the extension), as added main-thread time like
 * ours: `how` is "pattern" (one combined pattern, mark.js at its best) or "terms" (its usual use: a list
 * of plain terms, one pass each).
 */
export async function markJsMs(
  context: BrowserContext,
  url: string,
  how: { pattern: string } | { terms: string[] },
  markJsPath: string,
): Promise<number> {
  const page = await context.newPage();
  await page.goto(url, { waitUntil: "load", timeout: 120_000 });
  await page.addScriptTag({ path: markJsPath });
  await page.waitForTimeout(500);
  const cdp = await page.context().newCDPSession(page);
  await cdp.send("Performance.enable", { timeDomain: "threadTicks" });
  const taskMs = async () =>
    ((await cdp.send("Performance.getMetrics")).metrics.find((m) => m.name === "TaskDuration")?.value ?? 0) *
    1000;
  const before = await taskMs();
  // Strings, not functions: the TypeScript runner would add helpers the page does not have. mark.js
  // recurses once per term, so a long list is given in chunks (it overflows the stack otherwise).
  const script =
    "pattern" in how
      ? `new Promise((done) => new Mark(document.body).markRegExp(new RegExp(${JSON.stringify(how.pattern)}, "gi"), { done }))`
      : `(async () => {
          const terms = ${JSON.stringify(how.terms)};
          for (let i = 0; i < terms.length; i += 100) {
            await new Promise((done) => new Mark(document.body).mark(terms.slice(i, i + 100),
              { separateWordSearch: false, diacritics: false, done }));
          }
        })()`;
  await page.evaluate(script);
  await page.waitForTimeout(1000); // the style, layout and paint the new elements cause
  const after = await taskMs();
  await page.close();
  return after - before;
}

/** Insertion-to-highlight latency of each batch on the infinite-scroll page (recorded by the page). */
export async function scrollLatencies(context: BrowserContext, url: string): Promise<number[]> {
  const page = await context.newPage();
  await page.goto(url, { waitUntil: "load" });
  await page.waitForTimeout(20 * 300 + 1500);
  const latencies = await page.evaluate(() =>
    (
      window as unknown as { __batches: Array<{ inserted: number; highlighted: number | null }> }
    ).__batches.map((b) => (b.highlighted === null ? Number.POSITIVE_INFINITY : b.highlighted - b.inserted)),
  );
  await page.close();
  return latencies;
}

export interface PopupOpen {
  /** From the popup's navigation start until the first finding is in its document (ms, median of 15). */
  insertedMs: number;
  /** Until the first frame that shows it is painted (ms, median of 15). */
  paintedMs: number;
  /**
   * The floor under both: the extension's manifest.json, which has no script, opened the same way and
   * painted (ms, median of 15). What any extension page costs the browser and the test driver.
   */
  floorMs: number;
}

// performance.now() counts from the popup's navigation start. The first contentful paint is the frame
// that shows the findings when they were in the document before it; otherwise the frame after insertion.
const POPUP_PROBE = `new MutationObserver((_, observer) => {
  if (!document.querySelector("[data-concept]")) return;
  observer.disconnect();
  window.__inserted = performance.now();
  requestAnimationFrame(() => setTimeout(() => { window.__nextFrame = performance.now(); }));
}).observe(document, { subtree: true, childList: true });`;

/** How soon the popup shows a page's findings after it opens. */
export async function popupOpen(
  context: BrowserContext,
  worker: Worker,
  extensionId: string,
  url: string,
): Promise<PopupOpen> {
  const page = await context.newPage();
  await page.goto(url, { waitUntil: "load" });
  await waitForSettled(worker, page);
  const tabId = await tabIdOf(worker, page);
  const inserted: number[] = [];
  const painted: number[] = [];
  const floor: number[] = [];
  for (let i = 0; i < 15; i++) {
    const plain = await context.newPage();
    await plain.setViewportSize({ width: 400, height: 600 });
    await plain.goto(`chrome-extension://${extensionId}/manifest.json`);
    await plain.waitForTimeout(1000);
    floor.push(
      await plain.evaluate<number>(`performance.getEntriesByName("first-contentful-paint")[0].startTime`),
    );
    await plain.close();

    const popup = await context.newPage();
    await popup.setViewportSize({ width: 400, height: 600 });
    await popup.addInitScript(POPUP_PROBE);
    await popup.goto(`chrome-extension://${extensionId}/popup.html?tabId=${tabId}`);
    // No Playwright call reaches into the popup until it has shown its findings: its injected helper
    // script would compete with the popup's own start.
    await popup.waitForTimeout(1500);
    await popup.waitForFunction("window.__nextFrame !== undefined");
    const t = await popup.evaluate<{ inserted: number; nextFrame: number; fcp: number | null }>(
      `({ inserted: window.__inserted, nextFrame: window.__nextFrame,
          fcp: performance.getEntriesByName("first-contentful-paint")[0]?.startTime ?? null })`,
    );
    inserted.push(t.inserted);
    painted.push(t.fcp !== null && t.fcp >= t.inserted ? t.fcp : t.nextFrame);
    await popup.close();
  }
  await page.close();
  return { insertedMs: median(inserted), paintedMs: median(painted), floorMs: median(floor) };
}

export interface BusyRun {
  taskMs: number;
  scriptMs: number;
  longTasks: number[];
  /** Per batch: insertion to its first highlight, and to its last new highlighted range (ms). */
  firstMs: number[];
  completeMs: number[];
}

/** One load of the busy forum: main-thread time, long tasks and per-batch latencies, after `waitMs`. */
export async function busyForumRun(context: BrowserContext, url: string, waitMs: number): Promise<BusyRun> {
  const page = await context.newPage();
  await page.addInitScript(LONG_TASKS);
  const clock = await startClock(page);
  await page.goto(url, { waitUntil: "load", timeout: 120_000 });
  await page.waitForTimeout(waitMs);
  const { taskMs, scriptMs } = await clock();
  // A string, not a function: the TypeScript runner would add helpers the page does not have.
  const { longTasks, batches } = await page.evaluate<{
    longTasks: number[];
    batches: Array<{ inserted: number; highlighted: number | null; complete: number | null }>;
  }>("({ longTasks: window.__longTasks, batches: window.__batches })");
  await page.close();
  const since = (t: number | null, from: number) => (t === null ? Number.POSITIVE_INFINITY : t - from);
  const result = {
    longTasks,
    firstMs: batches.map((b) => since(b.highlighted, b.inserted)),
    completeMs: batches.map((b) => since(b.complete, b.inserted)),
  };
  return { taskMs, scriptMs, ...result };
}

// The Firefox rows of `npm run bench`: the 1 MB page, the infinite-scroll page and the busy forum in
// Debian's firefox-esr over WebDriver BiDi, off the network as in the Firefox suite. Each page is loaded
// with and without the extension in alternating loads of the same run, so both see the same machine load.
import { existsSync } from "node:fs";
import { join } from "node:path";
import { spawnSync } from "node:child_process";
import { FIREFOX_BUILD, launchFirefox, showExtensionPage, type Firefox } from "../lib/firefox";
import { firefoxRun, latencies, type FirefoxRun, type FirefoxSide } from "./firefox-runs";
import { BUSY } from "./pages";
import { lateMs, longFrames, pick, sum } from "./frame-stats";

type Row = (label: string, value: string, target: string, ok: boolean) => void;

const RUNS = 3;

const f = (n: number, digits = 0) => (Number.isFinite(n) ? n.toFixed(digits) : "∞");
const longest = (runs: FirefoxRun[]) => Math.max(0, ...runs.flatMap((r) => r.gaps));

interface Pair {
  on: FirefoxRun[];
  off: FirefoxRun[];
}

/** RUNS alternating loads of `url`, with the extension first; the load without is watched as long. */
async function alternate(
  sides: { on: FirefoxSide; off: FirefoxSide },
  url: string,
  watchMs: number,
  settle = false,
): Promise<Pair> {
  const pair: Pair = { on: [], off: [] };
  for (let i = 0; i < RUNS; i++) {
    const on = await firefoxRun(sides.on, url, { watchMs, settle });
    pair.on.push(on);
    pair.off.push(await firefoxRun(sides.off, url, { watchMs: on.watchedMs }));
  }
  return pair;
}

/** The frame-probe rows: frames of 50 ms or more per load, and the longest frame, with / without. */
function frameRows(name: string, pair: Pair, row: Row, target: boolean): void {
  const withLong = pair.on.map((r) => longFrames(r.gaps));
  const withoutLong = pair.off.map((r) => longFrames(r.gaps));
  row(
    `${name}: frame gaps >= 50 ms, with / without (per load)`,
    `${withLong.join("+")} / ${withoutLong.join("+")}`,
    target ? "with <= without" : "",
    !target || sum(withLong) <= sum(withoutLong),
  );
  row(
    `${name}: longest frame gap, with / without (ms)`,
    `${f(longest(pair.on))} / ${f(longest(pair.off))}`,
    "",
    true,
  );
  const late = (runs: FirefoxRun[]) => f(sum(runs.map((r) => lateMs(r.gaps))) / RUNS);
  row(
    `${name}: frame time beyond 16.7 ms, with / without (ms/load)`,
    `${late(pair.on)} / ${late(pair.off)}`,
    "",
    true,
  );
}

function latencyRows(name: string, pair: Pair, row: Row, medianTarget: number, p95Target?: number): void {
  const all = pair.on.flatMap(latencies);
  const median = pick(all, 0.5);
  const p95 = pick(all, 0.95);
  row(`${name}: median insertion-to-highlight (ms)`, f(median), `<= ${medianTarget}`, median <= medianTarget);
  row(
    `${name}: p95 insertion-to-highlight (ms)`,
    f(p95),
    p95Target === undefined ? "" : `<= ${p95Target}`,
    p95Target === undefined || p95 <= p95Target,
  );
  const perRun = pair.on.map((r) => f(pick(latencies(r), 0.5))).join(" ");
  row(`${name}: per-load medians of insertion-to-highlight (ms)`, perRun, "", true);
}

async function launchSides(): Promise<{ on: FirefoxSide; off: FirefoxSide; browsers: Firefox[] }> {
  if (!existsSync(join(FIREFOX_BUILD, "manifest.json")))
    spawnSync("npx", ["wxt", "build", "-b", "firefox"], { stdio: "inherit" });
  const withExt = await launchFirefox();
  const without = await launchFirefox({ withExtension: false });
  const probe = await showExtensionPage(await withExt.browser.newPage(), "options.html");
  return {
    on: { browser: withExt.browser, probe },
    off: { browser: without.browser, probe: null },
    browsers: [withExt, without],
  };
}

export async function firefoxRows(serverUrl: string, row: Row): Promise<void> {
  const { on, off, browsers } = await launchSides();
  const sides = { on, off };
  try {
    // Warm-up, both sides: the extension stores its vocabulary on its first page; Firefox warms its caches.
    await firefoxRun(on, `${serverUrl}/no-match.html`, { watchMs: 0, settle: true });
    await firefoxRun(off, `${serverUrl}/no-match.html`, { watchMs: 1000 });
    console.log(
      `\nFirefox ESR (${RUNS} loads each way, alternating; frame gaps from a page-side rAF loop, as Firefox has no long tasks; busy forum: the reader follows new posts)`,
    );

    const big = await alternate(sides, `${serverUrl}/medquad-1mb.html`, 0, true);
    const settled = pick(
      big.on.map((r) => r.settledMs ?? Number.POSITIVE_INFINITY),
      0.5,
    );
    row("Firefox 1 MB page: time until highlights are final, per-tab state (ms)", f(settled), "", true);
    const painted = pick(
      big.on.map((r) => r.lastHighlightMs ?? Number.POSITIVE_INFINITY),
      0.5,
    );
    row("Firefox 1 MB page: last change to our highlights, page-side (ms)", f(painted), "", true);
    frameRows("Firefox 1 MB page", big, row, true);

    const scroll = await alternate(sides, `${serverUrl}/infinite-scroll.html`, 20 * 300 + 1500);
    latencyRows("Firefox infinite scroll", scroll, row, 100);
    frameRows("Firefox infinite scroll", scroll, row, false);

    const busy = await alternate(sides, `${serverUrl}/busy-forum.html`, BUSY.batches * BUSY.everyMs + 2000);
    latencyRows("Firefox busy forum", busy, row, 50, 100);
    frameRows("Firefox busy forum", busy, row, true);
  } finally {
    for (const browser of browsers) await browser.close();
  }
}

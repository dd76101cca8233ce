// The busy-forum rows of `npm run bench`: a page under continuous change, with and without the extension,
// in alternating loads of the same run so both see the same machine load.
import type { BrowserContext } from "@playwright/test";
import { pick } from "./frame-stats";
import { busyForumRun, type BusyRun } from "./measure";
import { BUSY } from "./pages";

type Row = (label: string, value: string, target: string, ok: boolean) => void;

const RUNS = 3;
/** After the last batch went in: time to finish, then a margin so late long tasks are counted too. */
const WAIT_MS = BUSY.batches * BUSY.everyMs + 2000;

const f = (n: number, digits = 0) => (Number.isFinite(n) ? n.toFixed(digits) : "∞");
const long = (run: BusyRun) => run.longTasks.filter((d) => d >= 50);

export async function busyForumRows(
  on: BrowserContext,
  off: BrowserContext,
  url: string,
  row: Row,
): Promise<void> {
  const withRuns: BusyRun[] = [];
  const withoutRuns: BusyRun[] = [];
  for (let i = 0; i < RUNS; i++) {
    withRuns.push(await busyForumRun(on, url, WAIT_MS));
    withoutRuns.push(await busyForumRun(off, url, WAIT_MS));
  }
  const label = `Busy forum (${BUSY.posts} posts, ~100 KB every ${BUSY.everyMs} ms, ${BUSY.batches} batches, ${RUNS} runs; the reader follows new posts)`;
  console.log(`\n${label}`);
  const longWith = withRuns.map((r) => long(r).length);
  const longWithout = withoutRuns.map((r) => long(r).length);
  const sum = (xs: number[]) => xs.reduce((a, b) => a + b, 0);
  row(
    "Busy forum: long tasks >= 50 ms, with / without (per run)",
    `${longWith.join("+")} / ${longWithout.join("+")}`,
    "with <= without",
    sum(longWith) <= sum(longWithout),
  );
  const longest = (runs: BusyRun[]) => Math.max(0, ...runs.flatMap((r) => r.longTasks));
  row(
    "Busy forum: longest task, with / without (ms)",
    `${f(longest(withRuns))} / ${f(longest(withoutRuns))}`,
    "",
    true,
  );
  const first = withRuns.flatMap((r) => r.firstMs);
  const complete = withRuns.flatMap((r) => r.completeMs);
  row("Busy forum: median insertion-to-highlight (ms)", f(pick(first, 0.5)), "<= 50", pick(first, 0.5) <= 50);
  row(
    "Busy forum: p95 insertion-to-highlight (ms)",
    f(pick(first, 0.95)),
    "<= 100",
    pick(first, 0.95) <= 100,
  );
  row(
    "Busy forum: per-run medians of insertion-to-highlight (ms)",
    withRuns.map((r) => f(pick(r.firstMs, 0.5))).join(" "),
    "",
    true,
  );
  row(
    "Busy forum: median / p95 until a batch's last highlight near the view (ms)",
    `${f(pick(complete, 0.5))} / ${f(pick(complete, 0.95))}`,
    "",
    true,
  );
  const perBatch = (key: "taskMs" | "scriptMs") =>
    (sum(withRuns.map((r) => r[key])) - sum(withoutRuns.map((r) => r[key]))) / (RUNS * BUSY.batches);
  row("Busy forum: added main-thread time per batch (ms, TaskDuration)", f(perBatch("taskMs"), 1), "", true);
  row("Busy forum: added script time per batch (ms, ScriptDuration)", f(perBatch("scriptMs"), 1), "", true);

  // The same page read from its top: every batch goes in far below the view.
  const top = `${url}?reader=top`;
  const topWith = [await busyForumRun(on, top, WAIT_MS), await busyForumRun(on, top, WAIT_MS)];
  const topWithout = [await busyForumRun(off, top, WAIT_MS), await busyForumRun(off, top, WAIT_MS)];
  const topLong = (runs: BusyRun[]) => runs.map((r) => long(r).length);
  row(
    "Busy forum, reader at the top: long tasks, with / without",
    `${topLong(topWith).join("+")} / ${topLong(topWithout).join("+")}`,
    "with <= without",
    sum(topLong(topWith)) <= sum(topLong(topWithout)),
  );
  row(
    "Busy forum, reader at the top: added script time per batch (ms)",
    f((sum(topWith.map((r) => r.scriptMs)) - sum(topWithout.map((r) => r.scriptMs))) / (2 * BUSY.batches), 1),
    "",
    true,
  );
}

// npm run bench: the extension's speed figures, measured with the built extension in Chromium and in
// Firefox (scripts/bench/firefox.ts), side by side with the targets. Run after a build (it builds first
// when .output is missing).
import { spawnSync } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import { cpus } from "node:os";
import { join } from "node:path";
import { gzipSync } from "node:zlib";
import { compileVocabulary, expandPattern } from "../content/matching/compile";
import { TAIL } from "../content/matching/form-grammar";
import { compilePath } from "../content/matching/compile-path";
import { findConcepts } from "../content/matching/find-concepts";
import { writeBenchPages } from "./bench/pages";
import { busyForumRows } from "./bench/busy-forum";
import { median } from "./bench/frame-stats";
import { floorMs, markJsMs, popupOpen, runPage, scrollLatencies } from "./bench/measure";
import type { BrowserContext } from "@playwright/test";
import { CHROME_BUILD, launchWithExtension, type Launched } from "./lib/launch";
import { loadEntries } from "./load-content";
import { buildSearchTerms } from "./knowledge-plugin";
import { serveFolder } from "./lib/static-server";
import { firefoxRows } from "./bench/firefox";

/** `npm run bench -- busy scroll` runs only those groups of rows; no argument runs them all. */
const only = new Set(process.argv.slice(2));
const CHROMIUM_GROUPS = ["static", "mark.js", "scroll", "busy", "popup", "no-match"] as const;
type Group = (typeof CHROMIUM_GROUPS)[number] | "firefox" | "size";
const wants = (group: Group) => only.size === 0 || only.has(group);

const f = (n: number, digits = 1) => (Number.isFinite(n) ? n.toFixed(digits) : "∞");
const row = (label: string, value: string, target: string, ok: boolean) =>
  console.log(`${label.padEnd(58)} ${value.padStart(14)}   ${target.padEnd(16)} ${ok ? "ok" : "MISSED"}`);

/** Every plain search term of every concept: what mark.js, which has no grammar, would be given. */
const knowledgeTerms = (): string[] => Object.values(buildSearchTerms(loadEntries())).flat();

function nodeThroughput(docs: Array<{ text: string }>): number {
  const path = compilePath(loadEntries());
  const bytes = docs.reduce((n, d) => n + d.text.length, 0);
  let best = 0;
  for (let round = 0; round < 4; round++) {
    const started = performance.now();
    for (const d of docs) findConcepts(path, d.text);
    best = Math.max(best, bytes / 1e6 / ((performance.now() - started) / 1000));
  }
  return best;
}

async function main(): Promise<void> {
  const vocabulary = compileVocabulary(loadEntries());
  const { dir, docs } = writeBenchPages();
  const server = await serveFolder(dir);
  console.log(
    `Sciatica Lens benchmark — ${cpus()[0]?.model ?? "unknown CPU"} × ${cpus().length}, Node ${process.version}\n`,
  );
  try {
    if (CHROMIUM_GROUPS.some(wants)) await chromiumRows(server.url, vocabulary);
    if (wants("firefox")) await firefoxRows(server.url, row);
  } finally {
    await server.close();
  }
  if (wants("size")) sizeRows(vocabulary, docs);
}

async function chromiumRows(
  serverUrl: string,
  vocabulary: ReturnType<typeof compileVocabulary>,
): Promise<void> {
  if (!existsSync(join(CHROME_BUILD, "manifest.json")))
    spawnSync("npx", ["wxt", "build"], { stdio: "inherit" });
  const combined = `\\b(?:${vocabulary.forms.map((form) => expandPattern(form.p)).join("|")})${TAIL}`;
  const withExt = await launchWithExtension();
  const without = await launchWithExtension({ withExtension: false });
  try {
    await runPage(withExt.context, withExt.worker, `${serverUrl}/no-match.html`, 0); // warm-up: vocabulary stored
    const staticPages = [
      ["1 MB", "medquad-1mb.html"],
      ["5 MB", "medquad-5mb.html"],
    ] as const;
    for (const [name, file] of wants("static") ? staticPages : []) {
      const url = `${serverUrl}/${file}`;
      const on = await runPage(withExt.context, withExt.worker, url, 0);
      const off = await runPage(without.context, null, url, on.settledMs + 500);
      const added = on.taskMs - off.taskMs;
      const floor = await floorMs(without.context, url, combined);
      const extraLong =
        on.longTasks.filter((d) => d >= 50).length - off.longTasks.filter((d) => d >= 50).length;
      row(`${name} page: added main-thread time (ms)`, f(added), "", true);
      row(`${name} page: of which counted as ScriptDuration (ms)`, f(on.scriptMs - off.scriptMs), "", true);
      row(`${name} page: floor, one walk + one combined pattern (ms)`, f(floor), "", true);
      row(`${name} page: ratio to the floor`, `${f(added / floor, 2)}x`, "<= 2x", added / floor <= 2);
      row(
        `${name} page: long tasks >= 50 ms added by the extension`,
        String(Math.max(0, extraLong)),
        "0",
        extraLong <= 0,
      );
      row(`${name} page: time until highlights are final (ms)`, f(on.settledMs, 0), "", true);
      if (name === "1 MB" && wants("mark.js")) {
        const markJs = join(import.meta.dirname, "../node_modules/mark.js/dist/mark.min.js");
        const terms = [...new Set(knowledgeTerms())];
        const asTerms = await markJsMs(without.context, url, { terms }, markJs);
        const asPattern = await markJsMs(without.context, url, { pattern: combined }, markJs);
        row(`1 MB page: mark.js, the ${terms.length} terms as a list (ms)`, f(asTerms, 0), "", true);
        row("1 MB page: mark.js, one combined pattern (its best case) (ms)", f(asPattern, 0), "", true);
        const ratio = asTerms / added;
        row("1 MB page: mark.js (term list) time / our added time", `${f(ratio, 0)}x`, ">= 50x", ratio >= 50);
        row("1 MB page: mark.js (best case) time / our added time", `${f(asPattern / added, 1)}x`, "", true);
      }
    }
    if (wants("busy"))
      await busyForumRows(withExt.context, without.context, `${serverUrl}/busy-forum.html`, row);
    if (wants("scroll"))
      await scrollRows(withExt.context, without.context, `${serverUrl}/infinite-scroll.html`);
    if (wants("popup")) {
      const popup = await popupOpen(
        withExt.context,
        withExt.worker!,
        withExt.extensionId!,
        `${serverUrl}/medquad-1mb.html`,
      );
      row("Popup: floor, an extension page with no script, painted (ms)", f(popup.floorMs, 0), "", true);
      row("Popup: findings in its document after opening (ms)", f(popup.insertedMs, 0), "", true);
      const painted = popup.paintedMs;
      row("Popup: findings painted on screen after opening (ms)", f(painted, 0), "<= 100", painted <= 100);
    }
    if (wants("no-match")) await noMatchRows(withExt, without.context, `${serverUrl}/no-match.html`);
  } finally {
    await withExt.context.close();
    await without.context.close();
  }
}

async function scrollRows(on: BrowserContext, off: BrowserContext, scroll: string): Promise<void> {
  {
    const latencies = await scrollLatencies(on, scroll);
    const scrollOn = await runPage(on, null, scroll, 7500);
    const scrollOff = await runPage(off, null, scroll, 7500);
    row(
      "Infinite scroll: median insertion-to-highlight (ms)",
      f(median(latencies), 0),
      "<= 100",
      median(latencies) <= 100,
    );
    row(
      "Infinite scroll: added main-thread time over 20 batches (ms)",
      f(scrollOn.taskMs - scrollOff.taskMs),
      "",
      true,
    );
  }
}

/** Script time is small next to the noise of one load: the median of several loads each way. */
async function noMatchRows(withExt: Launched, off: BrowserContext, url: string): Promise<void> {
  const noMatch = { script: [] as number[], task: [] as number[] };
  for (let round = 0; round < 7; round++) {
    const on = await runPage(withExt.context, withExt.worker, url, 1500);
    const without = await runPage(off, null, url, 1500);
    noMatch.script.push(on.scriptMs - without.scriptMs);
    noMatch.task.push(on.taskMs - without.taskMs);
  }
  const scriptMs = median(noMatch.script);
  row("Page with no matches: added script time (ms, ScriptDuration)", f(scriptMs, 2), "<= 2", scriptMs <= 2);
  row(
    "Page with no matches: added main-thread task time (ms, TaskDuration)",
    f(median(noMatch.task), 2),
    "",
    true,
  );
}

function sizeRows(vocabulary: ReturnType<typeof compileVocabulary>, docs: Array<{ text: string }>): void {
  const script = readFileSync(join(CHROME_BUILD, "content-scripts/scanner.js"));
  const gz = gzipSync(script).length / 1024;
  row(
    "Content script size, raw / gzipped (KB)",
    `${f(script.length / 1024)} / ${f(gz)}`,
    "<= 20 gz",
    gz <= 20,
  );
  const data = Buffer.byteLength(JSON.stringify(vocabulary));
  row(
    "Vocabulary data (storage.local, read as JSON) raw / gz (KB)",
    `${f(data / 1024)} / ${f(gzipSync(JSON.stringify(vocabulary)).length / 1024)}`,
    "",
    true,
  );
  const mbps = nodeThroughput(docs);
  row("Matcher throughput in Node over all of MedQuAD (MB/s)", f(mbps, 0), ">= 150", mbps >= 150);
}
main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});

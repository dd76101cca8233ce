import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { CorpusScore, pageLabel, precisionOf, recallOf } from "../../scripts/lib/corpus-score";
import { FIXTURES, expect, test, waitForFindings } from "./harness";
import { RED_FLAGS } from "./red-flag-ids";

const PAGES = join(FIXTURES, "pages");

const labelOf = (file: string) => pageLabel(readFileSync(join(PAGES, file), "utf8"), file);

/** Pages with scripts of their own change their DOM themselves; on the others any change would be ours. */
const isStatic = (file: string) =>
  !/<script(?![^>]*type="application\/json")/.test(readFileSync(join(PAGES, file), "utf8"));

const RECORD_MUTATIONS = `window.__mutations = [];
document.addEventListener("DOMContentLoaded", () => new MutationObserver((records) => {
  for (const r of records) window.__mutations.push(r.type + " on " + r.target.nodeName);
}).observe(document, { subtree: true, childList: true, attributes: true, characterData: true }));`;

/**
 * Pages that add text after load (some inside a frame that starts its own scanner) are read again until
 * what they should show is there, for up to LATE_TEXT_MS: on a loaded machine a frame may start late.
 */
const LATE_TEXT_MS = 10_000;
async function settledFindings(
  read: () => Promise<Map<string, number>>,
  file: string,
  must: readonly string[],
): Promise<Set<string>> {
  let found = new Set((await read()).keys());
  for (const until = Date.now() + LATE_TEXT_MS; !isStatic(file) && Date.now() < until;) {
    if (must.every((id) => found.has(id))) break;
    found = new Set((await read()).keys());
  }
  return found;
}

const pages = readdirSync(PAGES)
  .filter((f) => f.endsWith(".html"))
  .sort();

test("the labelled corpus meets its recall and precision targets in the real browser", async ({
  lens,
  page,
}) => {
  test.setTimeout(pages.length * 8_000);
  expect(pages.length).toBeGreaterThanOrEqual(80);
  expect(pages.filter((f) => f.startsWith("real-")).length).toBeGreaterThanOrEqual(30);
  expect(RED_FLAGS.size).toBeGreaterThanOrEqual(7);
  const score = new CorpusScore((id) => RED_FLAGS.has(id));
  const changedDom: string[] = [];
  await page.addInitScript(RECORD_MUTATIONS);
  const findingsOf = (file: string, must: readonly string[]) =>
    settledFindings(() => waitForFindings(lens, page, 900), file, must);
  for (const file of pages) {
    const label = labelOf(file);
    await page.goto(`${lens.server.url}/pages/${file}`);
    score.add(file, label, await findingsOf(file, label.must));
    if (isStatic(file)) {
      const mutations = await page.evaluate(
        () => (window as unknown as { __mutations: string[] }).__mutations,
      );
      if (mutations.length) changedDom.push(`${file}: ${mutations.slice(0, 3).join(", ")}`);
    }
  }
  const [recall, precision] = [recallOf(score.all), precisionOf(score.all)];
  const [redRecall, redPrecision] = [recallOf(score.red), precisionOf(score.red)];
  console.log(`Labelled corpus: ${pages.length} pages, ${score.summary()}`);
  console.log(`Red flags: ${score.summary(score.red)}`);
  for (const line of score.problems) console.log(`  ${line}`);
  expect(changedDom, "the extension changed these pages' DOM").toEqual([]);
  expect(pages.filter(isStatic).length).toBeGreaterThan(40);
  expect(redRecall, "every labelled warning sign is found").toBe(1);
  expect(redPrecision).toBeGreaterThanOrEqual(0.98);
  expect(recall).toBeGreaterThanOrEqual(0.99);
  expect(precision).toBeGreaterThanOrEqual(0.99);
});

import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { FIXTURES, expect, test, waitForFindings } from "./harness";

interface Expected {
  must: string[];
  may: string[];
  mustNot: string[];
}

const PAGES = join(FIXTURES, "pages");
const CONCEPTS = join(FIXTURES, "..", "..", "content", "concepts");

/** Warning signs are scored on their own too: a missed one is the worst error this product can make. */
const RED_FLAGS = new Set(
  readdirSync(CONCEPTS)
    .filter((f) => /^category: red-flag$/m.test(readFileSync(join(CONCEPTS, f), "utf8")))
    .map((f) => f.replace(/\.md$/, "")),
);

interface Tally {
  found: number;
  missed: number;
  wrong: number;
}
const ratio = (a: number, b: number): number => (a + b === 0 ? 1 : a / (a + b));

function expectedOf(file: string): Expected {
  const html = readFileSync(join(PAGES, file), "utf8");
  const json = /<script type="application\/json" id="expected">([\s\S]*?)<\/script>/.exec(html)?.[1];
  if (!json) throw new Error(`${file} has no <script id="expected"> label`);
  return JSON.parse(json) as Expected;
}

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
  must: string[],
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
  const all: Tally = { found: 0, missed: 0, wrong: 0 };
  const red: Tally = { found: 0, missed: 0, wrong: 0 };
  const problems: string[] = [];
  const changedDom: string[] = [];
  await page.addInitScript(RECORD_MUTATIONS);
  const findingsOf = (file: string, must: string[]) =>
    settledFindings(() => waitForFindings(lens, page, 900), file, must);
  for (const file of pages) {
    const expected = expectedOf(file);
    await page.goto(`${lens.server.url}/pages/${file}`);
    const found = await findingsOf(file, expected.must);
    const missed = expected.must.filter((id) => !found.has(id));
    const wrong = [...found].filter((id) => !expected.must.includes(id) && !expected.may.includes(id));
    for (const [tally, keep] of [
      [all, () => true],
      [red, (id: string) => RED_FLAGS.has(id)],
    ] as const) {
      tally.found += expected.must.filter((id) => keep(id) && found.has(id)).length;
      tally.missed += missed.filter(keep).length;
      tally.wrong += wrong.filter(keep).length;
    }
    if (isStatic(file)) {
      const mutations = await page.evaluate(
        () => (window as unknown as { __mutations: string[] }).__mutations,
      );
      if (mutations.length) changedDom.push(`${file}: ${mutations.slice(0, 3).join(", ")}`);
    }
    if (missed.length || wrong.length) {
      problems.push(`${file}: missed [${missed.join(", ")}] wrongly found [${wrong.join(", ")}]`);
    }
  }
  const recall = ratio(all.found, all.missed);
  const precision = ratio(all.found, all.wrong);
  const redRecall = ratio(red.found, red.missed);
  const redPrecision = ratio(red.found, red.wrong);
  console.log(
    `Labelled corpus: ${pages.length} pages, recall ${recall.toFixed(3)}, precision ${precision.toFixed(3)}`,
  );
  console.log(`  ${all.found} found as labelled, ${all.missed} missed, ${all.wrong} found wrongly`);
  console.log(
    `Red flags: recall ${redRecall.toFixed(3)}, precision ${redPrecision.toFixed(3)}, ` +
      `${red.found} found / ${red.found + red.missed} labelled, ${red.wrong} found wrongly`,
  );
  for (const line of problems) console.log(`  ${line}`);
  expect(changedDom, "the extension changed these pages' DOM").toEqual([]);
  expect(pages.filter(isStatic).length).toBeGreaterThan(40);
  expect(redRecall, "every labelled warning sign is found").toBe(1);
  expect(redPrecision).toBeGreaterThanOrEqual(0.98);
  expect(recall).toBeGreaterThanOrEqual(0.99);
  expect(precision).toBeGreaterThanOrEqual(0.99);
});

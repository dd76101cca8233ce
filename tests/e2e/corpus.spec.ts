import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { FIXTURES, expect, test, waitForFindings } from "./harness";

interface Expected {
  must: string[];
  may: string[];
  mustNot: string[];
}

const PAGES = join(FIXTURES, "pages");

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

const pages = readdirSync(PAGES)
  .filter((f) => f.endsWith(".html"))
  .sort();

test("the labelled corpus meets its recall and precision targets in the real browser", async ({
  lens,
  page,
}) => {
  test.setTimeout(pages.length * 8_000);
  expect(pages.length).toBeGreaterThanOrEqual(40);
  let truePositives = 0;
  let falseNegatives = 0;
  let falsePositives = 0;
  const problems: string[] = [];
  const changedDom: string[] = [];
  await page.addInitScript(RECORD_MUTATIONS);
  for (const file of pages) {
    const expected = expectedOf(file);
    await page.goto(`${lens.server.url}/pages/${file}`);
    // Pages that add text after load (dynamic fixtures) settle within a second.
    const found = new Set((await waitForFindings(lens, page, 900)).keys());
    const missed = expected.must.filter((id) => !found.has(id));
    const wrong = [...found].filter((id) => !expected.must.includes(id) && !expected.may.includes(id));
    truePositives += expected.must.length - missed.length;
    falseNegatives += missed.length;
    falsePositives += wrong.length;
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
  const recall = truePositives / (truePositives + falseNegatives);
  const precision = truePositives / (truePositives + falsePositives);
  console.log(
    `Labelled corpus: ${pages.length} pages, recall ${recall.toFixed(3)}, precision ${precision.toFixed(3)}`,
  );
  console.log(
    `  ${truePositives} found as labelled, ${falseNegatives} missed, ${falsePositives} found wrongly`,
  );
  for (const line of problems) console.log(`  ${line}`);
  expect(changedDom, "the extension changed these pages' DOM").toEqual([]);
  expect(pages.filter(isStatic).length).toBeGreaterThan(40);
  expect(recall).toBeGreaterThanOrEqual(0.97);
  expect(precision).toBeGreaterThanOrEqual(0.98);
});

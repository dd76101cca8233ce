import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import type { Page } from "puppeteer-core";
import { afterAll, beforeAll, expect, test } from "vitest";
import type { StaticServer } from "../../scripts/lib/static-server";
import { FIXTURES, startLens, startServer, waitForFindings, type Lens } from "./harness";

// The labelled corpus (tests/fixtures/pages) in Firefox, scored as tests/e2e/corpus.spec.ts scores it in
// Chromium, with the same targets.

interface Expected {
  must: string[];
  may: string[];
}

const PAGES = join(FIXTURES, "pages");
const html = (file: string) => readFileSync(join(PAGES, file), "utf8");
const expectedOf = (file: string): Expected =>
  JSON.parse(
    /<script type="application\/json" id="expected">([\s\S]*?)<\/script>/.exec(html(file))![1],
  ) as Expected;
/** Pages with scripts of their own add text after load, and frames report after the top page: longer. */
const slow = (file: string) => /<script(?![^>]*type="application\/json")|<iframe/.test(html(file));

const pages = readdirSync(PAGES)
  .filter((f) => f.endsWith(".html"))
  .sort();

let server: StaticServer;
let lens: Lens;
let page: Page;
beforeAll(async () => {
  server = await startServer();
  lens = await startLens(server);
  page = await lens.newPage();
});
afterAll(async () => {
  await lens?.close();
  await server?.close();
});

test(
  "the labelled corpus meets its recall and precision targets in Firefox",
  { timeout: 180_000 },
  async () => {
    expect(pages.length).toBeGreaterThanOrEqual(40);
    let truePositives = 0;
    let falseNegatives = 0;
    let falsePositives = 0;
    const problems: string[] = [];
    for (const file of pages) {
      const expected = expectedOf(file);
      await page.goto(`${server.url}/pages/${file}`);
      const found = new Set((await waitForFindings(lens, page, slow(file) ? 900 : 150)).keys());
      const missed = expected.must.filter((id) => !found.has(id));
      const wrong = [...found].filter((id) => !expected.must.includes(id) && !expected.may.includes(id));
      truePositives += expected.must.length - missed.length;
      falseNegatives += missed.length;
      falsePositives += wrong.length;
      if (missed.length || wrong.length)
        problems.push(`${file}: missed [${missed.join(", ")}] wrongly found [${wrong.join(", ")}]`);
    }
    const recall = truePositives / (truePositives + falseNegatives);
    const precision = truePositives / (truePositives + falsePositives);
    console.log(
      `Labelled corpus in Firefox: ${pages.length} pages, recall ${recall.toFixed(3)}, precision ${precision.toFixed(3)}` +
        ` (${truePositives} found as labelled, ${falseNegatives} missed, ${falsePositives} found wrongly)`,
    );
    for (const line of problems) console.log(`  ${line}`);
    expect(recall).toBeGreaterThanOrEqual(0.97);
    expect(precision).toBeGreaterThanOrEqual(0.98);
  },
);

import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import type { Page } from "puppeteer-core";
import { afterAll, beforeAll, expect, test } from "vitest";
import { CorpusScore, pageLabel, precisionOf, recallOf } from "../../scripts/lib/corpus-score";
import type { StaticServer } from "../../scripts/lib/static-server";
import { FIXTURES, startLens, startServer, waitForFindings, type Lens } from "./harness";

// The labelled corpus (tests/fixtures/pages) in Firefox, scored as tests/e2e/corpus.spec.ts scores it in
// Chromium, with the same targets.

const PAGES = join(FIXTURES, "pages");
const html = (file: string) => readFileSync(join(PAGES, file), "utf8");
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
    const score = new CorpusScore();
    for (const file of pages) {
      await page.goto(`${server.url}/pages/${file}`);
      const found = new Set((await waitForFindings(lens, page, slow(file) ? 900 : 150)).keys());
      score.add(file, pageLabel(html(file), file), found);
    }
    console.log(`Labelled corpus in Firefox: ${pages.length} pages, ${score.summary()}`);
    for (const line of score.problems) console.log(`  ${line}`);
    expect(recallOf(score.all)).toBeGreaterThanOrEqual(0.97);
    expect(precisionOf(score.all)).toBeGreaterThanOrEqual(0.98);
  },
);

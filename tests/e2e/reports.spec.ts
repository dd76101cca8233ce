import { readdirSync } from "node:fs";
import { join } from "node:path";
import { CorpusScore, precisionOf, recallOf } from "../../scripts/lib/corpus-score";
import { explainOnPage, explainUrl, readReport, REPORTS } from "./explain-helpers";
import { expect, test } from "./harness";
import { RED_FLAGS } from "./red-flag-ids";

// The labelled reports and letters (tests/fixtures/reports/), each explained through the real Explain
// page in Chromium, scored as the page corpus is. Every labelled id must have its entry in the bundle.
const TARGETS = { recall: 0.97, precision: 0.98 };

const files = readdirSync(REPORTS)
  .filter((f) => f.endsWith(".txt"))
  .sort();
const bundled = new Set(
  readdirSync(join(import.meta.dirname, "../../content/concepts")).map((f) => f.replace(/\.md$/, "")),
);

test("the labelled reports and letters meet their recall and precision targets on the Explain page", async ({
  lens,
  page,
}) => {
  test.setTimeout(files.length * 5_000);
  expect(files.filter((f) => f.startsWith("letter-")).length).toBeGreaterThanOrEqual(4);
  expect(files.filter((f) => !f.startsWith("letter-")).length).toBeGreaterThanOrEqual(12);
  await page.goto(explainUrl(lens));
  const score = new CorpusScore((id) => RED_FLAGS.has(id));
  for (const file of files) {
    const labels = readReport(file);
    const unknown = [...labels.must, ...labels.may].filter((id) => !bundled.has(id));
    expect(unknown, `${file} labels ids that have no entry`).toEqual([]);
    score.add(file, labels, new Set(await explainOnPage(page, labels.text)));
  }
  console.log(`Reports and letters: ${files.length} texts, ${score.summary()}`);
  for (const line of score.problems) console.log(`  ${line}`);
  console.log(`Reports and letters, red flags: ${score.summary(score.red)}`);
  expect(recallOf(score.all)).toBeGreaterThanOrEqual(TARGETS.recall);
  expect(precisionOf(score.all)).toBeGreaterThanOrEqual(TARGETS.precision);
  // A warning sign in a letter's safety-netting advice is what a patient most needs explained.
  expect(recallOf(score.red), "every labelled warning sign is found").toBe(1);
  expect(precisionOf(score.red)).toBeGreaterThanOrEqual(0.98);
});

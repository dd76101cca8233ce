import { readdirSync } from "node:fs";
import { join } from "node:path";
import { explainOnPage, explainUrl, readReport, REPORTS } from "./explain-helpers";
import { expect, test } from "./harness";

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
  let truePositives = 0;
  let falseNegatives = 0;
  let falsePositives = 0;
  const problems: string[] = [];
  for (const file of files) {
    const labels = readReport(file);
    const unknown = [...labels.must, ...labels.may].filter((id) => !bundled.has(id));
    expect(unknown, `${file} labels ids that have no entry`).toEqual([]);
    const must = labels.must;
    const found = new Set(await explainOnPage(page, labels.text));
    const missed = must.filter((id) => !found.has(id));
    const wrong = [...found].filter((id) => !labels.must.includes(id) && !labels.may.includes(id));
    truePositives += must.length - missed.length;
    falseNegatives += missed.length;
    falsePositives += wrong.length;
    if (missed.length || wrong.length)
      problems.push(`${file}: missed [${missed.join(", ")}] wrongly found [${wrong.join(", ")}]`);
  }
  const recall = truePositives / (truePositives + falseNegatives);
  const precision = truePositives / (truePositives + falsePositives);
  console.log(
    `Reports and letters: ${files.length} texts, recall ${recall.toFixed(3)}, precision ${precision.toFixed(3)}`,
  );
  console.log(
    `  ${truePositives} found as labelled, ${falseNegatives} missed, ${falsePositives} found wrongly`,
  );
  for (const line of problems) console.log(`  ${line}`);
  expect(recall).toBeGreaterThanOrEqual(TARGETS.recall);
  expect(precision).toBeGreaterThanOrEqual(TARGETS.precision);
});

// Scores the labelled pages (tests/fixtures/pages) in Node, without a browser: a quick check while
// writing surface forms. The browser suite (tests/e2e/corpus.spec.ts) stays the measure that counts.
// Page text is approximated (scripts/lib/page-text.ts).
// --reports scores the labelled reports and letters (tests/fixtures/reports) instead, through the
// Explain page's own explainText (so a neck level leaves out the low-back concepts, as the page does);
// tests/e2e/reports.spec.ts is the measure that counts. --where also prints each level and side found.
// Usage: npx tsx scripts/score-fixtures.ts [--reports] [--only real-] [--show] [--where]
import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { parseArgs } from "node:util";
import { compilePath } from "../content/matching/compile-path";
import { explainText } from "../entrypoints/explain/explain-text";
import { findConcepts } from "../content/matching/find-concepts";
import { CorpusScore, pageLabel, reportLabel } from "./lib/corpus-score";
import { pageText } from "./lib/page-text";
import { loadEntries, ROOT } from "./load-content";

const { values } = parseArgs({
  options: {
    only: { type: "string" },
    show: { type: "boolean" },
    reports: { type: "boolean" },
    where: { type: "boolean" },
  },
});
const DIR = join(ROOT, "tests", "fixtures", values.reports ? "reports" : "pages");
const KIND = values.reports ? "texts" : "pages";

// eslint-disable-next-line no-control-regex -- block separators are NUL on purpose
const oneLine = (s: string): string => s.replace(/[\s\u0000]+/g, " ");
const path = compilePath(loadEntries());
const concepts = path.matcher.vocabulary.concepts;
const isRedFlag = (id: string) => concepts.find((c) => c.id === id)?.category === "red-flag";
const score = new CorpusScore(isRedFlag);
const files = readdirSync(DIR).filter(
  (f) => f.endsWith(values.reports ? ".txt" : ".html") && f.includes(values.only ?? ""),
);
for (const file of files.sort()) {
  const raw = readFileSync(join(DIR, file), "utf8");
  const report = values.reports ? reportLabel(raw, file) : null;
  const text = report ? report.text : pageText(raw);
  const matches = findConcepts(path, text);
  // A report is scored on what the Explain page lists; a page on every match, as the page scanner shows.
  const explained = report ? explainText(path, text) : null;
  const { wrong } = score.add(
    file,
    report ?? pageLabel(raw, file),
    new Set(explained ? explained.concepts.map((c) => c.id) : matches.map((m) => concepts[m.concept].id)),
  );
  if (values.where && explained)
    for (const c of explained.concepts) console.log(`  ${file} ${c.id}: ${c.where.join("; ") || "-"}`);
  // --show: where each wrongly found concept matched, in context.
  if (values.show)
    for (const m of matches)
      if (wrong.includes(concepts[m.concept].id))
        console.log(
          `  ${file} ${concepts[m.concept].id}: …${oneLine(text.slice(m.start - 40, m.end + 30))}…`,
        );
}
for (const line of score.problems) console.log(line);
console.log(`all: ${files.length} ${KIND}, ${score.summary()}`);
console.log(`red: ${files.length} ${KIND}, ${score.summary(score.red)}`);

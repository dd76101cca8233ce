// Scores the labelled pages (tests/fixtures/pages) in Node, without a browser: a quick check while
// writing surface forms. The browser suite (tests/e2e/corpus.spec.ts) stays the measure that counts.
// Page text is approximated: scripts, styles and form fields dropped, blocks kept apart.
// Usage: npx tsx scripts/score-fixtures.ts [--only real-] [--show]
import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { parseArgs } from "node:util";
import { compilePath } from "../content/matching/compile-path";
import { findConcepts } from "../content/matching/find-concepts";
import { CorpusScore, pageLabel } from "./lib/corpus-score";
import { loadEntries, ROOT } from "./load-content";

const PAGES = join(ROOT, "tests", "fixtures", "pages");
const { values } = parseArgs({ options: { only: { type: "string" }, show: { type: "boolean" } } });

const NOT_TEXT = /<(script|style|noscript|template|textarea|head|select|button)\b[\s\S]*?<\/\1>/gi;
const BLOCK_TAG =
  /<\/?(p|div|li|ul|ol|h[1-6]|td|th|tr|table|section|article|header|footer|main|nav|aside|blockquote|dd|dt|dl|pre|figure|figcaption|details|summary|body|html|form|hr)\b[^>]*>/gi;
const ENTITIES: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'", nbsp: " " };

function pageText(html: string): string {
  return html
    .replace(NOT_TEXT, " ")
    .replace(/<input\b[^>]*>/gi, " ")
    .replace(/<br\s*\/?>/gi, "\n")
    .replace(BLOCK_TAG, "\u0000")
    .replace(/<[^>]+>/g, "")
    .replace(/&(#x?[0-9a-f]+|[a-z]+);/gi, (all, name: string) =>
      name.startsWith("#")
        ? String.fromCodePoint(Number(name.slice(1).replace("x", "0x")))
        : (ENTITIES[name] ?? all),
    );
}

// eslint-disable-next-line no-control-regex -- block separators are NUL on purpose
const oneLine = (s: string): string => s.replace(/[\s\u0000]+/g, " ");
const path = compilePath(loadEntries());
const concepts = path.matcher.vocabulary.concepts;
const isRedFlag = (id: string) => concepts.find((c) => c.id === id)?.category === "red-flag";
const score = new CorpusScore(isRedFlag);
const files = readdirSync(PAGES).filter((f) => f.endsWith(".html") && f.includes(values.only ?? ""));
for (const file of files.sort()) {
  const html = readFileSync(join(PAGES, file), "utf8");
  const text = pageText(html);
  const matches = findConcepts(path, text);
  const { wrong } = score.add(
    file,
    pageLabel(html, file),
    new Set(matches.map((m) => concepts[m.concept].id)),
  );
  // --show: where each wrongly found concept matched, in context.
  if (values.show)
    for (const m of matches)
      if (wrong.includes(concepts[m.concept].id))
        console.log(
          `  ${file} ${concepts[m.concept].id}: …${oneLine(text.slice(m.start - 40, m.end + 30))}…`,
        );
}
for (const line of score.problems) console.log(line);
console.log(`all: ${files.length} pages, ${score.summary()}`);
console.log(`red: ${files.length} pages, ${score.summary(score.red)}`);

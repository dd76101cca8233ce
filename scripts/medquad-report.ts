// Runs the matcher over the MedQuAD answers (real NIH patient-education text) and reports where each
// concept fires, to find matches in the wrong sense. `--concept <id>` shows matches in context.
// Usage: npm run report:medquad [-- --concept spinal-stenosis]
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { parseArgs } from "node:util";
import { compilePath } from "../content/matching/compile-path";
import { findConcepts } from "../content/matching/find-concepts";
import { loadEntries } from "./load-content";

interface MedquadDoc {
  id: string;
  focus: string;
  qa: Array<{ q: string; a: string }>;
}

interface ConceptStats {
  docs: number;
  matches: number;
  examples: string[];
}

const CORPUS = join(import.meta.dirname, "..", "..", "shared", "corpora", "medquad", "medquad-answers.jsonl");
const CONTEXT = 60;
const MAX_SHOWN = 30;

const { values } = parseArgs({ options: { concept: { type: "string" } } });

if (!existsSync(CORPUS)) {
  console.error(`MedQuAD corpus not found at ${CORPUS}.`);
  console.error("It lives in shared/corpora/medquad/, beside the repository; see its README.md.");
  process.exit(1);
}

const entries = loadEntries();
const path = compilePath(entries);
const ids = entries.map((e) => e.id);
const wanted = values.concept;
if (wanted !== undefined && !ids.includes(wanted)) {
  console.error(`Unknown concept "${wanted}". Known ids: ${ids.join(", ")}`);
  process.exit(1);
}

const docs = readFileSync(CORPUS, "utf8")
  .split("\n")
  .filter((line) => line.trim() !== "")
  .map((line) => JSON.parse(line) as MedquadDoc);
const texts = docs.map((doc) => doc.qa.map((qa) => qa.a).join("\n"));
const bytes = texts.reduce((sum, text) => sum + Buffer.byteLength(text, "utf8"), 0);

const stats = new Map<string, ConceptStats>();
const shown: string[] = [];
let shownTotal = 0;
const oneLine = (s: string): string => s.replace(/\s+/g, " ");

const started = performance.now();
const results = texts.map((text) => findConcepts(path, text));
const seconds = (performance.now() - started) / 1000;

results.forEach((matches, d) => {
  const seen = new Set<string>();
  for (const m of matches) {
    const id = ids[m.concept];
    const s = stats.get(id) ?? { docs: 0, matches: 0, examples: [] };
    stats.set(id, s);
    s.matches++;
    if (!seen.has(id)) {
      seen.add(id);
      s.docs++;
      if (s.examples.length < 3 && !s.examples.includes(docs[d].focus)) s.examples.push(docs[d].focus);
    }
    if (id !== wanted) continue;
    shownTotal++;
    if (shown.length >= MAX_SHOWN) continue;
    const text = texts[d];
    const before = oneLine(text.slice(Math.max(0, m.start - CONTEXT), m.start));
    const after = oneLine(text.slice(m.end, m.end + CONTEXT));
    const tag = m.contextual ? " (contextual)" : "";
    shown.push(`[${docs[d].focus}]${tag}\n    …${before}[[${text.slice(m.start, m.end)}]]${after}…`);
  }
});

const mb = bytes / 1e6;
console.log(`MedQuAD: ${docs.length} documents, ${mb.toFixed(1)} MB of answer text`);
console.log(`findConcepts: ${seconds.toFixed(2)} s, ${(mb / seconds).toFixed(1)} MB/s`);

if (wanted !== undefined) {
  const s = stats.get(wanted);
  console.log(`\n${wanted}: ${s?.docs ?? 0} documents, ${shownTotal} matches (showing ${shown.length})\n`);
  shown.forEach((line, i) => console.log(`${String(i + 1).padStart(2)}. ${line}`));
} else {
  const rows = [...stats].sort(
    ([a, x], [b, y]) => y.docs - x.docs || y.matches - x.matches || a.localeCompare(b),
  );
  const width = Math.max(10, ...ids.map((id) => id.length));
  console.log(`\n${"concept".padEnd(width)}  ${"docs".padStart(5)}  ${"matches".padStart(7)}  examples`);
  for (const [id, s] of rows) {
    const kind = entries[ids.indexOf(id)].specificity === "contextual" ? " *" : "";
    const line = `${(id + kind).padEnd(width)}  ${String(s.docs).padStart(5)}  ${String(s.matches).padStart(7)}`;
    console.log(`${line}  ${s.examples.join(" | ")}`);
  }
  const silent = ids.filter((id) => !stats.has(id));
  if (silent.length) console.log(`\nno matches: ${silent.join(", ")}`);
  console.log("\n* contextual concept (counted only on pages that also have an anchor)");
}

import { readFileSync } from "node:fs";
import { compileVocabulary } from "../content/compile";
import { createMatcher, findConcepts } from "../content/matcher";
import { loadEntries } from "./load-content";
const [id, mode = "page", skip = "0"] = process.argv.slice(2);
const matcher = createMatcher(compileVocabulary(loadEntries()));
const ids = matcher.vocabulary.concepts.map((c) => c.id);
const docs = readFileSync("../shared/corpora/medquad/medquad-answers.jsonl", "utf8").trim().split("\n").map((l) => JSON.parse(l));
let n = 0;
for (const d of docs) {
  const text = d.qa.map((q: { a: string }) => q.a).join("\n");
  const ms = mode === "raw" ? matcher.findAll(text) : findConcepts(matcher, text);
  for (const m of ms) {
    if (ids[m.concept] !== id) continue;
    n++;
    if (n <= Number(skip)) continue;
    const o = (s: string) => s.replace(/\s+/g, " ");
    console.log(`${n}. [${d.focus}]${m.contextual ? "c" : ""} …${o(text.slice(Math.max(0, m.start - 70), m.start))}[[${text.slice(m.start, m.end)}]]${o(text.slice(m.end, m.end + 70))}`);
  }
}

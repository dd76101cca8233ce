import { readFileSync } from "node:fs";
import { compileVocabulary } from "../content/compile";
import { createMatcher } from "../content/matcher";
import { loadEntries } from "./load-content";
const matcher = createMatcher(compileVocabulary(loadEntries()));
const cs = matcher.vocabulary.concepts;
const docs = readFileSync("../shared/corpora/medquad/medquad-answers.jsonl", "utf8").trim().split("\n").map((l) => JSON.parse(l));
const stat = new Map<string, Map<string, number>>();
for (const d of docs) {
  const text = d.qa.map((q: { a: string }) => q.a).join("\n");
  for (const m of matcher.findAll(text)) {
    const id = cs[m.concept].id; const s = text.slice(m.start, m.end).toLowerCase().replace(/\s+/g, " ");
    const mm = stat.get(id) ?? new Map(); stat.set(id, mm); mm.set(s, (mm.get(s) ?? 0) + 1);
  }
}
for (const [id, mm] of [...stat].sort((a, b) => [...b[1].values()].reduce((x, y) => x + y) - [...a[1].values()].reduce((x, y) => x + y))) {
  const tot = [...mm.values()].reduce((x, y) => x + y);
  console.log(`${id} ${tot}: ${[...mm].sort((a, b) => b[1] - a[1]).slice(0, 40).map(([k, v]) => `${k}(${v})`).join(", ")}`);
}

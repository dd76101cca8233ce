import { readFileSync } from "node:fs";
import { compileVocabulary } from "../content/compile";
import { createMatcher, findConcepts } from "../content/matcher";
import { loadEntries } from "./load-content";
const matcher = createMatcher(compileVocabulary(loadEntries()));
const cs = matcher.vocabulary.concepts;
const docs = readFileSync("../shared/corpora/medquad/medquad-answers.jsonl", "utf8").trim().split("\n").map((l) => JSON.parse(l));
for (const d of docs) {
  const text = d.qa.map((q: { a: string }) => q.a).join("\n");
  const ms = findConcepts(matcher, text);
  if (!ms.length) continue;
  const a = new Map<string, string[]>();
  for (const m of ms) if (!m.contextual) { const id = cs[m.concept].id; a.set(id, [...(a.get(id) ?? []), text.slice(m.start, m.end)]); }
  const ctx = new Set(ms.filter((m) => m.contextual).map((m) => cs[m.concept].id));
  console.log(`[${d.focus}] (${d.source}) ANCH: ${[...a].map(([k, v]) => `${k}=${[...new Set(v)].join("/")}`).join("; ")} | CTX: ${[...ctx].join(",")}`);
}

import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { compileVocabulary } from "../content/compile";
import { createMatcher } from "../content/matcher";
import { parseEntry } from "../content/parse-entry";
import { loadEntries } from "./load-content";
const headDir = "/tmp/mq/head";
const head = readdirSync(headDir).sort().map((f) => parseEntry(readFileSync(join(headDir, f), "utf8"), f));
const mA = createMatcher(compileVocabulary(head));
const mB = createMatcher(compileVocabulary(loadEntries()));
const docs = readFileSync("../shared/corpora/medquad/medquad-answers.jsonl", "utf8").trim().split("\n").map((l) => JSON.parse(l));
const o = (s: string) => s.replace(/\s+/g, " ");
for (const d of docs) {
  const text = d.qa.map((q: { a: string }) => q.a).join("\n");
  const fmt = (m: ReturnType<typeof createMatcher>) => m.findAll(text).map((x) => `${m.vocabulary.concepts[x.concept].id}|${x.start}|${x.end}`);
  const a = fmt(mA), b = fmt(mB);
  for (const [tag, xs] of [["LOST", a.filter((x) => !b.includes(x))], ["GAIN", b.filter((x) => !a.includes(x))]] as const)
    for (const x of xs) { const [id, s, e] = x.split("|"); const S = +s, E = +e; console.log(`${tag} ${id} [${d.focus}] …${o(text.slice(Math.max(0, S - 50), S))}[[${text.slice(S, E)}]]${o(text.slice(E, E + 50))}`); }
}

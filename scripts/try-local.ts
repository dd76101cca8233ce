import { compileVocabulary } from "../content/compile";
import { createMatcher } from "../content/matcher";
import { loadEntries } from "../scripts/load-content";
const m = createMatcher(compileVocabulary(loadEntries()));
for (const t of process.argv.slice(2)) {
  console.log(t);
  for (const x of m.findAll(t)) console.log(`   ${m.vocabulary.concepts[x.concept].id}: ${t.slice(x.start, x.end)}`);
}

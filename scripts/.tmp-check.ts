import { compileVocabulary } from "../content/compile";
import { createMatcher, findConcepts } from "../content/matcher";
import { loadEntries } from "./load-content";
const matcher = createMatcher(compileVocabulary(loadEntries()));
const cs = matcher.vocabulary.concepts;
for (const text of process.argv.slice(2)) {
  const page = findConcepts(matcher, text).map((m) => `${cs[m.concept].id}${m.contextual ? "*" : ""}="${text.slice(m.start, m.end)}"`);
  console.log(`> ${text.slice(0, 90)}\n   page: ${page.join(", ") || "-"}`);
}

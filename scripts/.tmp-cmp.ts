import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { compileVocabulary } from "../content/compile";
import { createMatcher, findConcepts } from "../content/matcher";
import { parseEntry } from "../content/parse-entry";
import { loadEntries } from "./load-content";
const headDir = "/tmp/mq/head";
const head = readdirSync(headDir).sort().map((f) => parseEntry(readFileSync(join(headDir, f), "utf8"), f));
const mA = createMatcher(compileVocabulary(head));
const mB = createMatcher(compileVocabulary(loadEntries()));
const strip = (h: string) => h.replace(/<script[\s\S]*?<\/script>|<style[\s\S]*?<\/style>/g, " ").replace(/<[^>]+>/g, " ").replace(/&nbsp;/g, " ").replace(/&amp;/g, "&").replace(/&#39;|&rsquo;/g, "'");
const files = process.argv.slice(2);
for (const f of files) {
  const text = f.endsWith(".html") ? strip(readFileSync(f, "utf8")) : readFileSync(f, "utf8");
  const fmt = (m: ReturnType<typeof createMatcher>) => findConcepts(m, text).map((x) => `${m.vocabulary.concepts[x.concept].id}@${x.start}:${text.slice(x.start, x.end)}`);
  const a = fmt(mA), b = fmt(mB);
  const lost = a.filter((x) => !b.includes(x)), gained = b.filter((x) => !a.includes(x));
  console.log(`${f}: ${a.length} -> ${b.length}`);
  for (const x of lost) console.log("   LOST " + x);
  for (const x of gained) console.log("   GAINED " + x);
}

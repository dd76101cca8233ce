// Scores a sentence list ("+id|text" must find the sign, "-id|text" must not) with the Node matcher, read
// as tests/content/red-flag-held-out.test.ts reads it (scripts/lib/sentence-list.ts).
// Usage: npx tsx scripts/score-sentences.ts <file> [--show]
import { compilePath } from "../content/matching/compile-path";
import { readSentenceList, sentenceNames } from "./lib/sentence-list";
import { loadEntries } from "./load-content";

const path = compilePath(loadEntries());
const show = process.argv.includes("--show");
const file = process.argv.slice(2).find((a) => !a.startsWith("--"));
if (!file) throw new Error("usage: score-sentences.ts <file> [--show]");
const sentences = readSentenceList(file);
const signs = sentences.filter((s) => s.sign);
const alikes = sentences.filter((s) => !s.sign);
const missed = signs.filter((s) => !sentenceNames(path, s.id, s.text));
const alarms = alikes.filter((s) => sentenceNames(path, s.id, s.text));
if (show) {
  for (const s of missed) console.log(`missed ${s.id}: ${s.text}`);
  for (const s of alarms) console.log(`alarm  ${s.id}: ${s.text}`);
}
console.log(
  `signs found ${signs.length - missed.length}/${signs.length}, false alarms ${alarms.length}/${alikes.length}`,
);

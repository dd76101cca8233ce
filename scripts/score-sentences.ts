// Scores a sentence list ("+id|text" must find the sign, "-id|text" must not) with the Node matcher, each
// sentence after "Sciatica and back pain forum." as in tests/content/red-flag-held-out.test.ts.
// Usage: npx tsx scripts/score-sentences.ts <file> [--show]
import { readFileSync } from "node:fs";
import { compilePath } from "../content/matching/compile-path";
import { findConcepts } from "../content/matching/find-concepts";
import { loadEntries } from "./load-content";

const path = compilePath(loadEntries());
const ids = path.matcher.vocabulary.concepts.map((c) => c.id);
const PREFIX = "Sciatica and back pain forum. ";
const show = process.argv.includes("--show");
const file = process.argv.slice(2).find((a) => !a.startsWith("--"));
if (!file) throw new Error("usage: score-sentences.ts <file> [--show]");
const lines = readFileSync(file, "utf8")
  .split("\n")
  .filter((l) => /^\??[+-]/.test(l));
let pos = 0,
  hit = 0,
  neg = 0,
  alarm = 0;
for (const line of lines) {
  const [head, text] = line.split("|");
  const h = head.replace(/^\?/, "");
  const sign = h[0] === "+";
  const id = h.slice(1);
  const page = PREFIX + text;
  const found = findConcepts(path, page).some((m) => ids[m.concept] === id && m.end > PREFIX.length);
  if (sign) {
    pos++;
    if (found) hit++;
    else if (show) console.log(`missed ${id}: ${text}`);
  } else {
    neg++;
    if (found) {
      alarm++;
      if (show) console.log(`alarm  ${id}: ${text}`);
    }
  }
}
console.log(`signs found ${hit}/${pos}, false alarms ${alarm}/${neg}`);
